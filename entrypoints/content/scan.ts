import { pageMentionSites, pageMentionSitesInSteps, pageMightMention } from '../../utils/detect/page-prefilter';
import type { Lifetime } from './quiet';
import type { Screen } from '../../utils/detect/screen';
import type { Finder } from './engine-port';
import { PageScanner, type Detector, type PageMention, type ScannerEvents, type Stage } from './scanner';
import type { StyleHold } from './style-settle';

/**
 * The scan of one frame: the page's text through the page pre-filter, then the screen and the
 * full detector, each fetched the first time a block needs it, mentions out as events. It starts
 * and stops with the settings, and stops for good with the content script's context.
 */
export class ScanController {
  private scanner: PageScanner | null = null;
  private began: number | null = null;
  private readonly detector: Detector;

  constructor(
    private doc: Document,
    /** Brings the screen, when a block first passes the pre-filter; lets it go once the full detector is here. */
    screenPart: { load: () => Promise<Screen>; forget: () => void },
    /** Brings the full detector; asked once, when a block first passes the screen. */
    loadFinder: () => Promise<Finder>,
    private events: ScannerEvents,
    /** Our own UI's nodes: their changes are not the page's. */
    private ignore: (node: Node) => boolean,
    lifetime: Lifetime,
    private style: StyleHold | null = null,
  ) {
    const screen: Stage = {
      test: null,
      load: async () => {
        const loaded = await screenPart.load();
        screen.test = (text) => loaded.test(text, pageMentionSites(text));
      },
    };
    const detector: Detector = {
      screen,
      mightMention: pageMightMention,
      hits: pageMentionSitesInSteps,
      mentionsInSteps: null,
      load: async () => {
        const finder = await loadFinder();
        detector.mentionsInSteps = finder.mentionsInSteps;
        detector.preparePageContext = finder.preparePageContext;
        // the full detector answers for itself from now on (scanner.ts screened)
        detector.screen = undefined;
        screenPart.forget();
      },
    };
    this.detector = detector;
    lifetime.onInvalidated(() => this.stop());
  }

  get running(): boolean {
    return this.scanner !== null;
  }

  start(): void {
    if (this.scanner) return;
    this.began = this.doc.defaultView?.performance.now() ?? null;
    this.scanner = new PageScanner(this.doc, this.detector, this.events, this.ignore, this.style);
    this.scanner.start();
  }

  /** Stops watching the page; its mentions leave through `changed` as removed. */
  stop(): void {
    const scanner = this.scanner;
    this.scanner = null;
    scanner?.stop();
  }

  /** Work is queued: the scan is not over yet. */
  get busy(): boolean {
    return this.scanner?.busy ?? false;
  }

  /** When the scan began, on the page's clock (performance.now()); null before. */
  get startedAt(): number | null {
    return this.began;
  }

  /** Cheap: pointer moves ask it. */
  get hasMentions(): boolean {
    return this.scanner?.hasMentions ?? false;
  }

  mentions(): PageMention[] {
    return this.scanner?.all() ?? [];
  }

  /** The mention under a DOM point, if any. */
  at(node: Node, offset: number): PageMention | null {
    return this.scanner?.at(node, offset) ?? null;
  }
}
