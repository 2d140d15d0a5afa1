/**
 * The attributes of `<cf-study-feed>`, read and checked. Each value is
 * checked when the element uses it (one warning for a bad value such as
 * `max-items="abc"`), so a value set from script is checked as well.
 */
import { DEFAULT_TIMEOUT } from './load-feed.js';

/**
 * Number attributes: a missing or empty attribute gives the default; anything
 * else is read with `Number()`. Not reflected, so a page's bad value stays as
 * written (for the warning) instead of becoming "NaN".
 */
export function numberAttribute(fallback: number): { fromAttribute(value: string | null): number; toAttribute(value: number): string } {
  return {
    fromAttribute: (value) => (value === null || value.trim() === '' ? fallback : Number(value)),
    toAttribute: (value) => String(value),
  };
}

/** The element's `warn`: one console warning per problem, saying how to fix it. */
type Warn = (key: string, message: string) => void;

export const DEFAULT_MAX_ITEMS = 3;
const MAX_ITEMS_LIMIT = 50;

/** `max-items`: a whole number of 1 or more (at most 50), else the default. `written` is the attribute as the page wrote it, for the warning. */
export function checkedMaxItems(value: number, written: string | null, warn: Warn): number {
  if (Number.isInteger(value) && value >= 1) return Math.min(value, MAX_ITEMS_LIMIT);
  warn('max-items', `max-items="${written ?? String(value)}" is not a whole number of 1 or more; the latest ${DEFAULT_MAX_ITEMS} updates are shown. Use for example max-items="5".`);
  return DEFAULT_MAX_ITEMS;
}

/** `timeout`: milliseconds above 0, else the default. */
export function checkedTimeout(value: number, written: string | null, warn: Warn): number {
  if (Number.isFinite(value) && value > 0) return value;
  warn('timeout', `timeout="${written ?? String(value)}" is not a number of milliseconds above 0; ${DEFAULT_TIMEOUT} is used. Use for example timeout="15000".`);
  return DEFAULT_TIMEOUT;
}

/** `refresh`: seconds between refetches (at least 1), or 0 for none. */
export function checkedRefresh(value: number, written: string | null, warn: Warn): number {
  if (value === 0) return 0;
  if (Number.isFinite(value) && value > 0) return Math.max(1, value);
  warn('refresh', `refresh="${written ?? String(value)}" is not a number of seconds above 0; the feed is only fetched again on demand. Use for example refresh="300".`);
  return 0;
}

/** `proxy`: a URL template with `{url}` (trimmed), else '' (no proxy) with a warning. */
export function checkedProxy(value: string, warn: Warn): string {
  const proxy = value.trim();
  if (!proxy || proxy.includes('{url}')) return proxy;
  warn('proxy', `proxy="${proxy}" has no {url} placeholder, so it is not used. Write it as for example proxy="https://proxy.example.org/?url={url}".`);
  return '';
}
