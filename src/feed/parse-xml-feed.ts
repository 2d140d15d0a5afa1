/**
 * The XML side of `parseFeed`: the strict XML reader (xml-reader.ts) first,
 * which reads a well-formed feed several times faster than DOMParser (issue
 * 14), then DOMParser with its lenient fallback; RSS 0.9x/1.0/2.0, Atom
 * 0.3/1.0 and the byte decoding with legacy encodings. `parseFeed` imports
 * it statically. `<cf-study-feed>` loads parse-xml-feed-dom.ts instead.
 */
import { xmlFeedReader } from './xml-feed.js';
import { readXml } from './xml-reader.js';

export { decodeFeedBytes } from './decode.js';
export { formatOfRoot, looksLikeHtmlPage, OWN_STRINGS_FROM } from './xml-feed.js';

/**
 * Read XML feed text (RSS or Atom) into a `Feed`, without `encoding`.
 *
 * @throws FeedError `not-a-feed` for an HTML page or other XML, `malformed`
 *   for a feed that cannot be read even leniently.
 */
export const parseXmlFeed = xmlFeedReader(readXml);
