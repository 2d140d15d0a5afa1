/**
 * What both XML sides share (parse-xml-feed.ts for `parseFeed`,
 * parse-xml-feed-dom.ts for `<cf-study-feed>`): XML feed text to a `Feed`
 * with DOMParser and its lenient fallback, RSS 0.9x/1.0/2.0 and Atom
 * 0.3/1.0, and, given the strict reader (xml-reader.ts), that reader first.
 */
import { atomEntryTaker, readAtom } from './atom.js';
import { createReadContext, type ReadContext } from './context.js';
import { FeedError } from './errors.js';
import { ownStrings } from './own-strings.js';
import { finishFeed } from './read-feed-text.js';
import { readRss, rssItemTaker } from './rss.js';
import type { TakenItems } from './taken-items.js';
import { DEFAULT_SUMMARY_LENGTH } from './text.js';
import type { Feed, FeedFormat, ParseFeedOptions } from './types.js';
import { parseXml, type XmlElement } from './xml.js';
import type { ElementTaker, readXml } from './xml-reader.js';

/** The strict reader's signature: the type only, so that this module does not carry the reader. */
export type StrictXmlReader = typeof readXml;

/**
 * A reader of XML feed text (RSS or Atom) into a `Feed`, without
 * `encoding`: with `readStrict` first (handing it the feed's items as they
 * close), then DOMParser; without it, DOMParser alone, which gives the same
 * fields (test/feed/xml-reader.test.ts, test/feed/xml-sides.test.ts).
 *
 * The reader throws FeedError `not-a-feed` for an HTML page or other XML,
 * `malformed` for a feed that cannot be read even leniently.
 */
export function xmlFeedReader(readStrict?: StrictXmlReader): (text: string, options: ParseFeedOptions) => Feed {
  return (text, options) => readXmlFeed(text, options, readStrict);
}

function readXmlFeed(text: string, options: ParseFeedOptions, readStrict: StrictXmlReader | undefined): Feed {
  const ctx = createReadContext(options.url, options.summaryLength ?? DEFAULT_SUMMARY_LENGTH);
  const taken: TakenItems = { inChannel: [], inRoot: [] };
  let parsed;
  try {
    parsed = parseXml(text, readStrict && ((trimmed) => readStrict(trimmed, itemTaker(ctx, taken))));
  } catch (error) {
    if (looksLikeHtmlPage(text)) throw new FeedError('not-a-feed', 'This is an HTML page, not a feed.');
    throw error;
  }
  const root = parsed.root;
  const format = formatOfRoot(root);
  if (!format) throw new FeedError('not-a-feed', `<${root.localName}> is not a feed's root element.`);
  const items = parsed.taken ? taken : undefined;
  const read = format === 'atom' ? readAtom(root, ctx, items) : readRss(root, ctx, items);
  return finishFeed(text.length >= OWN_STRINGS_FROM ? ownStrings(read) : read, parsed.lenient, undefined);
}

/**
 * Reads a feed's items (or entries) as the XML reader closes them, with the
 * format's own taker, chosen when the reader opens the root.
 */
function itemTaker(ctx: ReadContext, taken: TakenItems): ElementTaker {
  let formatTaker: ElementTaker | undefined;
  return {
    wants: (element) => formatTaker!.wants(element),
    take: (element) => formatTaker!.take(element),
    holdsTaken(element) {
      formatTaker ??= takerFor(element, ctx, taken); // first asked about the root
      return formatTaker.holdsTaken(element);
    },
  };
}

function takerFor(root: XmlElement, ctx: ReadContext, taken: TakenItems): ElementTaker {
  const format = formatOfRoot(root);
  if (format === 'atom') return atomEntryTaker(root, ctx, taken);
  return format ? rssItemTaker(root, ctx, taken) : { wants: () => false, take: () => undefined, holdsTaken: () => false };
}

/**
 * Inputs from this length on have their kept strings copied off the input
 * (own-strings.ts: one kept title would hold a 5 MB feed). A smaller input
 * kept alive costs less than the result itself, and the copies were a tenth
 * of a 1 KB parse.
 */
export const OWN_STRINGS_FROM = 64 * 1024;

/** Whether markup that failed to parse as XML is an HTML page rather than a broken feed. */
export function looksLikeHtmlPage(text: string): boolean {
  const head = text.slice(0, 4096);
  return /<(?:html|head|body)[\s>]/i.test(head) && !/<(?:rss|feed|rdf:RDF)[\s>]/i.test(head);
}

/** The feed format of an XML document's root element, or undefined when it is no feed we read. */
export function formatOfRoot(root: XmlElement): Exclude<FeedFormat, 'json'> | undefined {
  switch (root.localName) {
    case 'rss':
    case 'channel':
      return 'rss2';
    case 'RDF':
      return 'rss1';
    case 'feed':
      return 'atom';
    default:
      return undefined;
  }
}
