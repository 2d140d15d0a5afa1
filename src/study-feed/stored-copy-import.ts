/**
 * The stored copy (stored-copy.ts) is loaded on first use: only cards with
 * `persist` need it, so the others never fetch it.
 */
export type StoredCopy = typeof import('./stored-copy.js');

/** How the chunk is imported; tests replace `load` to watch, hold or fail it. */
export const storedCopyImport = {
  load: (): Promise<StoredCopy> => import('./stored-copy.js'),
};

/**
 * A card's way to the stored copy's code: imported the first time it is
 * asked for; undefined when the import fails (after `onFail`, which warns),
 * and tried again the next time.
 */
export function storedCopyLoader(onFail: (error: unknown) => void): () => Promise<StoredCopy | undefined> {
  let loading: Promise<StoredCopy | undefined> | undefined;
  return () =>
    (loading ??= storedCopyImport.load().catch((error: unknown) => {
      loading = undefined;
      onFail(error);
      return undefined;
    }));
}
