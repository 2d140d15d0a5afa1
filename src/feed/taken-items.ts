/**
 * A feed's items as the XML reader hands them over, each read when its
 * element closes (see ElementTaker in xml-reader.ts), so that no tree of all
 * items is ever held (issue 14: at 5 MB that tree made a byte cost up to
 * twice what it cost at 1 MB).
 */
import type { FeedItem } from './types.js';

export interface TakenItems {
  /** RSS items in the channel, in order. */
  readonly inChannel: FeedItem[];
  /** RSS items that are the root's children (RSS 1.0), or Atom entries, in order. */
  readonly inRoot: FeedItem[];
}

/**
 * Give each item without an id, a link or a title the id `item-N` (its
 * place in the feed, from 1). Done once all are read: an item read as it
 * closes does not know its place yet (an RSS 1.0 item beside the channel
 * comes after all the channel's items, which may come later in the text).
 */
export function numberUnnamed(items: FeedItem[]): FeedItem[] {
  items.forEach((item, index) => {
    if (!item.id) item.id = `item-${index + 1}`;
  });
  return items;
}
