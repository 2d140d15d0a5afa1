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

const CODES: readonly string[] = ['not-a-feed', 'malformed', 'too-large'];

/** True when `error` is a `FeedError` (or any error carrying one of its codes). */
export function isFeedError(error: unknown): error is FeedError {
  const code: unknown = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && CODES.includes(code);
}
