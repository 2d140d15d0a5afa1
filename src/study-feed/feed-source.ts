/** Where `<cf-study-feed>` gets its feed: `src` when it has one, else its inline JSON Feed child. */
import type { Feed } from '../feed/types.js';
import { readInlineFeed } from './inline-feed.js';
import { FeedLoadError, loadFeed, type LoadFeedOptions } from './load-feed.js';

/**
 * Fetch the feed at `url` (`src` resolved, undefined when `src` is not a
 * valid URL) with `options()` (read only then: they check the attributes
 * that only a fetch uses), or read the card's inline feed when `src` is
 * empty; `onInlineRead` gets the inline child as read (see `readInlineFeed`).
 *
 * @throws FeedLoadError
 */
export async function fetchCardFeed(card: Element, src: string, url: string | undefined, signal: AbortSignal, options: () => LoadFeedOptions, onInlineRead: (shown: string) => void): Promise<{ feed: Feed; fetchedAt: Date }> {
  if (!src.trim()) return { feed: await readInlineFeed(card, signal, onInlineRead), fetchedAt: new Date() };
  if (!url) throw new FeedLoadError('network', `src="${src}" is not a valid URL.`);
  return loadFeed(url, { ...options(), signal });
}
