import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AnchorSearch } from '../../utils/detect/anchor-search';
import { isRecord } from '../../utils/guards';
import { LOOSE_SOURCE, withPlainSeparators } from '../../utils/detect/prefilter-build';
import { hasTopLevelBar } from '../../utils/detect/literals';
import { GATES, PAGE_NAMES } from '../../utils/detect/prefilter.data';
import {
  BEYOND_LATIN,
  HITS_STEP,
  pageMentionSites,
  pageMentionSitesInSteps,
  pageMightMention,
  plainSeparators,
} from '../../utils/detect/page-prefilter';

const DATA = resolve(__dirname, '../corpus/data');
const sentences = readdirSync(DATA)
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) => readFileSync(join(DATA, f), 'utf8').split('\n'))
  .filter((l) => l.trim())
  .map((l): unknown => JSON.parse(l))
  .filter((r): r is { text: string } => isRecord(r) && typeof r.text === 'string');

describe('the page pre-filter', () => {
  it("passes every text where the detector's anchor search finds an anchor, so it never hides a mention", () => {
    expect(sentences.length).toBeGreaterThan(500);
    let passed = 0;
    for (const s of sentences) {
      if (new AnchorSearch(s.text).next() === null) continue;
      passed++;
      expect(pageMightMention(s.text), s.text).toBe(true);
    }
    expect(passed).toBeGreaterThan(sentences.length / 2);
  });

  it('stays shut on ordinary text', () => {
    const plain = [
      'This domain is for use in illustrative examples in documents.',
      'The council approved a new budget for schools and roads after a long debate about taxes.',
      'Der Stadtrat hat den Haushalt beschlossen.',
      '東京の天気は晴れです。',
      'Погода в Москве будет солнечной.',
    ];
    for (const t of plain) expect(pageMightMention(t), t).toBe(false);
  });
});

describe('the names without the u flag', () => {
  const plain = PAGE_NAMES;
  it('leave nothing that needs the u flag or the i flag', () => {
    const letters = plain.replace(/\\./g, '');
    expect(letters).not.toMatch(/\p{Lu}/u);
    expect(plain).not.toMatch(/\\[pP]\{|\\u\{/);
  });

  it('find every name the original finds, in lower-cased text', () => {
    const original = new RegExp(LOOSE_SOURCE, 'iu');
    const fast = new RegExp(plain);
    let found = 0;
    for (const s of sentences) {
      if (!original.test(s.text)) continue;
      found++;
      expect(fast.test(plainSeparators(s.text.toLowerCase())), s.text).toBe(true);
    }
    expect(found).toBeGreaterThan(sentences.length / 2);
  });
});

describe('hasTopLevelBar (which anchors keep a group in the names)', () => {
  it('sees a bar outside groups and classes only', () => {
    expect(hasTopLevelBar('a|b')).toBe(true);
    expect(hasTopLevelBar('(?:a|b)c')).toBe(false);
    expect(hasTopLevelBar('[|]x')).toBe(false);
    expect(hasTopLevelBar('\\|x')).toBe(false);
    expect(hasTopLevelBar('[\\]|]x')).toBe(false);
    expect(hasTopLevelBar('(a)|(b)')).toBe(true);
  });
});

describe('the names with plain separators', () => {
  const fast = new RegExp(PAGE_NAMES);
  const test = (text: string) => fast.test(plainSeparators(text.toLowerCase()));

  it('find names however their words are spaced or hyphenated', () => {
    for (const t of [
      'North Korean troops',
      'North\u00a0Korean troops',
      'north  -  korean troops',
      'North\u202fKorea',
      'the Democratic People\u2019s Republic of Korea',
      'les soldats nord-coréens',
      'nord coréens',
      'Storm-Korps',
    ])
      expect(test(t), t).toBe(true);
    expect(test('North Carolina and South Dakota')).toBe(false);
  });

  it('turn every separator into an optional space, and leave the rest', () => {
    expect(withPlainSeparators('north[\\s\\u00a0\\u202f\\u2009-]{1,3}kore')).toBe('north ?kore');
    expect(withPlainSeparators('nord-cor[\\s-]?x\\s?y')).toBe('nord ?cor ?x ?y');
    expect(withPlainSeparators('a[\\s,·]b[\\w\\u00aa-\\uffff]{0,4}c\\-d')).toBe('a[ ,·]b[\\w\\u00aa-\\uffff]{0,4}c ?d');
    // two separators side by side share the one space a run of them became
    expect(withPlainSeparators('a[\\s-]{1,3}-?b')).toBe('a ?b');
  });

  it('leave no separator class behind (hundreds of them made the regex slow to compile)', () => {
    const plain = withPlainSeparators(PAGE_NAMES);
    expect(plain).toBe(PAGE_NAMES); // already applied: a second pass changes nothing
    // a class of separators: compile.ts's inline spaces (a tab first) or a term's own \s
    const classes = (src: string) => (src.match(/\[\\[st]/g) ?? []).length;
    expect(classes(PAGE_NAMES)).toBe(0);
    expect(classes(LOOSE_SOURCE)).toBeGreaterThan(100);
  });
});

describe("the other scripts' pass", () => {
  it('needs a character beyond Latin: text without one may skip it', () => {
    const present = new RegExp(GATES.scriptPresent);
    for (let code = 0; code < 0x10000; code++) {
      const c = String.fromCharCode(code);
      if (present.test(c)) expect(BEYOND_LATIN.test(c), `U+${code.toString(16)}`).toBe(true);
    }
    expect(pageMentionSites('Les soldats nord-coréens. 북한군이 러시아에 파병됐다.').length).toBeGreaterThan(0);
  });
});

describe('pageMentionSites', () => {
  it('points at each place a name may be, in order, and at nothing in plain text', () => {
    const text = 'Weather today. North Korean troops were sent to Kursk. Sports news. 북한군이 러시아에 파병됐다.';
    const hits = pageMentionSites(text);
    expect(hits.length).toBeGreaterThanOrEqual(2);
    expect([...hits].sort((a, b) => a - b)).toEqual(hits);
    expect(hits.some((h) => Math.abs(h - text.indexOf('North Korean')) <= 2)).toBe(true);
    expect(hits.some((h) => Math.abs(h - text.indexOf('북한군')) <= 2)).toBe(true);
    expect(pageMentionSites('Weather today. Sports news.')).toEqual([]);
  });
});

describe('the page pre-filter in steps', () => {
  it('finds the same sites as in one pass, pausing about every `step` characters, while other scans use its patterns in between', () => {
    const filler = 'Markets were calm and the weather mild across the region today. ';
    const parts: string[] = [];
    for (let i = 0; i < 300; i++) parts.push(filler.repeat(40), i % 3 ? 'North Korean troops in Kursk. ' : '북한군 병사들이 쿠르스크에서. ');
    const text = parts.join('');
    const steps = pageMentionSitesInSteps(text);
    let pauses = 0;
    let next = steps.next();
    while (!next.done) {
      pauses++;
      pageMightMention('Kim Jong Un and North Korea'); // the same patterns, in between
      pageMentionSites('Pyongyang');
      next = steps.next();
    }
    expect(next.value).toEqual(pageMentionSites(text));
    expect(next.value.length).toBeGreaterThanOrEqual(300);
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(text.length / HITS_STEP) - 1);
    expect(pauses).toBeLessThanOrEqual(2 * Math.ceil(text.length / HITS_STEP) + 2);
  });
});
