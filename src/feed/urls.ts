/**
 * URL resolution (against `xml:base` and the feed's own URL) and the scheme
 * filter every link in the widget goes through.
 */

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/**
 * An absolute http(s) URL already written the way `new URL(...).href`
 * writes it, so resolving it would give it back unchanged, whatever the
 * base: a lower-case host name whose last label starts with a letter (not
 * an IP address), no port, user or `%`, a path with no `.` or `..`
 * segment, plain query and fragment characters (no `'` in the query, which
 * `new URL` escapes). A `new URL` per link was a
 * tenth of a parse (issue 14).
 */
const CANONICAL_HTTP_URL =
  /^https?:\/\/(?:[a-z0-9-]{1,63}\.)*[a-z][a-z0-9-]{0,62}\/(?:[A-Za-z0-9_~!$&'()*+,;=:@-]|\.(?![./?#]|$)|\/(?!\.))*(?:\?[A-Za-z0-9_~!$&()*+,;=:@/?.-]*)?(?:#[A-Za-z0-9_~!$&'()*+,;=:@/?.-]*)?$/;

/**
 * Resolve `url` against `base`. Returns the absolute URL, or the trimmed
 * input when it cannot be resolved (a relative URL with no usable base):
 * better to keep what the feed said than lose it.
 */
export function resolveUrl(url: string, base?: string): string {
  const trimmed = url.trim();
  if (!trimmed || CANONICAL_HTTP_URL.test(trimmed)) return trimmed;
  const absolute = tryUrl(trimmed, base);
  return absolute ? absolute.href : trimmed;
}

/**
 * Resolve `url` (against `base`, when given) and return it only when its
 * scheme is `http:`, `https:` or `mailto:`; otherwise `undefined`. Use it for
 * every link and source built from feed content: `javascript:`, `data:`,
 * `vbscript:`, `file:` and anything unresolvable are refused.
 */
export function safeUrl(url: string, base?: string): string | undefined {
  if (typeof url !== 'string') return undefined;
  const absolute = tryUrl(url.trim(), base);
  return absolute && SAFE_SCHEMES.has(absolute.protocol) ? absolute.href : undefined;
}

/** `new URL(url, base)` without throwing; an unusable base is ignored. */
export function tryUrl(url: string, base?: string): URL | undefined {
  try {
    return base ? new URL(url, base) : new URL(url);
  } catch {
    try {
      return new URL(url);
    } catch {
      return undefined;
    }
  }
}
