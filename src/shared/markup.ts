/**
 * Writing untrusted text into HTML source (the feed's XHTML content, the
 * builder's snippets, JSON-LD): the few escapes every such writer needs, once.
 */

/** Text as HTML text content: `&`, `<` and `>` escaped. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text as the value of a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * JSON for the text of a `<script type="application/json">` or
 * `application/ld+json`: every `<` is written as `\u003c` (the same JSON
 * value), so a string holding `</script>` or `<!--` cannot end or confuse the
 * script element; U+2028 and U+2029 are escaped too, for older JavaScript
 * parsers that read JSON as script. `space` indents, as in JSON.stringify.
 */
export function scriptSafeJson(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
