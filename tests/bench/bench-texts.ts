/** Deterministic texts for the detector benchmark (topic-free filler and topic-dense pages). */

export const SIZE = 5 * 1024 * 1024;

// A small deterministic PRNG, so every run measures the same text.
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the council met on tuesday to discuss a new budget for schools and roads officials said plan would cost more than ' +
  'expected several members asked review of contracts meanwhile weather service warned heavy rain in northern districts ' +
  'over weekend residents were told prepare possible flooding sports home team won third straight match thanks late goal ' +
  'from its young striker markets rose slightly as investors waited central bank decision interest rates museum exhibition ' +
  'opens next month featuring paintings private collections never shown before scientists reported progress battery that ' +
  'charges minutes lasts years record according corner company report growth quarter'
).split(' ');

export function topicFree(size: number, seed: number): string {
  const r = rng(seed);
  const parts: string[] = [];
  let n = 0;
  while (n < size) {
    const len = 8 + Math.floor(r() * 18);
    const w: string[] = [];
    for (let i = 0; i < len; i++) w.push(WORDS[Math.floor(r() * WORDS.length)]);
    const s = w.join(' ');
    const sentence = s[0].toUpperCase() + s.slice(1) + (r() < 0.1 ? '.\u2029' : '. ');
    parts.push(sentence);
    n += sentence.length;
  }
  return parts.join('').slice(0, size);
}

const MENTIONS = [
  (n: number) => `North Korea has sent about ${n} troops to Russia, officials in Kyiv said.`,
  (n: number) => `Some ${n} North Korean soldiers were killed or wounded in the Kursk region.`,
  (n: number) => `북한군 약 ${n}명이 러시아 쿠르스크 지역에 배치된 것으로 알려졌다.`,
  (n: number) => `По данным разведки, КНДР направила в Россию более ${n} солдат.`,
  (n: number) => `北朝鮮はロシアに約${n}人の兵士を派遣したとされる。`,
  (n: number) => `Nordkorea soll rund ${n} Soldaten nach Russland geschickt haben.`,
];

export function topicDense(size: number, seed: number): string {
  const r = rng(seed);
  const parts: string[] = [];
  let n = 0;
  while (n < size) {
    const filler = topicFree(1900 + Math.floor(r() * 200), Math.floor(r() * 1e9)) + '. ';
    const mention = MENTIONS[Math.floor(r() * MENTIONS.length)](100 + Math.floor(r() * 20000)) + ' ';
    parts.push(filler, mention);
    n += filler.length + mention.length;
  }
  return parts.join('').slice(0, size);
}
