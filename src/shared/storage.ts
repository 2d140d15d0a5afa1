/**
 * Storage for the `persist` attribute.
 *
 * Privacy: nothing is stored unless the page opts in with `persist`; callers
 * only reach this module when it is set. Robustness: `localStorage` may be
 * missing (sandboxed iframes, some privacy modes), may throw on access
 * (blocked cookies) or on write (quota full). None of that may break a
 * widget, so every access is guarded and failures come back as values.
 */

const PREFIX = 'critical-friend';

/** The storage key for one element: made from its tag and its `id` (SPEC 1). */
export function storageKey(tagName: string, id: string): string {
  return `${PREFIX}:${tagName.toLowerCase()}:${id}`;
}

export type StorageResult<T> = { ok: true; value: T | undefined } | { ok: false; reason: string };

function localStorageOrThrow(): Storage {
  const storage = globalThis.localStorage;
  if (!storage) throw new Error('localStorage is not available on this page');
  return storage;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Read and parse a stored JSON value. Missing key: `{ ok: true, value: undefined }`. */
export function readStored<T>(key: string): StorageResult<T> {
  try {
    const text = localStorageOrThrow().getItem(key);
    if (text === null) return { ok: true, value: undefined };
    return { ok: true, value: JSON.parse(text) as T };
  } catch (error) {
    return { ok: false, reason: reasonOf(error) };
  }
}

/** Store a value as JSON. A full or blocked storage gives `{ ok: false }`. */
export function writeStored(key: string, value: unknown): StorageResult<never> {
  try {
    localStorageOrThrow().setItem(key, JSON.stringify(value));
    return { ok: true, value: undefined };
  } catch (error) {
    return { ok: false, reason: reasonOf(error) };
  }
}

/** Remove a stored value ("Clear my answers"). */
export function removeStored(key: string): StorageResult<never> {
  try {
    localStorageOrThrow().removeItem(key);
    return { ok: true, value: undefined };
  } catch (error) {
    return { ok: false, reason: reasonOf(error) };
  }
}
