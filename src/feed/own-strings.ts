/**
 * The strings of a read feed in memory of their own. The strict reader
 * (xml-reader.ts) cuts text out of the input, and V8 keeps a whole string
 * alive as long as any piece of 13 or more characters cut from it is: one
 * kept title would hold a 5 MB feed (issue 14, trap 2). Copying is a memory
 * copy per string; short strings that repeat across items (authors,
 * categories) are kept once, so a parsed feed holds less than the DOM
 * parser's result did.
 */
import type { Feed, FeedItem } from './types.js';

type ReadFeed = Omit<Feed, 'lenient' | 'encoding'>;

/** `feed` with copies of its strings (see the module comment); the objects are changed in place and returned. */
export function ownStrings(feed: ReadFeed): ReadFeed {
  const shared = new Map<string, string>();
  const once = (text: string): string => {
    let kept = shared.get(text);
    if (kept === undefined) shared.set(text, (kept = copyOf(text)));
    return kept;
  };
  feed.title = copyOf(feed.title);
  feed.url = copyOf(feed.url);
  feed.description = copyOf(feed.description);
  for (const item of feed.items) ownItemStrings(item, once);
  return feed;
}

function ownItemStrings(item: FeedItem, once: (text: string) => string): void {
  item.id = copyOf(item.id);
  item.title = copyOf(item.title);
  item.url = copyOf(item.url);
  // The summary is a copy already (clipText): reading a clipped one here would flatten it to two bytes a character.
  if (item.contentHtml !== undefined) item.contentHtml = copyOf(item.contentHtml);
  item.authors = item.authors.map(once);
  item.categories = item.categories.map(once);
}

/**
 * A copy of `text` that shares no memory with the string it came from.
 * Long ones (item content): padding makes a new string and slicing it
 * flattens that into one copy, a memory copy (a join of two halves took 17
 * times as long); the slice's 32-byte header is nothing beside the text.
 * Short ones (titles, addresses): a join of two halves, which gives one
 * flat string without that header. V8 copies strings under 13 characters
 * anyway.
 */
export function copyOf(text: string): string {
  if (text.length < 13) return text;
  if (text.length >= 1024) return text.padEnd(text.length + 1).slice(0, -1);
  const half = text.length >> 1;
  return [text.slice(0, half), text.slice(half)].join('');
}
