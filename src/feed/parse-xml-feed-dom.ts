/**
 * The XML side of `<cf-study-feed>` (loaded on first use, see
 * src/study-feed/xml-side.ts): parse-xml-feed.ts without the strict XML
 * reader. A card reads one feed, and the network dwarfs the parse; the
 * reader's 2 KB (gzip) would not. DOMParser, which the reader hands
 * everything it does not fully check, gives the same fields
 * (test/feed/xml-sides.test.ts) and works under Trusted Types.
 */
import { xmlFeedReader } from './xml-feed.js';

export { decodeFeedBytes } from './decode.js';

/**
 * Read XML feed text (RSS or Atom) into a `Feed`, without `encoding`, with DOMParser.
 *
 * @throws FeedError `not-a-feed` for an HTML page or other XML, `malformed`
 *   for a feed that cannot be read even leniently.
 */
export const parseXmlFeed = xmlFeedReader();
