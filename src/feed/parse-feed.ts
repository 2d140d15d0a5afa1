/**
 * `parseFeed`: RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 0.3/1.0 and JSON Feed
 * 1.0/1.1, as bytes or text, to one normalised `Feed`. Pure: it reads, never
 * renders, and never touches the live document (XML and HTML are parsed into
 * inert documents). Content stays unsanitised in `contentHtml`; everything
 * else is plain text. See SPEC section 1.
 */
import { readAtom } from './atom.js';
import { createReadContext } from './context.js';
import { decodeFeedBytes } from './decode.js';
import { formatOfRoot, looksLikeHtmlPage, sniffSyntax } from './detect.js';
import { FeedError } from './errors.js';
import { readJsonFeed } from './json-feed.js';
import { readRss } from './rss.js';
import { DEFAULT_SUMMARY_LENGTH } from './text.js';
import type { Feed, ParseFeedOptions } from './types.js';
import { parseXml } from './xml.js';

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

/** The default size limit: 5 MB. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

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
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const { text, encoding } = toText(input, options.contentType, maxBytes);
  const ctx = createReadContext(options.url, options.summaryLength ?? DEFAULT_SUMMARY_LENGTH);
  const syntax = sniffSyntax(text);
  if (syntax === 'json') return finish(readJsonFeed(text, ctx), false, encoding);
  if (syntax === 'html') throw new FeedError('not-a-feed', 'This is an HTML page, not a feed.');
  if (syntax === 'unknown') throw new FeedError('not-a-feed', text.trim() ? 'This is not a feed.' : 'The feed is empty.');
  let parsed;
  try {
    parsed = parseXml(text);
  } catch (error) {
    if (looksLikeHtmlPage(text)) throw new FeedError('not-a-feed', 'This is an HTML page, not a feed.');
    throw error;
  }
  const format = formatOfRoot(parsed.root);
  if (!format) throw new FeedError('not-a-feed', `<${parsed.root.localName}> is not a feed's root element.`);
  const read = format === 'atom' ? readAtom(parsed.root, ctx) : readRss(parsed.root, ctx);
  return finish(read, parsed.lenient, encoding);
}

/** The input as text, after the size check (bytes are checked before decoding). */
function toText(
  input: string | ArrayBuffer | ArrayBufferView,
  contentType: string | undefined,
  maxBytes: number,
): { text: string; encoding?: string } {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > maxBytes) {
    throw new FeedError('too-large', `The feed is ${formatSize(size)}, over the limit of ${formatSize(maxBytes)}.`);
  }
  if (typeof input === 'string') return { text: input.replace(/^\ufeff/, '') };
  const bytes = input instanceof ArrayBuffer ? new Uint8Array(input) : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  return decodeFeedBytes(bytes, contentType);
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}

/** Add the parse facts and drop undefined optional fields, so the result compares and serialises cleanly. */
function finish(read: Omit<Feed, 'lenient' | 'encoding'>, lenient: boolean, encoding: string | undefined): Feed {
  const feed: Feed = { ...read };
  if (feed.updated === undefined) delete feed.updated;
  if (lenient) feed.lenient = true;
  if (encoding) feed.encoding = encoding;
  return feed;
}
