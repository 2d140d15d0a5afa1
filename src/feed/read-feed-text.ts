/**
 * The part of `parseFeed` every reader needs: the size check, syntax
 * detection and the JSON side. The XML side (RSS, Atom, legacy encodings
 * and the lenient fallback: parse-xml-feed.ts with the strict XML reader for
 * `parseFeed`, parse-xml-feed-dom.ts without it for the card) is passed in,
 * so that `<cf-study-feed>` can load it on first use and a JSON Feed page never
 * fetches it, while `parseFeed` stays synchronous.
 */
import { sniffSyntax } from './detect.js';
import { FeedError } from './errors.js';
import { readJsonFeed } from './json-feed.js';
import { DEFAULT_SUMMARY_LENGTH } from './text.js';
import type { Feed, ParseFeedOptions } from './types.js';

/** The default size limit: 5 MB. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** Reads XML feed text into a `Feed` (with `lenient` set when the fallback was used). */
export type XmlFeedReader = (text: string, options: ParseFeedOptions) => Feed;

/** Throw `too-large` when the input is over `maxBytes` (bytes are checked before decoding). */
export function checkFeedSize(input: string | ArrayBuffer | ArrayBufferView, maxBytes: number): void {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > maxBytes) {
    throw new FeedError('too-large', `The feed is ${formatSize(size)}, over the limit of ${formatSize(maxBytes)}.`);
  }
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}

/**
 * Read decoded feed text: JSON here, XML with `readXml`. Without `readXml`
 * the caller has made sure the text is not XML (see load-feed.ts).
 */
export function readFeedText(text: string, options: ParseFeedOptions, encoding?: string, readXml?: XmlFeedReader): Feed {
  const syntax = sniffSyntax(text);
  if (syntax === 'json') {
    return finishFeed(readJsonFeed(text, { url: options.url, summaryLength: options.summaryLength ?? DEFAULT_SUMMARY_LENGTH }), false, encoding);
  }
  if (syntax === 'html') throw new FeedError('not-a-feed', 'This is an HTML page, not a feed.');
  if (syntax === 'unknown') throw new FeedError('not-a-feed', text.trim() ? 'This is not a feed.' : 'The feed is empty.');
  if (!readXml) throw new FeedError('malformed', 'The XML feed reader is not loaded.');
  return finishFeed(readXml(text, options), false, encoding);
}

/** Add the parse facts and drop undefined optional fields, so the result compares and serialises cleanly. */
export function finishFeed(read: Omit<Feed, 'lenient' | 'encoding'>, lenient: boolean, encoding: string | undefined): Feed {
  const feed: Feed = { ...read };
  if (feed.updated === undefined) delete feed.updated;
  if (lenient) feed.lenient = true;
  if (encoding) feed.encoding = encoding;
  return feed;
}
