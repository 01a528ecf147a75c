import { describe, expect, it } from 'vitest';
import { findMentions } from '../../utils/detect';
import { EN_ABROAD, lexiconsFor } from '../../utils/detect/lang';
import { en } from '../../utils/detect/lexicon/en';

const texts = (text: string) => findMentions(text, { pageContext: false }).map((m) => m.text);

describe('English in other languages’ sentences: names and loanwords, not its common words', () => {
  it('joins every other language’s group with its names only', () => {
    const group = lexiconsFor('de');
    expect(group.map((l) => l.lang)).toEqual(['de', 'en']);
    const english = group[1];
    expect(english).toBe(EN_ABROAD);
    expect(english.nk).toBe(en.nk);
    expect(english.strong).toBe(en.strong);
    expect(english.fused).toBe(en.fused);
    expect(english.killed ?? []).toEqual([]);
    expect(english.pers).toEqual([]);
    expect(english.ctxWeak).not.toContain('war$');
    // an English sentence, and a close call with English, keep the whole lexicon
    expect(lexiconsFor('en')).toContain(en);
    expect(lexiconsFor('de', ['en'])).toContain(en);
    expect(lexiconsFor('de', ['en'])).not.toContain(EN_ABROAD);
  });

  it('German and Dutch "die" is no loss, German "war" no war', () => {
    expect(texts('Die nordkoreanischen Soldaten waren bei der Parade in Pjöngjang.')).toEqual([]);
    expect(texts('Die Soldaten aus Nordkorea, die in Pjöngjang marschierten.')).toEqual([]);
    expect(texts('Kim Jong Un sagte, die Armee war immer bereit.')).toEqual([]);
    expect(texts('De Noord-Koreaanse soldaten, die in Pyongyang paradeerden.')).toEqual([]);
    // their own words still count
    expect(texts('Die nordkoreanischen Soldaten sterben an der Front.')).toEqual(['nordkoreanischen Soldaten']);
    expect(texts('Die Soldaten aus Nordkorea kamen in Kampfeinheiten unter.')).toEqual(['Soldaten aus Nordkorea']);
    expect(texts('De Noord-Koreaanse militairen zijn nu in Oekraïense handen.')).toEqual(['Noord-Koreaanse militairen']);
  });

  it('English names still count: the acronym, the formation, the place', () => {
    expect(texts('Des soldats de la DPRK sont arrivés près de Koursk.')).toEqual(['soldats de la DPRK']);
    expect(texts('Az észak-koreai katonák már Kursk közelében vannak.')).toEqual(['észak-koreai katonák']);
    expect(texts('Az észak-koreai katonák már Phenjan közelében vannak.')).toEqual([]);
  });

  it('the Korean War’s years veto in any language, a decade does not', () => {
    expect(texts('W 1950 roku północnokoreańscy żołnierze walczyli z armią Korei Południowej.')).toEqual([]);
    expect(texts('KXDR askarlari 1950-yillardan beri urushda qatnashmagan, endi esa Rossiya uchun jang qilmoqda.')).toEqual(['KXDR askarlari']);
  });
});
