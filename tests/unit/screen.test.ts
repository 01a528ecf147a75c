import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findMentions } from '../../utils/detect';
import { pageMentionSites } from '../../utils/detect/page-prefilter';
import { makeScreen, windowAt } from '../../utils/detect/screen';
import { SCREEN } from '../../utils/detect/screen.data';
import { screenDataFile, screenKey, wordSet, writeTrie, type ScreenKey } from '../../utils/detect/screen-build';

const piece0 = (run: string): ScreenKey => ({ run, left: false, right: false });
import { MAX_REACH } from '../../utils/detect/reach';
import { loadReal } from '../corpus/real-scores';
import { isRecord } from '../../utils/guards';

const WRITTEN = resolve(__dirname, '../corpus/data');

const screen = makeScreen(SCREEN);
const passes = (text: string) => screen.test(text, pageMentionSites(text));

describe('the screen', () => {
  it("data is the generator's output for the lexicons as they are now (else run `npm run gen:prefilter`)", () => {
    const onDisk = readFileSync(resolve(__dirname, '../../utils/detect/screen.data.ts'), 'utf8');
    expect(onDisk, 'stale: run `npm run gen:prefilter`').toBe(screenDataFile());
  });

  it('never says no where the detector finds a mention without page context: the real corpus and the one written for the detector', () => {
    const written = [resolve(__dirname, '../corpus/starter/sentences.jsonl'), ...readdirSync(WRITTEN).map((f) => resolve(WRITTEN, f))]
      .filter((f) => f.endsWith('.jsonl'))
      .flatMap((f) => readFileSync(f, 'utf8').split('\n'))
      .filter((line) => line.trim())
      .map((line): unknown => JSON.parse(line))
      .flatMap((row) => (isRecord(row) && typeof row.text === 'string' ? [{ text: row.text, lang: 'written' }] : []));
    expect(written.length).toBeGreaterThan(1000);
    const rows = [...loadReal(), ...written];
    const found = rows.filter((r) => findMentions(r.text).length > 0);
    expect(found.length).toBeGreaterThan(1000);
    const missed = found.filter((r) => !passes(r.text)).map((r) => `${r.lang}: ${r.text}`);
    expect(missed).toEqual([]);
    // and it is worth its load: most sentences that name North Korea without a mention stop here
    const named = rows.filter((r) => pageMentionSites(r.text).length > 0 && findMentions(r.text).length === 0);
    expect(named.filter((r) => passes(r.text)).length / named.length).toBeLessThan(0.3);
  }, 120_000); // the detector on 6,700 sentences: seconds alone, more on a busy machine

  it('needs a word for the troops and one of context near a name', () => {
    expect(passes('North Korean troops were seen in Kursk.')).toBe(true);
    expect(passes('North Korea fired a missile on Monday, Seoul said.')).toBe(false); // neither
    expect(passes('North Korean troops paraded in Pyongyang.')).toBe(false); // no context
    expect(passes('North Korea, Kursk and the front line.')).toBe(false); // no one to be the troops
    // the two words in another paragraph, far from the name, do not count
    expect(passes(`North Korea fired a missile.\n${'Weather. '.repeat(100)}\nTroops in Kursk.`)).toBe(false);
    // with no context set the screen would let everything with a personnel word through
    expect(makeScreen({ roles: SCREEN.roles, context: null }).test('North Korean troops paraded in Pyongyang.', [0])).toBe(true);
  });

  it('finds a piece only with the boundaries its term asks for, across any spaces, hyphens and apostrophes', () => {
    const piece = (run: string, left: boolean, right: boolean): ScreenKey => ({ run, left, right });
    const only = (...keys: ScreenKey[]) => makeScreen({ roles: wordSet(keys), context: null });
    expect(only(piece('war', true, true)).test('war', [0])).toBe(true);
    expect(only(piece('war', true, true)).test('toward the warm sea', [0])).toBe(false);
    expect(only(piece('war', true, false)).test('the warm sea', [0])).toBe(true);
    expect(only(piece('war', false, true)).test('toward', [0])).toBe(false);
    expect(only(piece('ward', false, true)).test('TOWARD', [0])).toBe(true); // any case
    expect(only(piece('war', false, false)).test('toward', [0])).toBe(true);
    expect(only(piece('warfare', true, true), piece('war', true, true)).test('warfare', [0])).toBe(true);
    expect(only(piece("kim jong un's", true, false)).test('KIM  JONG-UN’S men', [0])).toBe(true);
    expect(only({ run: 'ob[ěe][tť]', left: false, right: false, exact: { spaced: true } }).test('Obětí', [0])).toBe(true);
    expect(only().test('anything', [0])).toBe(false);
  });

  it('writes its trie so that it reads back the same pieces, with the characters it escapes', () => {
    const keys = ['a(b)', 'a|b~c', 'back\\slash', 'war', 'warm', 'kim jong un', '北朝鮮', '𠀋x'].map((run, i): ScreenKey => ({
      run,
      left: i % 2 === 0,
      right: i % 3 === 0,
    }));
    const screen = makeScreen({ roles: wordSet(keys), context: null });
    for (const k of keys) expect(screen.test(k.run, [0]), k.run).toBe(true);
    expect(screen.test('a(c)', [0])).toBe(false);
    // a piece found anywhere makes those that begin with it redundant
    expect(writeTrie([piece0('warfare'), piece0('war')])).toBe('war~1');
  });

  it("reads a window that holds every sentence of a name at the site: the detector's reach, cut at line ends", () => {
    const line = 'x'.repeat(2000);
    expect(windowAt(line, 1000)).toEqual([1000 - 160 - MAX_REACH, 1000 + 240 + MAX_REACH]);
    const text = `before\n${'a'.repeat(300)}North Korea${'b'.repeat(300)}\nafter`;
    const site = text.indexOf('Korea');
    expect(windowAt(text, site)).toEqual([7, text.lastIndexOf('\n')]);
  });

  it("keeps for each term a piece every match holds, with the term's own word boundaries", () => {
    expect(screenKey('war$', true)).toEqual({ run: 'war', left: true, right: true });
    expect(screenKey('~soldaten', true)).toEqual({ run: 'soldaten', left: false, right: false });
    expect(screenKey('kore halk ordusu', true)).toEqual({ run: 'kore halk ordusu', left: true, right: false });
    expect(screenKey('soldat(?:en|s)?$', true)).toEqual({ run: 'soldat', left: true, right: false });
    // too short a piece: the term is looked for whole
    expect(screenKey('ob[ěe][tť]', true)).toEqual({ run: 'ob', left: true, right: false });
    expect(screenKey('o[ěe][tť]', true)).toEqual({ run: 'o[ěe][tť]', left: false, right: false, exact: { spaced: true } });
    expect(screenKey('[a-z]+', true)).toBeNull();
    // a top-level alternation has no piece common to all its matches: whole
    expect(screenKey('abc|xyz', true)).toEqual({ run: 'abc|xyz', left: false, right: false, exact: { spaced: true } });
  });
});
