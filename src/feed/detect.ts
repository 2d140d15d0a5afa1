/**
 * Format detection from the content itself: servers label feeds as
 * `text/html`, `text/plain`, `application/octet-stream`…, so the
 * Content-Type is never trusted for the format.
 */

/** What a document looks like before it is parsed. */
export type Syntax = 'json' | 'xml' | 'html' | 'unknown';

/**
 * An XML declaration (or none) and white space before the first element:
 * the general reading below gives the same element, after stripping
 * comments, processing instructions and doctypes from the first 4 KB (a
 * tenth of a 1 KB parse).
 */
const USUAL_PROLOG = /^(?:<\?xml[^?>]{0,3000}\?>)?\s*<([A-Za-z_][\w.:-]*)/;

/** Sniff the syntax from the first non-blank characters (and comments, for markup). */
export function sniffSyntax(text: string): Syntax {
  const start = text.replace(/^[\ufeff\s]+/, '');
  // A JSON list is no feed either, but reading it as JSON lets the error say why (see json-feed.ts).
  if (start.startsWith('{') || /^\[\s*[[{"\d\-\]tfn]/.test(start)) return 'json';
  if (!start.startsWith('<')) return 'unknown';
  // Most feeds open with an XML declaration, if any, then the root: read its name at once.
  const usual = USUAL_PROLOG.exec(start)?.[1];
  if (usual) return usual.toLowerCase() === 'html' ? 'html' : 'xml';
  // The first element decides: an HTML doctype in front of an <rss> is a template's mistake, not a page.
  const head = start.slice(0, 4096).replace(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!doctype[^>]*>/gi, ' ');
  const firstElement = /<([A-Za-z_][\w.:-]*)/.exec(head)?.[1]?.toLowerCase();
  if (firstElement === 'html' || (!firstElement && /^<!doctype\s+html\b/i.test(start))) return 'html';
  return 'xml';
}
