import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mightMentionQuick, quickHits } from '../../utils/detect/might-mention';
import type { FrameReport, FrameStatus, MentionList } from '../../utils/messages';
import { DEFAULT_SETTINGS, activeOn, withSiteDisabled, type Settings } from '../../utils/settings-model';
import { loadSettings, saveSettings, watchSettings } from '../../platform/settings';
import type { CardHost } from './card-host';
import { loadEngine, type Engine } from './engine-port';
import { ShadowHighlightSheet } from './highlight-style';
import { HighlightPainter, highlightApi } from './highlights';
import { firstRect, type Hit } from './hit-test';
import type { HoverController } from './hover';
import { countByAspect } from './report';
import { PageScanner, type Detector, type PageMention } from './scanner';

// Wires one frame: scanner → highlights → badge report; hover and keyboard → card.
export class ContentApp {
  private scanner: PageScanner | null = null;
  private painter: HighlightPainter | null = null;
  private sheet = new ShadowHighlightSheet(window);
  /** Made by the engine, which only pages with mentions load. */
  private card: CardHost | null = null;
  /** Hover and the card's keyboard handling come with the engine too: no card, nothing to hover. */
  private hover: HoverController | null = null;
  private engine: Engine | null = null;
  private detector: Detector = {
    mightMention: mightMentionQuick,
    hits: quickHits,
    findMentions: null,
    load: async () => {
      const engine = await loadEngine();
      this.engine = engine;
      this.card ??= engine.createCard(this.ctx);
      this.hover ??= engine.createHover(this.hoverDeps());
      if (this.scanner) this.listen();
      this.detector.findMentions = engine.findMentions;
    },
  };
  private detachHover: (() => void) | null = null;
  private rootWatch: MutationObserver | null = null;
  private settings: Settings | null = null;
  private open: PageMention | null = null;
  private returnFocus: HTMLElement | null = null;
  private reportTimer: number | undefined;
  private lastReported = 0;
  private cursor = -1;
  private startedAt: number | null = null;
  private readonly isTop = window === window.top;

  constructor(private ctx: ContentScriptContext) {}

  private hoverDeps(): Parameters<Engine['createHover']>[0] {
    return {
      doc: document,
      find: (node, offset) => this.scanner?.at(node, offset) ?? null,
      hasMentions: () => this.scanner?.hasMentions ?? false,
      inCard: (e) => this.card?.inPath(e) ?? false,
      trigger: () => this.settings?.trigger ?? 'hover',
      open: (hit, kb) => void this.openCard(hit.mention, hit, kb),
      close: () => this.closeCard(false),
      openMention: () => this.open,
      onError: (e) => this.fail(e),
    };
  }

  async start(): Promise<void> {
    this.settings = await loadSettings();
    this.ctx.onInvalidated(watchSettings((s) => this.guard(() => this.applySettings(s))));
    browser.runtime.onMessage.addListener(this.onMessage);
    this.ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(this.onMessage);
      this.stop();
    });
    this.applySettings(this.settings);
  }

  private get active(): boolean {
    return this.settings !== null && activeOn(this.settings, location.hostname);
  }

  private applySettings(s: Settings): void {
    this.settings = s;
    this.painter?.setStyle(s.highlightStyle);
    if (this.active && !this.scanner) this.run();
    else if (!this.active && this.scanner) this.stop();
  }

  private run(): void {
    this.startedAt = window.performance.now();
    this.scanner = new PageScanner(
      document,
      this.detector,
      {
        changed: (added, removed) => this.onChanged(added, removed),
        error: (e) => this.fail(e),
      },
      (node) => this.card?.owns(node) ?? false,
    );
    this.listen(); // nothing until the engine has brought the hover
    this.scanner.start();
  }

  /**
   * Hover, the card's keys, and a watch for a new document root: only a page with mentions has
   * a card to open, so a page without any never pays for them.
   */
  private listen(): void {
    if (this.detachHover || !this.hover) return;
    this.detachHover = this.hover.attach();
    this.listenForKeys();
    this.watchRoot();
  }

  /**
   * Made on the first mention. Until then the page's highlight registry holds nothing of ours:
   * a page without mentions cannot tell from it that the extension is there.
   */
  private paint(): HighlightPainter | null {
    if (this.painter) return this.painter;
    const api = highlightApi(window);
    if (api) this.painter = new HighlightPainter(api, (this.settings ?? DEFAULT_SETTINGS).highlightStyle);
    return this.painter;
  }

  /** One stable function, so that adding it again while it is still there changes nothing. */
  private onKeyDown = (e: KeyboardEvent): void => this.guard(() => this.onKey(e));

  private listenForKeys(): void {
    this.ctx.addEventListener(window, 'keydown', this.onKeyDown, { capture: true });
  }

  /**
   * document.open() (a document.write after load) erases every event listener on the window and
   * the document, ours included, and gives the document a new root: on a new root, listen again.
   */
  private watchRoot(): void {
    let root = document.documentElement;
    const Observer = (window as unknown as { MutationObserver: typeof MutationObserver }).MutationObserver;
    this.rootWatch = new Observer(() =>
      this.guard(() => {
        const now = document.documentElement;
        if (!now || now === root || !this.detachHover || !this.hover) return;
        root = now;
        this.detachHover();
        this.detachHover = this.hover.attach();
        this.listenForKeys();
      }),
    );
    this.rootWatch.observe(document, { childList: true });
  }

  private stop(): void {
    this.closeCard(false);
    this.rootWatch?.disconnect();
    this.rootWatch = null;
    this.detachHover?.();
    this.detachHover = null;
    this.scanner?.stop();
    this.scanner = null;
    this.painter?.clear();
    this.painter = null;
    this.sheet.remove();
    this.card?.remove();
    this.scheduleReport();
  }

  private onChanged(added: PageMention[], removed: PageMention[]): void {
    // Highlights are painted with the styles of the tree that holds the text: an open shadow
    // root of the page needs our sheet too. adoptIn does nothing for the document or a tree that has it.
    for (const m of added) this.sheet.adoptIn(m.block.getRootNode() as Document | ShadowRoot);
    (added.length ? this.paint() : this.painter)?.update(
      added.map((m) => m.range),
      removed.map((m) => m.range),
    );
    if (this.open && removed.includes(this.open)) this.closeCard(false);
    this.scheduleReport();
  }

  private scheduleReport(): void {
    if (this.reportTimer !== undefined) return;
    this.reportTimer = window.setTimeout(() => {
      this.reportTimer = undefined;
      this.guard(() => this.report());
    }, 150);
  }

  private report(): void {
    const mentions = this.scanner?.all() ?? [];
    // Pages that never mention the topic send nothing at all.
    if (mentions.length === 0 && this.lastReported === 0) return;
    this.lastReported = mentions.length;
    const message: FrameReport = { type: 'frame-report', count: mentions.length, byAspect: countByAspect(mentions) };
    browser.runtime.sendMessage(message).catch(() => undefined);
  }

  private onMessage = (message: unknown): Promise<unknown> | undefined => {
    try {
      const m = message as { type?: string; index?: number; direction?: string };
      if (m?.type === 'status') {
        const status: FrameStatus = {
          busy: this.scanner?.busy ?? false,
          count: this.scanner?.all().length ?? 0,
          active: this.active,
          top: this.isTop,
          startedAt: this.startedAt,
        };
        return Promise.resolve(status);
      }
      if (!this.isTop) return undefined; // the popup and the shortcuts talk to the top frame
      if (m?.type === 'list-mentions') return Promise.resolve(this.list());
      if (m?.type === 'focus-mention') {
        void this.focusMention(typeof m.index === 'number' ? m.index : m.direction === 'previous' ? -2 : -1);
        return Promise.resolve({ ok: true });
      }
    } catch (e) {
      this.fail(e);
    }
    return undefined;
  };

  /** The page's mentions in document order. A page has mentions only once the engine is there, and the engine does the sorting. */
  private ordered(): PageMention[] {
    const all = this.scanner?.all() ?? [];
    return this.engine && all.length > 1 ? this.engine.inDocumentOrder(all) : all;
  }

  private list(): MentionList {
    const mentions = this.ordered();
    return {
      host: location.hostname,
      hostDisabled: !this.active,
      mentions: mentions.map((m, index) => ({
        index,
        aspect: m.mention.aspect,
        lang: m.mention.lang,
        phrase: m.mention.text,
        before: m.sentence.before,
        after: m.sentence.after,
      })),
    };
  }

  /** index ≥ 0: that mention; -1: the next; -2: the previous. */
  private async focusMention(index: number): Promise<void> {
    const mentions = this.ordered();
    if (mentions.length === 0) return;
    if (index === -1) this.cursor = (this.cursor + 1) % mentions.length;
    else if (index === -2) this.cursor = (this.cursor - 1 + mentions.length) % mentions.length;
    else this.cursor = Math.min(index, mentions.length - 1);
    const target = mentions[this.cursor];
    const el = target.range.startContainer.parentElement;
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduce ? 'auto' : 'instant' });
    await this.openCard(target, { mention: target, rect: firstRect(target.range) }, true);
  }

  private async openCard(mention: PageMention, hit: Hit, viaKeyboard: boolean): Promise<void> {
    if (!this.card) return; // no engine, no mentions: nothing to open
    if (viaKeyboard && !this.card.isOpen) {
      const active = document.activeElement;
      this.returnFocus = active instanceof HTMLElement ? active : null;
    }
    this.open = mention;
    if (viaKeyboard) this.hover?.openedFromKeyboard();
    this.painter?.setActive(mention.range);
    await this.card.showFor(mention.mention, hit.rect, viaKeyboard, {
      openSheet: () => void browser.runtime.sendMessage({ type: 'open-sheet' }).catch(() => undefined),
      disableSite: () => void this.disableSite(),
      close: () => this.closeCard(true),
    }, this.settings?.language);
  }

  private closeCard(restoreFocus: boolean): void {
    if (!this.open && !this.card?.isOpen) return;
    this.open = null;
    this.hover?.cardClosed();
    this.painter?.setActive(null);
    this.card?.hide();
    if (restoreFocus && this.returnFocus?.isConnected) this.returnFocus.focus({ preventScroll: true });
    this.returnFocus = null;
  }

  private async disableSite(): Promise<void> {
    if (!this.settings) return;
    await saveSettings(withSiteDisabled(this.settings, location.hostname, true));
  }

  private onKey(e: KeyboardEvent): void {
    if (!this.card?.isOpen) return;
    if (e.key === 'Escape') {
      this.closeCard(true);
      return;
    }
    const card = this.card.cardElement;
    if (card && e.composedPath().includes(card)) this.engine?.trapTab(e, card);
  }

  private guard(fn: () => void): void {
    try {
      fn();
    } catch (e) {
      this.fail(e);
    }
  }

  /** Our failures stay ours: never thrown into the page, never a console error on it. */
  private fail(e: unknown): void {
    if (import.meta.env.DEV) console.debug('[kursk-context]', e);
  }
}
