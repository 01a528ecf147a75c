import { isLetterUnit } from './chars';
import { LEXICONS } from './lexicon/index';
import type { Compiled } from './compiled';
import type { PageFigureKind, PageFigure, PageQualifier } from './types';

/**
 * Figures in one sentence: digits in any common script, thousands separators of several
 * languages ("11,000", "11.000", "11 000"), scale words ("11 тысяч", "1.2 million"), East Asian
 * myriads ("1만1천", "1.1万", "1万1000"), vague amounts ("thousands", "수천"), ranges, qualifiers.
 */

const D = '[0-9٠-٩۰-۹०-९০-৯๐-๙０-９]';
const UNITS = '[億亿억万萬만千천百백]';
const MYRIAD = `(?:${D}+(?:[.,]${D}+)?[ ]?${UNITS}[ ]?){1,4}${D}*`;
const GROUPED = `${D}{1,3}(?:[,.\\u00a0\\u202f\\u2009 '’]${D}{3})+(?!${D})`;
const PLAIN = `${D}+(?:[.,]${D}+)?`;
const HAN = '[一二两兩三四五六七八九十百千万萬亿億]{2,8}(?=[名人余多餘])';
const NUM_RE = new RegExp(`(?<![0-9A-Za-z.,])(?:${MYRIAD}|${GROUPED}|${PLAIN}|${HAN})`, 'gu');

const UNIT_VALUE: Record<string, number> = {
  億: 1e8,
  亿: 1e8,
  억: 1e8,
  万: 1e4,
  萬: 1e4,
  만: 1e4,
  千: 1e3,
  천: 1e3,
  百: 100,
  백: 100,
  十: 10,
};
const HAN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
// Digits of other scripts, by the code of their zero.
const ZEROS = [0x30, 0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0xff10];

/** ASCII digits for any script's digits. */
function asciiDigits(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const z = ZEROS.find((z0) => c >= z0 && c <= z0 + 9);
    out += z === undefined ? ch : String(c - z);
  }
  return out;
}

/** Value of "11,000" / "11.000" / "11 000" / "1.2" / "1,5". */
function parseArabic(raw: string): number {
  const s = asciiDigits(raw).replace(/[\u00a0\u202f\u2009 '’]/g, '');
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(s)) return Number(s.replace(/[.,]/g, ''));
  return Number(s.replace(',', '.'));
}

function parseHan(s: string): number {
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch in HAN_DIGIT) digit = HAN_DIGIT[ch];
    else {
      const u = UNIT_VALUE[ch] ?? 1;
      if (u >= 1e4) {
        total += (section + digit) * u;
        section = 0;
      } else section += (digit || 1) * u;
      digit = 0;
    }
  }
  return total + section + digit;
}

const MYRIAD_PART = new RegExp(`(${D}+(?:[.,]${D}+)?) ?(${UNITS}) ?`, 'uy');
const HAS_UNIT = new RegExp(UNITS, 'u');

function parseMyriad(s: string): number {
  let total = 0;
  let rest = s;
  const re = MYRIAD_PART;
  let m: RegExpExecArray | null;
  re.lastIndex = 0;
  let last = 0;
  while ((m = re.exec(s)) !== null) {
    total += parseArabic(m[1]) * UNIT_VALUE[m[2]];
    last = re.lastIndex;
  }
  rest = s.slice(last).trim();
  if (rest) total += parseArabic(rest);
  return total;
}

const COUNTER = /^[ ]?[명人名]/u;
// The languages' range words (lexicon/<lang>.ts range): "10 to 12", "between 10 and 12".
const rangeWords = (key: 'to' | 'and' | 'between') => [...new Set(LEXICONS.flatMap((l) => l.range?.[key] ?? []))].join('|');
const RANGE_ANY = new RegExp(`^[\\s\\u00a0]*(?:-|–|—|~|〜|～|${rangeWords('to')})[\\s\\u00a0]*$`, 'iu');
const RANGE_AND = new RegExp(`^[\\s\\u00a0]*(?:${rangeWords('and')})[\\s\\u00a0]*$`, 'iu');
const BETWEEN = new RegExp(`(?:${rangeWords('between')})[\\s\\u00a0]{1,3}$`, 'iu');

interface RawFigure extends PageFigure {
  scaled: boolean;
  raw: number;
  /** End of the scale word or counter, relative to the sentence: trailing qualifiers start there. */
  unitEnd: number;
}

type KindRe = [PageFigureKind, RegExp | null];

function firstIndex(re: RegExp | null, s: string): [number, number] {
  if (!re) return [-1, 0];
  re.lastIndex = 0;
  const m = re.exec(s);
  return m ? [m.index, m.index + m[0].length] : [-1, 0];
}

/** The kind of a figure from the words right after it (or, failing that, right before it). */
function kindOf(c: Compiled, after: string, before: string): PageFigureKind {
  const casualty: KindRe[] = [
    ['killed', c.killed],
    ['injured', c.injured],
    ['captured', c.captured],
    ['casualties', c.casualties],
  ];
  const people: (RegExp | null)[] = [c.pers, c.fused, c.persWeak, c.strong, c.nk];
  let best: PageFigureKind | null = null;
  let bestAt = Infinity;
  for (const [k, re] of casualty) {
    const [i] = firstIndex(re, after);
    if (i >= 0 && i < bestAt) [best, bestAt] = [k, i];
  }
  let peopleAt = Infinity;
  let peopleEnd = 0;
  for (const re of people) {
    const [i, e] = firstIndex(re, after);
    if (i >= 0 && i < peopleAt) [peopleAt, peopleEnd] = [i, e];
  }
  if (peopleAt < bestAt) {
    // "100 North Korean troops had been killed": the casualty word after the people word decides
    if (best !== null && bestAt - peopleEnd <= 30) return best;
    // "captured two North Korean soldiers": a casualty word just before the number
    for (const [k, re] of casualty) if (firstIndex(re, before)[0] >= 0) return k;
    return 'troops';
  }
  if (best !== null) return best;
  for (const [k, re] of casualty) if (firstIndex(re, before)[0] >= 0) return k;
  for (const re of people) if (firstIndex(re, before)[0] >= 0) return 'troops';
  return 'other';
}

/** Whether a people or casualty word starts the text (after at most a space or two). */
function countsNext(c: Compiled, after: string): boolean {
  const words = [c.pers, c.fused, c.persWeak, c.strong, c.nk, c.killed, c.injured, c.captured, c.casualties];
  return words.some((re) => {
    const [i] = firstIndex(re, after);
    return i >= 0 && i <= 2;
  });
}

function qualifierBefore(c: Compiled, before: string): PageQualifier | null {
  let best: PageQualifier | null = null;
  let bestAt = Infinity;
  for (const [q, re] of c.qualBefore) {
    const m = re.exec(before);
    if (m && m.index < bestAt) [best, bestAt] = [q, m.index];
  }
  return best;
}

function qualifierAfter(c: Compiled, after: string): PageQualifier | null {
  let best: PageQualifier | null = null;
  let bestLen = 0;
  for (const [q, re] of c.qualAfter) {
    const m = re.exec(after);
    if (m && m[0].length > bestLen) [best, bestLen] = [q, m[0].length];
  }
  return best;
}

/** Figures in text[start, end), with offsets into text. */
export function findFigures(text: string, start: number, end: number, c: Compiled): PageFigure[] {
  const s = text.slice(start, end);
  const raws: RawFigure[] = [];
  const push = (f: RawFigure) => raws.push(f);
  const letterAt = (i: number) => i < s.length && isLetterUnit(s.charCodeAt(i));

  NUM_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUM_RE.exec(s)) !== null) {
    let txt = m[0];
    const at = m.index;
    while (txt.endsWith(' ')) txt = txt.slice(0, -1);
    let e = at + txt.length;
    const prev = s[at - 1] ?? '';
    if (prev === '第' || prev === '제' || prev === '#' || prev === '№') continue;
    let value: number;
    const isHan = /^[一二两兩三四五六七八九十百千万萬亿億]/.test(txt);
    const isMyriad = !isHan && HAS_UNIT.test(txt);
    if (isHan) value = parseHan(txt);
    else if (isMyriad) value = parseMyriad(txt);
    else value = parseArabic(txt);
    if (!Number.isFinite(value)) continue;
    const next = s[e] ?? '';
    // a letter glued to the number: an ordinal, a date, a unit ("11th", "2024년", "3日", "11-й")
    let unitEnd = e;
    let scaled = isMyriad || isHan;
    const counter = COUNTER.exec(s.slice(e, e + 2));
    if (counter) unitEnd = e + counter[0].length;
    else if (next === '%' || next === '°' || next === ':' || (next === '-' && letterAt(e + 1))) continue;
    else if (letterAt(e) && !((next === 'k' || next === 'K') && !letterAt(e + 1))) {
      if (!/[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/u.test(next) || /[年月日時분초년월일시]/u.test(next)) continue;
    }
    // scale word: "11 thousand", "11 тысяч", "10k"
    const raw = value;
    for (const [re, mult] of c.scale) {
      re.lastIndex = e;
      const sm = re.exec(s);
      if (sm) {
        value *= mult;
        e += sm[0].length; // the figure's text includes its scale word: "11 тысяч"
        unitEnd = e;
        scaled = true;
        break;
      }
    }
    if (!scaled && Number.isInteger(value) && value >= 1900 && value <= 2100 && !/[,.\s]/.test(txt)) {
      // a year, unless people follow it at once ("2000 soldiers")
      const soon = s.slice(e, e + 16);
      if (firstIndex(c.pers, soon)[0] < 0 && !COUNTER.test(soon)) continue;
    }
    push({ value, text: text.slice(start + at, start + e), start: start + at, end: start + e, kind: 'other', qualifier: null, scaled, raw, unitEnd });
  }

  // vague amounts and small numbers written as words
  for (const [re, values, vague] of [
    [c.vague, c.vagueValues, true],
    [c.numWords, c.numWordValues, false],
  ] as const) {
    if (!re) continue;
    re.lastIndex = 0;
    while ((m = re.exec(s)) !== null) {
      const at = m.index;
      let value = 0;
      for (const [vr, v] of values) {
        vr.lastIndex = at;
        const vm = vr.exec(s);
        if (vm && vm[0].length === m[0].length) {
          value = v;
          break;
        }
      }
      if (!value) continue;
      const e = at + m[0].length;
      if (raws.some((r) => r.start - start < e && r.end - start > at)) continue;
      push({
        value,
        text: m[0],
        start: start + at,
        end: start + e,
        kind: 'other',
        qualifier: null,
        vague: vague || undefined,
        scaled: true,
        raw: value,
        unitEnd: e,
      });
    }
  }
  raws.sort((a, b) => a.start - b.start);

  // ranges: "between 10,000 and 12,000", "10,000-12,000", "от 10 до 12 тысяч"
  const merged: RawFigure[] = [];
  for (let i = 0; i < raws.length; i++) {
    const a = raws[i];
    const b = raws[i + 1];
    if (b && !a.vague && !b.vague) {
      const gapText = text.slice(a.end, b.start);
      const before = text.slice(Math.max(start, a.start - 16), a.start);
      const isRange = gapText.length <= 12 && (RANGE_ANY.test(gapText) || (RANGE_AND.test(gapText) && BETWEEN.test(before)));
      // "от 10 до 12 тысяч": the scale written once applies to both ends
      const lo = !a.scaled && b.scaled && b.raw > 0 ? a.raw * (b.value / b.raw) : a.value;
      if (isRange && lo <= b.value) {
        merged.push({ ...a, value: lo, max: b.value, end: b.end, text: text.slice(a.start, b.end), unitEnd: b.unitEnd });
        i++;
        continue;
      }
    }
    merged.push(a);
  }

  // kinds and qualifiers
  const out: PageFigure[] = [];
  for (let i = 0; i < merged.length; i++) {
    const f = merged[i];
    const relEnd = Math.max(f.end - start, f.unitEnd);
    const nextStart = i + 1 < merged.length ? merged[i + 1].start - start : s.length;
    let afterEnd = Math.min(nextStart, relEnd + 48, s.length);
    const semi = s.slice(relEnd, afterEnd).search(/[;；]/);
    if (semi >= 0) afterEnd = relEnd + semi;
    const prevEnd = i > 0 ? merged[i - 1].end - start : 0;
    const relStart = f.start - start;
    const before = s.slice(Math.max(prevEnd, relStart - 24), relStart);
    // A colon, bracket or markup sign ends what a number can count: "Version 2 of the report:
    // North Korean troops…" and "alert(1)> North Korean troops" count no troops.
    const after = s.slice(relEnd, afterEnd).split(/[:;()<>[\]{}|]/)[0];
    const qualifier = qualifierBefore(c, s.slice(Math.max(0, relStart - 30), relStart)) ?? qualifierAfter(c, s.slice(relEnd, relEnd + 16));
    const fig: PageFigure = {
      value: f.value,
      text: f.text,
      start: f.start,
      end: f.end,
      kind: kindOf(c, after, before),
      qualifier: f.vague ? null : qualifier,
    };
    if (f.max !== undefined) fig.max = f.max;
    if (f.vague) fig.vague = true;
    // small numbers written as words only count when they count people
    if (!f.vague && f.raw === f.value && f.scaled && fig.kind === 'other' && !/\d/.test(f.text)) continue;
    // ... and only right before them: "two North Korean soldiers", not "One estimate put the troops at"
    if (!f.vague && !/\d/.test(f.text) && !countsNext(c, after)) continue;
    out.push(fig);
  }
  return out;
}
