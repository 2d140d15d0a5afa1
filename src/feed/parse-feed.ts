/**
 * `parseFeed`: RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 0.3/1.0 and JSON Feed
 * 1.0/1.1, as bytes or text, to one normalised `Feed`. Pure: it reads, never
 * renders, and never touches the live document (XML and HTML are parsed into
 * inert documents). Content stays unsanitised in `contentHtml`; everything
 * else is plain text. See SPEC section 1.
 */
import { decodeFeedBytes } from './decode.js';
import { parseXmlFeed } from './parse-xml-feed.js';
import { checkFeedSize, DEFAULT_MAX_BYTES, readFeedText } from './read-feed-text.js';
import type { Feed, ParseFeedOptions } from './types.js';

export type {
  Feed,
  FeedErrorCode,
  FeedFormat,
  FeedItem,
  ParseFeedOptions,
  StudyDetails,
  StudyLink,
  StudyMilestone,
} from './types.js';
export { FeedError, isFeedError } from './errors.js';
export { safeUrl } from './urls.js';
export { parseStudy } from './study.js';
export { parseFeedDate } from './dates.js';
export { DEFAULT_SUMMARY_LENGTH } from './text.js';

export { DEFAULT_MAX_BYTES } from './read-feed-text.js';

/**
 * Parse a feed.
 *
 * @param input the response body: bytes (decoded by BOM, then the
 *   Content-Type charset, then the XML declaration, then UTF-8) or text.
 * @param options `url` (the feed's URL, the base for relative URLs),
 *   `contentType` (for its charset), `maxBytes` (default 5 MB),
 *   `summaryLength` (default 280 characters).
 * @returns the normalised feed; `lenient: true` when ill-formed XML was read
 *   by the lenient fallback; `encoding` when bytes were decoded.
 * @throws FeedError (an `Error` with `code`): `too-large` over `maxBytes`,
 *   `not-a-feed` for anything that is not RSS, Atom or JSON Feed (an HTML
 *   page, other XML or JSON, empty input), `malformed` for a feed that
 *   cannot be read even leniently.
 */
export function parseFeed(input: string | ArrayBuffer | ArrayBufferView, options: ParseFeedOptions = {}): Feed {
  checkFeedSize(input, options.maxBytes ?? DEFAULT_MAX_BYTES);
  if (typeof input === 'string') return readFeedText(input.replace(/^\ufeff/, ''), options, undefined, parseXmlFeed);
  const bytes = input instanceof ArrayBuffer ? new Uint8Array(input) : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  const { text, encoding } = decodeFeedBytes(bytes, options.contentType);
  return readFeedText(text, options, encoding, parseXmlFeed);
}
