// Our failures stay ours: never thrown into the page, never a console error on it.

/** Where every caught failure goes: a debug line in a development build, nothing in a release. */
export function fail(e: unknown): void {
  if (import.meta.env.DEV) console.debug('[kursk-context]', e);
}

/** The same function, its throws caught (for listeners and callbacks the browser calls). */
export function quietly<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    try {
      fn(...args);
    } catch (e) {
      fail(e);
    }
  };
}

/** What a controller needs of WXT's content-script context: its end. */
export interface Lifetime {
  readonly signal: AbortSignal;
  onInvalidated(cb: () => void): () => void;
}
