import type { LoadPart } from '../../platform/parts';
import type { LazyPart } from '../../utils/messages';

export interface PartLoader<T> {
  (loadPart: LoadPart): Promise<T>;
  /** Lets go of the part, for the garbage collector (a later call loads it again). */
  forget(): void;
}

/**
 * Loads a lazily loaded part once per frame and takes the surface it leaves on the global (the
 * content-script world's: invisible to the page), which it then clears. A failed load may be
 * asked again later.
 */
export function partLoader<T>(part: LazyPart, global: string, is: (value: unknown) => value is T): PartLoader<T> {
  let loading: Promise<T> | null = null;
  const load = (loadPart: LoadPart): Promise<T> => {
    if (!loading) {
      loading = loadPart(part).then(() => {
        const value: unknown = Reflect.get(globalThis, global);
        Reflect.deleteProperty(globalThis, global);
        if (!is(value)) throw new Error(`${part} not registered`);
        return value;
      });
      loading.catch(() => {
        loading = null;
      });
    }
    return loading;
  };
  return Object.assign(load, {
    forget: () => {
      loading = null;
    },
  });
}
