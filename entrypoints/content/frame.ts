import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ContentMessages, FocusTarget, FrameStatus, MentionList } from '../../utils/messages';
import { activeOn, withSiteDisabled, type Settings } from '../../utils/settings-model';
import type { Handlers, SendToBackground } from '../../platform/messaging';
import type { Cards, Engine } from './engine-port';
import { FrameReporter } from './frame-report';
import { HighlightController } from './highlight';
import { fail, quietly } from './quiet';
import { ScanController } from './scan';
import { StyleSettle } from './style-settle';
import type { PageMention } from './scanner';
import type { Screen } from '../../utils/detect/screen';

/** Everything the frame asks of the extension's platform; the real one is in index.ts, tests pass fakes. */
export interface FramePlatform {
  loadSettings(): Promise<Settings>;
  watchSettings(onChange: (s: Settings) => void): () => void;
  saveSettings(next: Settings): Promise<void>;
  send: SendToBackground;
  listen(handlers: Handlers<ContentMessages>): () => void;
  loadScreen(): Promise<Screen>;
  /** The screen is of no more use (the engine is here): let it go. */
  forgetScreen(): void;
  loadEngine(): Promise<Engine>;
  /** Says, to screen readers only, that the reader's shortcut hid or showed the highlights. */
  announce(message: 'highlightsHidden' | 'highlightsShown'): void;
  /** The highlights' look, in this frame: asked for with the first mention. */
  addHighlightSheet(): Promise<void>;
}

// One frame's house. Data flows one way: settings → scan → mentions → highlights, cards and the
// badge's report; each controller owns its state, and each ends with the content script's context.
export class Frame {
  private settings: Settings;
  private readonly scan: ScanController;
  private readonly highlights: HighlightController;
  private readonly reporter: FrameReporter;
  private engine: Engine | null = null;
  /** Hover, keyboard and the card: mounted with the first mention (only the engine finds one). */
  private cards: Cards | null = null;
  private readonly isTop: boolean;

  constructor(
    private ctx: ContentScriptContext,
    private platform: FramePlatform,
    settings: Settings,
    private doc: Document = document,
  ) {
    const win = doc.defaultView ?? window;
    this.isTop = win === win.top;
    this.settings = settings;
    const style = new StyleSettle(win);
    const addSheet = () => {
      const added = platform.addHighlightSheet();
      style.changing(added);
      return added;
    };
    this.highlights = new HighlightController(win, settings.highlightStyle, addSheet, ctx);
    this.scan = new ScanController(
      doc,
      { load: () => platform.loadScreen(), forget: () => platform.forgetScreen() },
      async () => {
        const engine = await platform.loadEngine();
        this.engine = engine;
        return engine;
      },
      { changed: (added, removed) => this.changed(added, removed), settled: () => this.highlights.flush(), error: fail },
      (node) => this.cards?.owns(node) ?? false,
      ctx,
      style,
    );
    this.reporter = new FrameReporter(
      () => this.scan.mentions(),
      (count) => void platform.send('frame-report', count).catch(() => undefined),
      ctx,
    );
    ctx.onInvalidated(platform.watchSettings(quietly((s: Settings) => this.apply(s))));
    ctx.onInvalidated(platform.listen(this.handlers));
    ctx.onInvalidated(() => this.unmountCards());
    this.apply(settings);
  }

  private get host(): string {
    return this.doc.location?.hostname ?? '';
  }

  private get active(): boolean {
    return activeOn(this.settings, this.host);
  }

  /** Settings apply live: the style at once, on or off for this site by starting or stopping the scan. */
  apply(settings: Settings): void {
    this.settings = settings;
    this.highlights.setStyle(settings.highlightStyle);
    if (this.active) {
      this.scan.start();
    } else if (this.scan.running) {
      this.unmountCards();
      this.scan.stop(); // its mentions leave through changed()
      this.highlights.clear();
    }
  }

  private changed(added: PageMention[], removed: PageMention[]): void {
    this.highlights.apply(added, removed);
    if (added.length) this.mountCards();
    if (removed.length) this.cards?.removed(removed);
    this.reporter.changed();
  }

  private mountCards(): void {
    if (this.cards || !this.engine) return;
    this.cards = this.engine.mountCards(this.ctx, {
      find: (node, offset) => this.scan.at(node, offset),
      // Highlights the reader has hidden open no card on hover or tap (the keyboard's moves still do).
      hasMentions: () => this.highlights.shown && this.scan.hasMentions,
      mentions: () => this.scan.mentions(),
      settings: () => this.settings,
      markActive: (range) => this.highlights.markActive(range),
      openSheet: () => void this.platform.send('open-sheet', null).catch(() => undefined),
      disableSite: () => void this.platform.saveSettings(withSiteDisabled(this.settings, this.host, true)).catch(fail),
    });
  }

  private unmountCards(): void {
    this.cards?.unmount();
    this.cards = null;
  }

  /** The page's mentions in document order (a page has mentions only once the engine is there). */
  private ordered(): PageMention[] {
    const all = this.scan.mentions();
    return this.engine && all.length > 1 ? this.engine.inDocumentOrder(all) : all;
  }

  /** The content script's side of the message contract; the popup and the shortcuts talk to the top frame. */
  readonly handlers: Handlers<ContentMessages> = {
    status: (): FrameStatus => ({
      busy: this.scan.busy,
      count: this.scan.mentions().length,
      active: this.active,
      top: this.isTop,
      startedAt: this.scan.startedAt,
    }),
    'list-mentions': (): MentionList | undefined => {
      if (!this.isTop) return undefined;
      return {
        host: this.host,
        hostDisabled: !this.active,
        mentions: this.ordered().map((m, index) => ({
          index,
          aspect: m.mention.aspect,
          lang: m.mention.lang,
          phrase: m.mention.text,
          before: m.sentence.before,
          after: m.sentence.after,
        })),
      };
    },
    'focus-mention': (target) => (this.isTop ? this.focus(target) : undefined),
    'show-highlights': ({ shown }) => {
      this.highlights.setHidden(!shown);
      if (!this.isTop) return undefined; // one answer, and one announcement, per tab
      this.platform.announce(shown ? 'highlightsShown' : 'highlightsHidden');
      return { shown };
    },
  };

  private async focus(target: FocusTarget): Promise<{ focused: boolean }> {
    return { focused: this.cards ? await this.cards.focus(target) : false };
  }
}

/** Reads the settings, then builds the frame; nothing of it throws into the page. */
export async function startFrame(ctx: ContentScriptContext, platform: FramePlatform): Promise<Frame | null> {
  const settings = await platform.loadSettings();
  if (ctx.signal.aborted) return null;
  return new Frame(ctx, platform, settings);
}
