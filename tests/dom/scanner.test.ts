// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import type { Mention } from '../../utils/detect/types';
import { BACKLOG_LIMIT, PageScanner, type Detector, type PageMention } from '../../entrypoints/content/scanner';
import type { StyleHold } from '../../entrypoints/content/style-settle';
import { settled, tracked } from './scanner-harness';
import { asText } from './text-nodes';

// A stand-in detector with a rule simple enough to reason about: "North Korean troops" is a
// mention; "the soldiers" is one only on a page already about the topic.
const fake: Detector = {
  mightMention: (text) => /North Korean|soldiers/.test(text),
  // eslint-disable-next-line require-yield -- the stand-in answers in one step
  *hits(text) {
    return [...text.matchAll(/North Korean|soldiers/g)].map((m) => m.index);
  },
  load: () => Promise.resolve(),
  *mentionsInSteps(text, options) {
    // a pause, as the real detector makes between pieces of its work
    yield null;
    const out: Mention[] = [];
    const re = options?.pageContext ? /North Korean troops|the soldiers/g : /North Korean troops/g;
    for (const m of text.matchAll(re)) {
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        lang: 'en',
        aspect: 'general',
        figures: [],
        sentenceStart: 0,
        sentenceEnd: text.length,
      });
    }
    return out;
  },
};

let scanner: PageScanner | null = null;
afterEach(() => {
  scanner?.stop();
  scanner = null;
});

function start(html: string): { live: Set<PageMention>; s: PageScanner } {
  document.body.innerHTML = html;
  const t = tracked(fake);
  scanner = t.s;
  return t;
}

const texts = (ms: Iterable<PageMention>) => [...ms].map((m) => m.range.toString()).sort();

describe('PageScanner', () => {
  it('holds the blocks that need style while our own change of it is on its way, and reads them after', async () => {
    document.body.innerHTML = '<p>North Korean troops arrived.</p><p>Nothing here.</p>';
    let release = () => {};
    const style: StyleHold & { hold: { load(): Promise<void> } | null } = {
      hold: { load: () => new Promise<void>((resolve) => (release = resolve)) },
    };
    const live = new Set<PageMention>();
    const s = new PageScanner(
      document,
      fake,
      {
        changed: (added) => added.forEach((m) => live.add(m)),
        error: (e) => {
          throw e;
        },
      },
      undefined,
      style,
    );
    scanner = s;
    s.start();
    await new Promise((r) => setTimeout(r, 150));
    expect(texts(live)).toEqual([]);
    expect(s.busy).toBe(true);
    style.hold = null;
    release();
    await settled(s);
    expect(texts(live)).toEqual(['North Korean troops']);
  });

  it('finds mentions across inline elements and maps them to ranges over the right text', async () => {
    const { live, s } = start('<p>Officials say North <b>Korean</b> troops moved.</p><p>Nothing here.</p>');
    await settled(s);
    expect(texts(live)).toEqual(['North Korean troops']);
    expect(texts(s.all())).toEqual(['North Korean troops']);
  });

  it('reads short mentions once the page is known to be on topic, and not before', async () => {
    const on = start('<p>North Korean troops arrived.</p><p>Later the soldiers moved.</p>');
    await settled(on.s);
    expect(texts(on.live)).toEqual(['North Korean troops', 'the soldiers']);
    on.s.stop();
    const off = start('<p>Later the soldiers moved.</p>');
    await settled(off.s);
    expect(texts(off.live)).toEqual([]);
  });

  it('gives the detector a step to prepare for page context, before any reading with it, and none to the first plain reading', async () => {
    document.body.innerHTML = '<p>North Korean troops arrived.</p><p>Later the soldiers moved.</p>';
    const calls: string[] = [];
    const spy: Detector = {
      ...fake,
      mentionsInSteps: (text, options) => {
        calls.push(options?.pageContext ? 'page' : 'plain');
        return fake.mentionsInSteps!(text, options);
      },
      preparePageContext: () => calls.push('prepare'),
    };
    const t = tracked(spy);
    scanner = t.s;
    await settled(t.s);
    expect(texts(t.live)).toEqual(['North Korean troops', 'the soldiers']);
    expect(calls.filter((c) => c === 'prepare')).toHaveLength(1);
    // the reading that turns the context on is plain only; every reading with it comes after the preparation
    expect(calls.slice(0, 2)).toEqual(['plain', 'prepare']);
    expect(calls.indexOf('page')).toBeGreaterThan(calls.indexOf('prepare'));
  });

  it('drops a reading the page changed midway, and reads the block afresh', async () => {
    document.body.innerHTML = '<p id="a">North Korean troops arrived.</p>';
    const finished: string[] = [];
    let started!: () => void;
    const began = new Promise<void>((r) => (started = r));
    const slow: Detector = {
      ...fake,
      *mentionsInSteps(text, options) {
        started();
        // many pauses, each after a millisecond of work: the reading spans several slices
        for (let i = 0; i < 40; i++) {
          const until = performance.now() + 1;
          while (performance.now() < until);
          yield null;
        }
        const found = yield* fake.mentionsInSteps!(text, options);
        finished.push(text);
        return found;
      },
    };
    const t = tracked(slow);
    scanner = t.s;
    await began;
    document.getElementById('a')!.firstChild!.textContent = 'Later, more North Korean troops.';
    await settled(t.s);
    expect(finished.filter((text) => text.includes('arrived'))).toEqual([]);
    expect(finished[0]).toBe('Later, more North Korean troops.');
    expect([...t.live].map((m) => m.range.toString())).toEqual(['North Korean troops']);
    expect([...t.live][0].range.startContainer.textContent).toBe('Later, more North Korean troops.');
  });

  it('follows edits, additions and removals', async () => {
    const { live, s } = start('<div id="feed"><p id="a">Quiet text.</p></div>');
    await settled(s);
    expect(live.size).toBe(0);

    const p = document.createElement('p');
    p.textContent = 'Breaking: North Korean troops seen.';
    document.getElementById('feed')!.append(p);
    await settled(s);
    expect(texts(live)).toEqual(['North Korean troops']);

    document.getElementById('a')!.firstChild!.textContent = 'Now North Korean troops too.';
    await settled(s);
    expect(texts(live)).toEqual(['North Korean troops', 'North Korean troops']);

    p.remove();
    await settled(s);
    expect(live.size).toBe(1);

    document.getElementById('a')!.firstChild!.textContent = 'Quiet again.';
    await settled(s);
    expect(live.size).toBe(0);
  });

  it('drops mentions in a block that becomes hidden or editable, and ignores fields', async () => {
    const { live, s } = start('<p id="a">North Korean troops</p><textarea>North Korean troops</textarea>');
    await settled(s);
    expect(live.size).toBe(1);
    document.getElementById('a')!.setAttribute('contenteditable', 'true');
    await settled(s);
    expect(live.size).toBe(0);
    document.getElementById('a')!.removeAttribute('contenteditable');
    await settled(s);
    expect(live.size).toBe(1);
  });

  it('scans open shadow roots of the page', async () => {
    document.body.innerHTML = '<div id="host"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>North Korean troops inside a component.</p>';
    const found: PageMention[] = [];
    const s = new PageScanner(document, fake, {
      changed: (a) => found.push(...a),
      error: (e) => {
        throw e;
      },
    });
    scanner = s;
    s.start();
    await settled(s);
    expect(texts(found)).toEqual(['North Korean troops']);
  });

  /** A scanner whose detector counts its reads of the whole page's text (which starts with FRONT). */
  const FRONT = '<p>Front page.</p>';
  function countingReads(html: string): { live: Set<PageMention>; s: PageScanner; reads: () => number } {
    document.body.innerHTML = FRONT + html;
    let reads = 0;
    const t = tracked({
      ...fake,
      hits(text) {
        if (text.startsWith('Front page.')) reads++;
        return fake.hits(text);
      },
    });
    scanner = t.s;
    return { ...t, reads: () => reads };
  }

  it('drops a backlog of records past its limit and reads the page afresh, ending where a fresh scan would', async () => {
    const t = countingReads('<p id="gone">North Korean troops left.</p><p id="new">Nothing yet.</p><p><span id="tick">0</span></p>');
    await settled(t.s);
    expect(texts(t.live)).toEqual(['North Korean troops']);
    expect(t.reads()).toBe(1);
    // One task of changes, more than the scanner keeps: a ticker, and two edits among them.
    const tick = asText(document.getElementById('tick')!.firstChild);
    for (let i = 0; i < BACKLOG_LIMIT + 2000; i++) {
      tick.data = String(i);
      if (i === 100) asText(document.getElementById('gone')!.firstChild).data = 'They left.';
      if (i === 200) asText(document.getElementById('new')!.firstChild).data = 'North Korean troops came.';
    }
    // The observer has handed the records over, and no step has run yet (as in a hidden tab).
    await new Promise((r) => setTimeout(r, 0));
    expect(t.s.backlog).toBeLessThanOrEqual(BACKLOG_LIMIT);
    await settled(t.s, 30_000);
    expect(t.reads()).toBe(2);
    expect([...t.live].map((m) => m.range.startContainer)).toEqual([document.getElementById('new')!.firstChild]);
  });

  it('reads the page afresh when one record adds more elements than it keeps walks for', async () => {
    // A browser reports one append of many elements as one record; happy-dom gives each its own
    // record (which the test above covers). So a stand-in observer hands over one such record.
    const Real = window.MutationObserver;
    let deliver!: MutationCallback;
    window.MutationObserver = class extends Real {
      constructor(callback: MutationCallback) {
        super(callback);
        deliver = callback;
      }
    };
    let t: ReturnType<typeof countingReads>;
    try {
      t = countingReads('<p id="new">Nothing yet.</p><div id="box"></div>');
    } finally {
      window.MutationObserver = Real;
    }
    await settled(t.s);
    asText(document.getElementById('new')!.firstChild).data = 'North Korean troops came.';
    const added = Array.from({ length: BACKLOG_LIMIT + 1000 }, () => document.createElement('i'));
    const record = { type: 'childList', target: document.getElementById('box')!, addedNodes: added, removedNodes: [] };
    // eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion -- a bare record, more added nodes than any page makes at once
    deliver([record as unknown as MutationRecord], null as unknown as MutationObserver);
    await settled(t.s, 30_000);
    expect(t.reads()).toBe(2);
    expect(texts(t.live)).toEqual(['North Korean troops']);
  });

  it('finds the mention at a DOM point', async () => {
    const { s } = start('<p>Officials say North Korean troops moved.</p>');
    await settled(s);
    const text = document.querySelector('p')!.firstChild!;
    expect(s.at(text, 20)?.range.toString()).toBe('North Korean troops');
    expect(s.at(text, 2)).toBeNull();
  });
});

describe('PageScanner with a detector that loads late', () => {
  it('holds the blocks that pass the pre-filter until the detector is there, then reads them', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let loads = 0;
    const lazy: Detector = {
      mightMention: fake.mightMention,
      hits: fake.hits,
      mentionsInSteps: null,
      load: async () => {
        loads++;
        await gate;
        lazy.mentionsInSteps = fake.mentionsInSteps;
      },
    };
    document.body.innerHTML = '<p>North Korean troops arrived.</p><p>Quiet.</p><p>More North Korean troops.</p>';
    const found: PageMention[] = [];
    const s = new PageScanner(document, lazy, {
      changed: (a) => found.push(...a),
      error: (e) => {
        throw e;
      },
    });
    scanner = s;
    s.start();
    await new Promise((r) => setTimeout(r, 100));
    expect(s.busy).toBe(true);
    expect(found).toHaveLength(0);
    release();
    await settled(s);
    expect(loads).toBe(1);
    expect(texts(found)).toEqual(['North Korean troops', 'North Korean troops']);
  });
});
