/**
 * The XML side of the feed parser (src/feed/parse-xml-feed-dom.ts: DOMParser
 * only, 2 KB lighter than parseFeed's, with the same fields), loaded on
 * first use: a JSON Feed card never fetches it, and an RSS or Atom card
 * starts fetching it when the feed's fetch starts, so that both arrive
 * together. A failed load is forgotten, so "Try again" loads it again.
 */
import { charsetLabel } from '../feed/content-type.js';
import { readFeedText } from '../feed/read-feed-text.js';
import type { Feed, ParseFeedOptions } from '../feed/types.js';

export type XmlSide = typeof import('../feed/parse-xml-feed-dom.js');

/** How the chunk is imported; tests replace `load` to watch or fail it. */
export const xmlSideImport = {
  load: (): Promise<XmlSide> => import('../feed/parse-xml-feed-dom.js'),
};

let pending: Promise<XmlSide> | undefined;

/** The XML side, imported once (again after a failure). The promise is marked handled: callers that never await it raise no unhandled rejection. */
export function loadXmlSide(): Promise<XmlSide> {
  if (!pending) {
    const loading = xmlSideImport.load();
    pending = loading;
    loading.catch(() => {
      if (pending === loading) pending = undefined;
    });
  }
  return pending;
}

/** True when the URL names a JSON document (`.json`), so the XML side is not worth fetching before the body says otherwise. */
export function targetsJson(url: string): boolean {
  try {
    return /\.json$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/**
 * The text of a body that is plainly UTF-8 JSON (no other charset, no other
 * byte order mark, valid UTF-8, starting with `{` or `[`), which the JSON side
 * reads without the XML side's decoder; undefined for anything else.
 */
export function plainJsonText(bytes: Uint8Array, contentType: string): string | undefined {
  const charset = charsetLabel(contentType);
  if (charset && !/^utf-?8$/i.test(charset)) return undefined;
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (start < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[start]!)) start++;
  if (bytes[start] !== 0x7b && bytes[start] !== 0x5b) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Parse a fetched body as `parseFeed` would: plain UTF-8 JSON at once, else
 * with the XML side that `xmlSide` gives (started with the fetch, or loaded now).
 *
 * @throws FeedError as `parseFeed`; whatever the import throws when the XML side cannot be loaded.
 */
export async function parseFetchedFeed(bytes: Uint8Array, options: ParseFeedOptions & { contentType: string }, xmlSide: () => Promise<XmlSide>): Promise<Feed> {
  const json = plainJsonText(bytes, options.contentType);
  if (json !== undefined) return readFeedText(json, options, 'utf-8');
  const side = await xmlSide();
  const { text, encoding } = side.decodeFeedBytes(bytes, options.contentType);
  return readFeedText(text, options, encoding, side.parseXmlFeed);
}

/** Forget the loaded XML side, so that the next `loadXmlSide()` imports it again through `xmlSideImport` (tests). */
export function forgetXmlSide(): void {
  pending = undefined;
}
