import type { LoadPart } from '../../platform/parts';
import type { LazyPart } from '../../utils/messages';

/**
 * Loads a lazily loaded part once per frame and reads the surface it leaves on the global (the
 * content-script world's: invisible to the page). A failed load may be asked again later.
 */
export function partLoader<T>(part: LazyPart, global: string, is: (value: unknown) => value is T): (loadPart: LoadPart) => Promise<T> {
  let loading: Promise<T> | null = null;
  return (loadPart) => {
    if (!loading) {
      loading = loadPart(part).then(() => {
        const value: unknown = Reflect.get(globalThis, global);
        if (!is(value)) throw new Error(`the ${part} loaded but did not register`);
        return value;
      });
      loading.catch(() => {
        loading = null;
      });
    }
    return loading;
  };
}
