/**
 * The stored copy (stored-copy.ts) is loaded on first use: only cards with
 * `persist` need it, so the others never fetch it.
 */
export type StoredCopy = typeof import('./stored-copy.js');

/** How the chunk is imported; tests replace `load` to watch, hold or fail it. */
export const storedCopyImport = {
  load: (): Promise<StoredCopy> => import('./stored-copy.js'),
};
