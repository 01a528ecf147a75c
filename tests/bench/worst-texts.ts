/** Deterministic worst-case texts for the detector: one huge sentence, and many unique short ones. */
import { topicFree } from './bench-texts';

const MENTION = (i: number) => ` North Korean troops numbering ${1000 + i} were killed in the Kursk region `;

/** `size` characters with no sentence punctuation at all, `mentions` unique mentions spread evenly. */
export function noPunctuation(size: number, mentions: number, seed: number): string {
  const filler = topicFree(size, seed).replace(/[.\u2029]/g, '');
  const step = Math.floor(size / mentions);
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < size; i++) {
    const chunk = filler.slice(i * step, (i + 1) * step) + MENTION(i);
    parts.push(chunk);
    n += chunk.length;
  }
  return parts.join('').slice(0, size);
}

/** Short mention sentences, each different (a running number), up to `size` characters. */
export function uniqueSentences(size: number, seed: number): string {
  const shapes = [
    (n: number) => `North Korea sent ${n} troops to Kursk.`,
    (n: number) => `About ${n} North Korean soldiers were killed.`,
    (n: number) => `북한군 ${n}명이 쿠르스크에 배치됐다.`,
    (n: number) => `КНДР направила ${n} солдат в Россию.`,
  ];
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < size; i++) {
    const s = shapes[(i + seed) % shapes.length](100 + i) + ' ';
    parts.push(s);
    n += s.length;
  }
  return parts.join('').slice(0, size);
}
