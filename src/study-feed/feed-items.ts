/** Which of a feed's updates `<cf-study-feed>` shows, in what order, and which are new. */
import type { Feed, FeedItem } from '../feed/types.js';

/** Newest first by date (a stable sort: undated items keep their place after the dated ones). */
export function latestFirst(items: FeedItem[]): FeedItem[] {
  if (!items.some((item) => item.date)) return items;
  return items
    .map((item, index) => ({ item, index, time: item.date?.getTime() ?? Number.NEGATIVE_INFINITY }))
    .sort((a, b) => b.time - a.time || a.index - b.index)
    .map((entry) => entry.item);
}

const sortedItems = new WeakMap<Feed, FeedItem[]>();

/** The latest `count` updates of `feed` (sorted once per feed: `items` is read on every render). */
export function latestItems(feed: Feed, count: number): FeedItem[] {
  let sorted = sortedItems.get(feed);
  if (!sorted) {
    sorted = latestFirst(feed.items);
    sortedItems.set(feed, sorted);
  }
  return sorted.slice(0, count);
}

/**
 * The ids of the updates to mark "New": dated ones after `since` (the
 * reader's last visit), undated ones not in `known` (the ids seen before).
 */
export function newItemIds(feed: Feed, since: Date, known: ReadonlySet<string> | undefined): Set<string> {
  const ids = new Set<string>();
  for (const item of feed.items) {
    const isNew = item.date ? item.date.getTime() > since.getTime() : known !== undefined && !known.has(item.id);
    if (isNew) ids.add(item.id);
  }
  return ids;
}

/** The latest `count` updates of `feed` not in `shown` (the ids on the card now). */
export function unseenItems(feed: Feed, count: number, shown: ReadonlySet<string>): FeedItem[] {
  return latestItems(feed, count).filter((item) => !shown.has(item.id));
}
