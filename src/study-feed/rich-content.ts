/**
 * Sanitised content for `rich`, loaded on first use: sanitize.ts, DOMPurify
 * and Lit's unsafeHTML are one chunk that cards without `rich` never fetch.
 * The card stays in its loading state until the content is ready (see `show`).
 */
import type { DirectiveResult } from 'lit/directive.js';

/**
 * Every string of `pending` as sanitised HTML ready to render (see `sanitizeAll`).
 *
 * @throws whatever the import throws when the chunk cannot be loaded.
 */
export async function sanitizeContents(pending: string[], headingLevel: number): Promise<Map<string, DirectiveResult>> {
  const { sanitizeAll } = await import('./sanitize.js');
  return sanitizeAll(pending, headingLevel);
}
