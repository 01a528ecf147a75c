import type { FrameCount } from '../../utils/messages';
import type { Lifetime } from './quiet';
import { countByAspect } from './report';
import type { PageMention } from './scanner';

/** Changes within this long are reported as one: a scan finds mentions in bursts. */
export const REPORT_DELAY_MS = 150;

/**
 * The badge's share of this frame: its count, sent once changes have paused. A page that never
 * mentions the topic sends nothing at all.
 */
export class FrameReporter {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastReported = 0;

  constructor(
    private mentions: () => PageMention[],
    private send: (count: FrameCount) => void,
    private lifetime: Lifetime,
  ) {
    lifetime.onInvalidated(() => clearTimeout(this.timer));
  }

  changed(): void {
    if (this.timer !== undefined || this.lifetime.signal.aborted) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.report();
    }, REPORT_DELAY_MS);
  }

  private report(): void {
    const mentions = this.mentions();
    if (mentions.length === 0 && this.lastReported === 0) return;
    this.lastReported = mentions.length;
    this.send({ count: mentions.length, byAspect: countByAspect(mentions) });
  }
}
