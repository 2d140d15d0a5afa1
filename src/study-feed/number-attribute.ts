/**
 * Number attributes: a missing or empty attribute gives the default; anything
 * else is read with `Number()` and checked where it is used (one warning for
 * a bad value such as `max-items="abc"`). Not reflected, so a page's bad
 * value stays as written (for the warning) instead of becoming "NaN".
 */
export function numberAttribute(fallback: number): { fromAttribute(value: string | null): number; toAttribute(value: number): string } {
  return {
    fromAttribute: (value) => (value === null || value.trim() === '' ? fallback : Number(value)),
    toAttribute: (value) => String(value),
  };
}
