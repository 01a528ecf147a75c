// Our own change of the document's style (the highlights' sheet, added with the first mention)
// and when the browser has applied it. Style asked for in between (the scanner's
// checkVisibility) makes the asking task pay the whole document's restyle: on the 5 MB bench page
// one such task of ours took 771 ms, 754 of them restyling. So the scanner holds the blocks that
// need style until a frame has rendered, which restyles in the browser's own rendering task.

/** What the scanner asks: null while style costs no more than usual; else a part to wait for. */
export interface StyleHold {
  readonly hold: { load(): Promise<void> } | null;
}

/** Long enough for a frame; a hidden tab renders none, and there the check pays the restyle anyway. */
const FRAME_WAIT_MS = 250;

export class StyleSettle implements StyleHold {
  hold: { load(): Promise<void> } | null = null;

  constructor(private win: Window) {}

  /** The document's style changes once `change` settles (either way). */
  changing(change: Promise<unknown>): void {
    // Failed, the sheet comes another way (the document adopts a copy), a change of style all the same.
    const done = change.then(
      () => this.afterFrame(),
      () => this.afterFrame(),
    );
    const hold = { load: () => done };
    this.hold = hold;
    void done.then(() => {
      if (this.hold === hold) this.hold = null;
    });
  }

  private afterFrame(): Promise<void> {
    return new Promise((resolve) => {
      const timer = this.win.setTimeout(resolve, FRAME_WAIT_MS);
      // After the frame's rendering: a task queued from requestAnimationFrame runs once it is done.
      this.win.requestAnimationFrame(() =>
        this.win.setTimeout(() => {
          this.win.clearTimeout(timer);
          resolve();
        }, 0),
      );
    });
  }
}
