/**
 * A module loaded on first use (its own chunk), then at hand without waiting:
 * `lazy.now ?? (await lazy.load())` runs on in the same tick once it has
 * loaded, which an optimistic change needs (it must show before any refetch
 * can land). Pages load such modules once they have drawn, so the first use
 * rarely waits; pages that never use them never download them.
 */
export type LazyModule<T> = { readonly now: T | undefined; load: () => Promise<T> };

export function lazyModule<T>(importModule: () => Promise<T>): LazyModule<T> {
  let loaded: T | undefined;
  return {
    get now() {
      return loaded;
    },
    load: async () => (loaded ??= await importModule()),
  };
}
