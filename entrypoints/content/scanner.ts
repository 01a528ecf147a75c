import type { DetectOptions, Mention } from '../../utils/detect/types';
import { blockOf, insideSkipped, isShadowRoot } from './dom-rules';
import { isDocument, isElement, nextElement } from './node-kind';
import { pointAt, readBlock, type BlockRoot } from './block-text';
import { SliceScheduler } from './slices';
import { readInPieces, textNodesInPieces } from './page-text';
import type { StyleHold } from './style-settle';

// Finds the mentions on a page and keeps them right while the page changes.
// One full pass in idle slices, then a MutationObserver re-reads only the blocks that changed.

export interface Detector {
  /** The cheap pre-filter: always at hand. */
  mightMention(text: string): boolean;
  /** The same pre-filter's hits, offsets in the text near which a mention may be: in steps (a null between two). */
  hits(text: string): Generator<null, number[]>;
  /**
   * The full detector, reading in steps (a null between two; utils/detect.ts mentionsInSteps): null
   * until it has been loaded.
   */
  mentionsInSteps: ((text: string, options?: DetectOptions) => Generator<null, Mention[]>) | null;
  /** Brings in mentionsInSteps (the first block that passes the screen asks for it). */
  load(): Promise<void>;
  /** Builds what the first reading with page context needs: the scanner gives it a step of its own. */
  preparePageContext?: () => void;
  /**
   * Between the pre-filter and the full detector: false when no mention can be read in the text
   * without page context (utils/detect/screen.ts). Without it every block that passes the
   * pre-filter goes to the full detector.
   */
  screen?: Stage;
}

/** A part of the detector that loads when first needed. */
export interface Stage {
  /** Null until loaded. */
  test: ((text: string) => boolean) | null;
  load(): Promise<void>;
}

export interface PageMention {
  block: BlockRoot;
  range: Range;
  mention: Mention;
  /** The sentence around the phrase, for the popup's snippet; kept in memory only. */
  sentence: { before: string; after: string };
}

export interface ScannerEvents {
  /** Mentions were added or removed in these blocks. */
  changed(added: PageMention[], removed: PageMention[]): void;
  error: (e: unknown) => void;
  /** The work queued so far is done (the page may change again later). */
  settled?(): void;
}

const SNIPPET = 80;
/**
 * Nodes a walk visits between two pauses: well under a millisecond in Chromium, a few in
 * Firefox, whose content scripts reach the page through slower wrappers (at 4,000, a step
 * there could last over 250 ms on a busy machine).
 */
const PAUSE_EVERY = 1000;
/** Characters of the page's text read between two pauses: about a millisecond's copying in Chromium. */
const PAUSE_CHARS = 200_000;
/**
 * Mutation records handled in one step. The observer's callback only keeps its records: a page
 * that changes thousands of nodes at once hands over a batch whose handling would be one long
 * task (in Firefox, where each record is reached through a wrapper, the most).
 */
const RECORDS_PER_STEP = 250;
/**
 * Records and walks kept for later, past which the scanner drops them and reads the whole page
 * again: a page that changes faster than we keep up (or while its hidden tab gets no idle time)
 * would otherwise grow them without end, each record holding its nodes alive. A fresh read ends
 * where handling them would have.
 */
export const BACKLOG_LIMIT = 20_000;

export class PageScanner {
  private byBlock = new Map<BlockRoot, PageMention[]>();
  /** Blocks that passed the cheap pre-filter: the ones to read again when the page's context changes. */
  private hits = new Set<BlockRoot>();
  /** Blocks with a mention that needs no page context: while there is one, the page is on topic. */
  private strict = new Set<BlockRoot>();
  private queue: BlockRoot[] = [];
  /**
   * The block being read, a step at a time (a page-long block takes many), and whether the page
   * changed it meanwhile: then the reading is dropped and the block read afresh.
   */
  private reading: { block: BlockRoot; steps: Generator<null, void>; stale: boolean } | null = null;
  private queued = new Set<BlockRoot>();
  /** Walks that find blocks to read; a null is a pause, so one long walk spans many slices. */
  private walks: Array<Generator<BlockRoot | null>> = [];
  /** Mutation records not handled yet, batch by batch, and how far into the first one we are. */
  private records: MutationRecord[][] = [];
  private recordAt = 0;
  /** How many records `records` holds. */
  private recordCount = 0;
  private observer: MutationObserver;
  private scheduler: SliceScheduler;
  private sweepNeeded = false;
  /** Blocks that passed the pre-filter before the screen or the full detector they need was there. */
  private waiting = new Set<BlockRoot>();
  /** The loads asked for and not failed: each part is asked for once. */
  private loadAsked = new Set<{ load(): Promise<void> }>();
  /**
   * On a page about the topic, short mentions ("the North Korean soldiers") count too. It holds
   * exactly while some block has a mention on its own, so any order of edits ends where a
   * fresh scan of the page would.
   */
  private pageContext = false;
  /** The page context has just turned on: the detector's preparation gets the next step. */
  private prepareNeeded = false;
  private started = false;

  constructor(
    private doc: Document,
    private detector: Detector,
    private events: ScannerEvents,
    /** Our own UI's host: its changes are not the page's. */
    private ignore: (node: Node) => boolean = () => false,
    /** Our own change of the page's style on its way: blocks that need style wait for it. */
    private style: StyleHold | null = null,
  ) {
    const win = doc.defaultView!;
    this.scheduler = new SliceScheduler(
      win,
      () => this.step(),
      events.error,
      () => events.settled?.(),
    );
    this.observer = new win.MutationObserver((records) => {
      try {
        this.recordCount += records.length;
        this.records.push(records);
        if (this.backlog > BACKLOG_LIMIT) this.startOver();
        this.scheduler.schedule();
      } catch (e) {
        events.error(e);
      }
    });
  }

  start(): void {
    this.started = true;
    this.observe(this.doc);
    this.walks.push(this.walkIfTopical(this.doc));
    this.scheduler.schedule();
  }

  stop(): void {
    this.scheduler.stop();
    this.reading = null;
    this.observer.disconnect();
    this.forgetRecords();
    const all = this.all();
    this.byBlock.clear();
    if (all.length) this.events.changed([], all);
  }

  /** True while there is work queued: tests and the badge wait for it. */
  get busy(): boolean {
    return (
      !this.started ||
      this.records.length > 0 ||
      this.reading !== null ||
      this.queue.length > 0 ||
      this.walks.length > 0 ||
      this.waiting.size > 0 ||
      this.pageContext !== this.strict.size > 0
    );
  }

  /** True when some block holds a mention (cheap: pointer moves ask it). */
  get hasMentions(): boolean {
    return this.byBlock.size > 0;
  }

  all(): PageMention[] {
    const out: PageMention[] = [];
    for (const list of this.byBlock.values()) out.push(...list);
    return out;
  }

  /** The mention under a DOM point, if any. */
  at(node: Node, offset: number): PageMention | null {
    const block = blockOf(node);
    const list = block ? this.byBlock.get(block) : undefined;
    if (!list) return null;
    for (const m of list) {
      try {
        if (m.range.isPointInRange(node, offset)) return m;
      } catch {
        // a point in another tree
      }
    }
    return null;
  }

  private observe(target: Document | ShadowRoot): void {
    this.observer.observe(target, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['hidden', 'contenteditable'],
    });
  }

  /**
   * Finds the blocks worth reading under a root in one cheap pass: the root's text, read in
   * pieces (page-text.ts), goes through the pre-filter once, and only the blocks of the text
   * nodes at its hits are read (found from the pieces without visiting every node). Open shadow
   * roots, whose text textContent leaves out, are looked for in a walk over the elements.
   */
  private *walkIfTopical(root: Document | Element | ShadowRoot): Generator<BlockRoot | null> {
    const top = isDocument(root) ? root.documentElement : root;
    if (!top) return;
    const read = yield* readInPieces(top, { nodes: PAUSE_EVERY, chars: PAUSE_CHARS });
    yield null;
    const hits = yield* this.detector.hits(read.text);
    // Before the blocks, not after: run last, the walk left a wrapper of every element in the heap
    // measured once the scan settled (5 MB page, scripts/heap-diff.ts: ours 6.4-7.2 MB, 6.1-6.2 here).
    yield* this.findShadowRoots(top);
    let last: BlockRoot | null = null;
    for (const node of textNodesInPieces(top, read, hits, PAUSE_EVERY)) {
      if (!node) yield null;
      else if (node.isConnected) {
        const block = blockOf(node);
        if (block && block !== last) yield (last = block);
      }
    }
  }

  private *findShadowRoots(top: Element | ShadowRoot): Generator<null> {
    const walker = this.doc.createTreeWalker(top, NodeFilter.SHOW_ELEMENT);
    let seen = 0;
    for (let n = nextElement(walker); n; n = nextElement(walker)) {
      const shadow = n.shadowRoot;
      if (shadow) {
        this.observe(shadow);
        this.walks.push(this.walkIfTopical(shadow));
      }
      if (++seen % PAUSE_EVERY === 0) yield null;
    }
  }

  private enqueue(block: BlockRoot | null): void {
    if (!block) return;
    if (this.reading?.block === block) this.reading.stale = true;
    if (this.queued.has(block)) return;
    this.queued.add(block);
    this.queue.push(block);
  }

  /** Handles up to RECORDS_PER_STEP of the records kept; false when none was left. */
  private handleRecords(): boolean {
    const batch = this.records[0];
    if (!batch) return false;
    const end = Math.min(batch.length, this.recordAt + RECORDS_PER_STEP);
    const from = this.recordAt;
    while (this.recordAt < end) this.onRecord(batch[this.recordAt++]);
    this.recordCount -= end - from;
    if (this.recordAt >= batch.length) {
      this.records.shift();
      this.recordAt = 0;
    }
    return true;
  }

  /** Records and walks kept for later: never past BACKLOG_LIMIT once the observer has handed them over. */
  get backlog(): number {
    return this.recordCount + this.walks.length;
  }

  private forgetRecords(): void {
    this.records = [];
    this.recordAt = 0;
    this.recordCount = 0;
  }

  /**
   * Drops the backlog for one walk over the whole page, and every block that passed the
   * pre-filter read again (the walk only finds blocks that pass now; these may have lost their
   * mentions). The walk is a generator: nothing of it runs before a step.
   */
  private startOver(): void {
    this.forgetRecords();
    this.sweepNeeded = true;
    this.walks = [this.walkIfTopical(this.doc)];
    // The records dropped may have changed the block being read.
    if (this.reading) this.enqueue(this.reading.block);
    for (const block of this.hits) this.enqueue(block);
  }

  private onRecord(r: MutationRecord): void {
    const target = r.target;
    if (this.ignore(target)) return;
    if (r.type === 'characterData') {
      if (!insideSkipped(target, this.doc)) this.enqueue(blockOf(target));
      return;
    }
    if (r.type === 'attributes') {
      if (!isElement(target)) return; // attributes are an element's only
      const el = target;
      this.enqueue(blockOf(el));
      // Hiding a block changes its parent's text too (the boundary it made is gone).
      if (el.parentNode) this.enqueue(blockOf(el.parentNode) ?? (isShadowRoot(el.parentNode) ? el.parentNode : null));
      if (!insideSkipped(el, this.doc)) this.walks.push(this.walkIfTopical(el));
      this.recheckUnder(el);
      return;
    }
    // childList
    if (r.removedNodes.length) this.sweepNeeded = true;
    if (insideSkipped(target, this.doc)) return;
    this.enqueue(blockOf(target) ?? (isShadowRoot(target) ? target : null));
    for (const added of Array.from(r.addedNodes)) {
      if (this.ignore(added)) continue;
      if (isElement(added)) this.walks.push(this.walkIfTopical(added));
    }
  }

  /** Reads again the blocks under an element that was hidden or made editable (read() drops them). */
  private recheckUnder(el: Element): void {
    for (const block of this.hits) {
      if (el.contains(isShadowRoot(block) ? block.host : block)) this.enqueue(block);
    }
  }

  private sweep(): void {
    this.sweepNeeded = false;
    const removed: PageMention[] = [];
    for (const [block, list] of this.byBlock) {
      if (!block.isConnected || list.some((m) => m.range.collapsed)) {
        removed.push(...list);
        this.byBlock.delete(block);
        if (block.isConnected) this.enqueue(block);
      }
    }
    for (const set of [this.hits, this.strict]) for (const block of set) if (!block.isConnected) set.delete(block);
    if (removed.length) this.events.changed([], removed);
  }

  /** One bounded unit of work; false when there is none left. */
  private step(): boolean {
    // One record can add walks past the limit too.
    if (this.backlog > BACKLOG_LIMIT) this.startOver();
    // The page's changes first: they say which blocks and walks are still worth the time.
    if (this.handleRecords()) return true;
    if (this.sweepNeeded) this.sweep();
    if (this.prepareNeeded) {
      this.prepareNeeded = false;
      this.detector.preparePageContext?.();
      return true;
    }
    const reading = this.reading;
    if (reading) {
      // A block the page changed meanwhile is queued again: its reading is dropped unfinished.
      // (Cleared while it runs: the block's own enqueueing is not a change, and an error ends it.)
      this.reading = null;
      if (!reading.stale && !reading.steps.next().done) this.reading = reading;
      return true;
    }
    const block = this.queue.shift();
    if (block) {
      this.queued.delete(block);
      this.reading = { block, steps: this.read(block), stale: false };
      return true;
    }
    const walk = this.walks[0];
    if (walk) {
      // One block (or one pause) a step: the scheduler checks the time between steps.
      const next = walk.next();
      if (next.done) this.walks.shift();
      else if (next.value) this.enqueue(next.value);
      return true;
    }
    if (this.waiting.size > 0) return false; // the detector is on its way; loading resumes the scan
    if (this.pageContext !== this.strict.size > 0) {
      // Quiet, and the page's context changed: read every block the pre-filter let through again.
      this.pageContext = !this.pageContext;
      for (const block of this.hits) this.enqueue(block);
      return true;
    }
    return false;
  }

  /** Keeps the block for when the part (the screen or the full detector) has loaded. */
  private awaitPart(block: BlockRoot, part: { load(): Promise<void> }): void {
    this.waiting.add(block);
    if (this.loadAsked.has(part)) return;
    this.loadAsked.add(part);
    part.load().then(
      () => {
        for (const b of this.waiting) this.enqueue(b);
        this.waiting.clear();
        this.scheduler.schedule();
      },
      (e) => {
        this.loadAsked.delete(part); // the next block that needs it asks again
        this.waiting.clear();
        this.events.error(e);
      },
    );
  }

  /**
   * May the block's text hold a mention without page context? 'wait' while the screen is on its
   * way (the block waits for it). It only decides whether to load the full detector: once that is
   * here (it answers the same), and on a page about the topic, every block that passes the
   * pre-filter is read in full.
   */
  private screened(block: BlockRoot, text: string): boolean | 'wait' {
    const screen = this.detector.screen;
    if (!screen || this.pageContext || this.detector.mentionsInSteps) return true;
    if (!screen.test) {
      this.awaitPart(block, screen);
      return 'wait';
    }
    return screen.test(text);
  }

  /** Reads a block, in steps: the full detector pauses between pieces of its work. */
  private *read(block: BlockRoot): Generator<null, void> {
    const old = this.byBlock.get(block) ?? [];
    let found: PageMention[] = [];
    // Native textContent holds the block's own text and more (nested blocks, fields), so a
    // pre-filter miss on it is a miss on the block: most blocks end here without a tree walk.
    const readable =
      block.isConnected && !insideSkipped(isShadowRoot(block) ? block.host : block, this.doc) && this.detector.mightMention(block.textContent ?? '');
    const bt = readable ? readBlock(block) : null;
    const text = bt && this.detector.mightMention(bt.text) ? bt.text : null;
    const screened = text === null ? false : this.screened(block, text);
    if (screened === 'wait') return; // its old mentions stand until it is read again
    if (!bt || text === null) {
      this.hits.delete(block);
      this.strict.delete(block);
    } else if (!screened) {
      // No sentence of it is a mention on its own: kept with the blocks that passed the pre-filter,
      // to be read in full if the page turns out to be about the topic.
      this.hits.add(block);
      this.strict.delete(block);
    } else {
      const find = this.detector.mentionsInSteps;
      if (!find) {
        this.awaitPart(block, this.detector);
        return; // its old mentions stand until it is read again
      }
      this.hits.add(block);
      // Style is only asked of the rare blocks that mention the topic, once: it can force a layout.
      let visible: boolean | undefined;
      const shown = () => (visible ??= isVisible(block));
      let mentions = yield* find(bt.text);
      const hold = mentions.length || this.pageContext ? this.style?.hold : null;
      if (hold) {
        this.awaitPart(block, hold);
        return; // read again once the browser has restyled (style-settle.ts)
      }
      if (mentions.length && !shown()) mentions = [];
      if (mentions.length) this.strict.add(block);
      else this.strict.delete(block);
      if (mentions.length && !this.pageContext) {
        // The page is on the topic from now on: the blocks read before this one are read again
        // with that context, the rest once. (Off the topic again is decided when quiet: step().)
        // This one too, in a step of its own: the detector's first reading with page context
        // compiles its own patterns, a task too long to share.
        this.pageContext = true;
        this.prepareNeeded = true;
        for (const b of this.hits) this.enqueue(b);
      } else if (this.pageContext) mentions = shown() ? yield* find(bt.text, { pageContext: true }) : [];
      found = mentions.flatMap((m) => {
        const s = pointAt(bt, m.start, false);
        const e = pointAt(bt, m.end, true);
        if (!s || !e) return [];
        const range = this.doc.createRange();
        range.setStart(s.node, s.offset);
        range.setEnd(e.node, e.offset);
        const from = Math.max(m.sentenceStart, m.start - SNIPPET);
        const to = Math.min(m.sentenceEnd, m.end + SNIPPET);
        return [{ block, range, mention: m, sentence: { before: bt.text.slice(from, m.start), after: bt.text.slice(m.end, to) } }];
      });
    }
    if (found.length) this.byBlock.set(block, found);
    else this.byBlock.delete(block);
    if (old.length || found.length) {
      if (!sameMentions(old, found)) {
        this.events.changed(found, old);
      } else {
        // Same text, same spans: keep the old ranges, so an open card stays anchored.
        this.byBlock.set(block, old);
      }
    }
  }
}

function sameMentions(a: PageMention[], b: PageMention[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((m, i) => {
    const n = b[i];
    return (
      m.mention.start === n.mention.start &&
      m.mention.end === n.mention.end &&
      m.range.startContainer === n.range.startContainer &&
      m.range.endContainer === n.range.endContainer &&
      m.range.startOffset === n.range.startOffset &&
      m.range.endOffset === n.range.endOffset
    );
  });
}

function isVisible(block: BlockRoot): boolean {
  const el = isShadowRoot(block) ? block.host : block;
  if (typeof el.checkVisibility !== 'function') return true; // not in every browser yet
  if (el.checkVisibility()) return true;
  if (getComputedStyle(el).display !== 'contents') return false;
  // An element with display: contents has no box, so checkVisibility() is false for it, yet
  // its text shows when the text has boxes: one layout query, however long a chain of such
  // elements (asking each ancestor in a chain 10,000 deep blocked Firefox for seconds).
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  return range.getClientRects().length > 0;
}
