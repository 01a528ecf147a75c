// Runs work in short slices when the page is idle, so a long scan never blocks input.
export const SLICE_MS = 5;

type IdleWindow = Window & {
  requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number;
  cancelIdleCallback?: (id: number) => void;
};

export class SliceScheduler {
  private pending = false;
  private stopped = false;

  /** `step` does a bounded unit of work and returns false once nothing is left; then `onIdle` runs. */
  constructor(
    private win: Window,
    private step: () => boolean,
    private onError: (e: unknown) => void,
    private onIdle: () => void = () => undefined,
  ) {}

  schedule(): void {
    if (this.pending || this.stopped) return;
    this.pending = true;
    const w = this.win as IdleWindow;
    const run = () => this.run();
    if (typeof w.requestIdleCallback === 'function') w.requestIdleCallback(run, { timeout: 300 });
    else w.setTimeout(run, 16);
  }

  stop(): void {
    this.stopped = true;
  }

  private run(): void {
    this.pending = false;
    if (this.stopped) return;
    const until = performance.now() + SLICE_MS;
    try {
      let more = true;
      while (more && performance.now() < until) more = this.step();
      if (more) this.schedule();
      else this.onIdle();
    } catch (e) {
      this.onError(e);
    }
  }
}
