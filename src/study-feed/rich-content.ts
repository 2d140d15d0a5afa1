/**
 * Sanitised content for `rich`, loaded on first use: sanitize.ts and
 * DOMPurify are one chunk that cards without `rich` never fetch. The card
 * stays in its loading state until the content is ready (see `show`).
 */

/**
 * Every string of `pending` with its sanitised HTML, headings from
 * `headingLevel` down. A string DOMPurify cannot handle is left out (its
 * excerpt is shown instead).
 *
 * @throws whatever the import throws when the chunk cannot be loaded.
 */
export async function sanitizeContents(pending: string[], headingLevel: number): Promise<Map<string, string>> {
  const { loadSanitizer } = await import('./sanitize.js');
  const sanitize = await loadSanitizer();
  const next = new Map<string, string>();
  for (const dirty of pending) {
    try {
      next.set(dirty, sanitize(dirty, headingLevel));
    } catch {
      // leave it out: the excerpt is shown instead
    }
  }
  return next;
}
