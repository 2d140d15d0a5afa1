import type { FeedErrorCode } from './types.js';

/** The error `parseFeed` throws: an `Error` with a machine-readable `code`. */
export class FeedError extends Error {
  readonly code: FeedErrorCode;

  constructor(code: FeedErrorCode, message: string) {
    super(message);
    this.name = 'FeedError';
    this.code = code;
  }
}

const CODES: readonly string[] = ['not-a-feed', 'malformed', 'too-large', 'needs-dom'];

/**
 * XML and HTML that the string readers (xml-reader.ts, html-text.ts) hand
 * over are read with the browser's own parsers. Where there is no DOM
 * (Node, a worker) say so plainly instead of failing with a bare
 * ReferenceError: JSON Feeds, and well-formed RSS and Atom with plain item
 * HTML, need no DOM.
 */
export function requireDom(what: string): void {
  if (typeof DOMParser === 'function' && typeof document === 'object') return;
  throw new FeedError(
    'needs-dom',
    `parseFeed needs a DOM to read ${what}, and there is none here (Node or a worker). ` +
      'Parse the feed in a browser, or first set globalThis.DOMParser and globalThis.document (from jsdom or linkedom, say). JSON Feeds, and well-formed RSS and Atom with simple item HTML, need none.',
  );
}

/** True when `error` is a `FeedError` (or any error carrying one of its codes). */
export function isFeedError(error: unknown): error is FeedError {
  const code: unknown = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && CODES.includes(code);
}
