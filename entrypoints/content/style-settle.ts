// Our own change of the document's style (the highlights' sheet, added with the first mention)
// and when the browser has applied it. Style asked for in between (the scanner's
// checkVisibility) makes the asking task pay the whole document's restyle: on the 5 MB bench page
// one such task of ours took 771 ms, 754 of them restyling. So the scanner holds the blocks that
// need style for a few frames, and the browser restyles in its own rendering task.

/** What the scanner asks: null while style costs no more than usual; else a part to wait for. */
export interface StyleHold {
  readonly hold: { load(): Promise<void> } | null;
}

/**
 * How long after our change the blocks wait: a few frames. A timer, not requestAnimationFrame: a
 * callback of ours inside the rendering task would make that task, restyle and all, one of ours.
 * A hidden tab renders no frames; there the check pays the restyle anyway.
 */
const SETTLE_MS = 100;

export class StyleSettle implements StyleHold {
  hold: { load(): Promise<void> } | null = null;

  constructor(private win: Window) {}

  /** The document's style changes once `change` settles (either way). */
  changing(change: Promise<unknown>): void {
    const frames = () => new Promise<void>((resolve) => this.win.setTimeout(resolve, SETTLE_MS));
    // Failed, the sheet comes another way (the document adopts a copy), a change of style all the same.
    const done = change.then(frames, frames);
    const hold = { load: () => done };
    this.hold = hold;
    void done.then(() => {
      if (this.hold === hold) this.hold = null;
    });
  }
}
