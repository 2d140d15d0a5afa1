/**
 * The strings of a read feed in memory of their own. The strict reader
 * (xml-reader.ts) cuts text out of the input, and V8 keeps a whole string
 * alive as long as any piece of 13 or more characters cut from it is: one
 * kept title would hold a 5 MB feed (issue 14, trap 2). Copying is a memory
 * copy per string; short strings that repeat across items (authors,
 * categories) are kept once, so a parsed feed holds less than the DOM
 * parser's result did.
 */
import { copyOf } from './text.js';
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
