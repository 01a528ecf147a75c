// Pages for the benchmark, made from a fixed seed so every run measures the same bytes.

const WORDS = (
  'the council approved a new budget for schools and roads after a long debate about taxes while ' +
  'farmers reported a strong harvest and markets closed higher on energy shares as engineers tested ' +
  'bridges and the weather service warned of storms near the coast where tourism grew again this ' +
  'summer and museums opened new galleries with paintings from private collections around the world'
).split(' ');

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function sentence(next: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(next() * WORDS.length)]);
  const s = out.join(' ');
  return s[0].toUpperCase() + s.slice(1) + '.';
}

// Mentions said several ways, so that both the extension and mark.js have work to do.
export const MENTION_SENTENCES = [
  'Officials said North Korean troops were sent to the Kursk region to fight for Russia.',
  'Kyiv says dozens of North Korean soldiers were killed near Kursk this week.',
  'The Storm Corps is fighting alongside Russian forces in the Kursk region.',
  'Pyongyang has deployed more than 10,000 troops to Russia, according to Seoul.',
];
/** The phrases mark.js is asked to mark: the same terms the extension highlights. */
export const MARK_TERMS = ['North Korean troops', 'North Korean soldiers', 'Storm Corps', '10,000 troops'];

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

/** About the size of example.com: a heading and two short paragraphs. */
export function examplePage(): string {
  return page(
    'Example Domain',
    '<div><h1>Example Domain</h1><p>This domain is for use in illustrative examples in documents. You may use this domain in literature without prior coordination or asking for permission.</p><p><a href="#more">More information...</a></p></div>',
  );
}

/** About `mb` megabytes of text that never mentions the topic, in paragraphs with inline markup. */
export function topicFreePage(mb: number): string {
  const next = rng(7);
  const parts: string[] = [];
  let size = 0;
  while (size < mb * 1_000_000) {
    const p = `<p>${sentence(next, 14)} <b>${sentence(next, 4)}</b> ${sentence(next, 16)} <a href="#">${sentence(next, 3)}</a> ${sentence(next, 12)}</p>`;
    parts.push(p);
    size += p.length;
  }
  return page('Topic-free text', parts.join('\n'));
}

/**
 * About 5 MB of text in about 100k text nodes (20k paragraphs of five nodes), with a mention
 * in every 100th paragraph: about 200 mentions.
 */
export function densePage(): string {
  const next = rng(11);
  const parts: string[] = [];
  for (let i = 0; i < 20_000; i++) {
    const lead = i % 100 === 50 ? MENTION_SENTENCES[((i / 100) % MENTION_SENTENCES.length) | 0] : sentence(next, 8);
    parts.push(`<p>${lead} <b>${sentence(next, 7)}</b> ${sentence(next, 8)} <a href="#">${sentence(next, 7)}</a> ${sentence(next, 8)}</p>`);
  }
  return page('Dense page', parts.join('\n'));
}
