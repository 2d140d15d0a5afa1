/**
 * JSON Feed 1.0 and 1.1 (jsonfeed.org) to `Feed`: 1.1's `authors` and 1.0's
 * `author`, `content_html` / `content_text` / `summary`, and the `_study`
 * extension. Every field is type-checked: a wrong type is ignored.
 */
import { uniqueNames } from './authors.js';
import type { ReadContext } from './context.js';

/** What a JSON Feed needs of the read context: no xml:base here (context.ts stays on the XML side). */
type JsonContext = Pick<ReadContext, 'url' | 'summaryLength'>;
import { parseFeedDate } from './dates.js';
import { FeedError } from './errors.js';
import { arrayOf, isRecord, nonEmptyString, parseStudy } from './study.js';
import { clipText, collapseWhitespace, fixC1Controls, readHtml, textToHtml, type ReadHtml } from './text.js';
import type { Feed, FeedItem } from './types.js';
import { resolveUrl } from './urls.js';

/** Parse JSON text and read it as a JSON Feed; `malformed` for bad JSON, `not-a-feed` for other JSON. */
export function readJsonFeed(text: string, ctx: JsonContext): Omit<Feed, 'lenient' | 'encoding'> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new FeedError('malformed', 'The feed is not valid JSON.');
  }
  const problem = whyNotAJsonFeed(value);
  if (problem) throw new FeedError('not-a-feed', `This JSON is not a JSON Feed: ${problem}.`);
  const feed = value as Record<string, unknown>; // an object, as whyNotAJsonFeed checked
  const feedAuthors = authorsOf(feed);
  const study = parseStudy(feed['_study'], ctx.url);
  return {
    format: 'json',
    title: plain(feed['title']),
    url: url(feed['home_page_url'], ctx) ?? ctx.url ?? '',
    description: plain(feed['description']),
    items: arrayOf(feed['items'])
      .filter(isRecord)
      .map((item, index) => readItem(item, index, feedAuthors, ctx)),
    ...(study ? { study } : {}),
  };
}

/**
 * Why `value` is not a JSON Feed, in words for the error message, or
 * undefined when it is one: an object with an `items` list and, if any, a
 * `version` that is a jsonfeed.org URL or a bare version number. Feeds as
 * written say `"version": "1.0"` or `"1.1"` too (issue 11); any other
 * version names a different kind of JSON.
 */
function whyNotAJsonFeed(value: unknown): string | undefined {
  if (!isRecord(value)) return `it is ${Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'null' : `a ${typeof value}`}, not an object`;
  const version = value['version'];
  const knownVersion = typeof version === 'string' && (/jsonfeed\.org\/version\//i.test(version) || /^\s*\d+(?:\.\d+)*\s*$/.test(version));
  if (version !== undefined && !knownVersion) return `its "version" is ${JSON.stringify(version)}, not a JSON Feed version such as "https://jsonfeed.org/version/1.1"`;
  const items = value['items'];
  if (items === undefined) return 'it has no "items" list';
  if (!Array.isArray(items)) return `its "items" is not a list (it is ${items === null ? 'null' : `a ${typeof items}`})`;
  return undefined;
}

function readItem(item: Record<string, unknown>, index: number, feedAuthors: string[], ctx: JsonContext): FeedItem {
  const itemUrl = url(item['url'], ctx) ?? url(item['external_url'], ctx) ?? '';
  const title = plain(item['title']);
  const content = itemContent(item, ctx);
  const summary = nonEmptyString(item['summary']);
  const date = parseFeedDate(nonEmptyString(item['date_published']));
  const updated = parseFeedDate(nonEmptyString(item['date_modified']));
  const authors = authorsOf(item);
  const id = item['id'];
  return {
    id: (typeof id === 'string' && id.trim()) || (typeof id === 'number' ? String(id) : '') || itemUrl || title || `item-${index + 1}`,
    title,
    url: itemUrl,
    ...(date ?? updated ? { date: date ?? updated } : {}),
    ...(updated ? { updated } : {}),
    // JSON Feed 1.1: an item without authors has the feed's.
    authors: authors.length ? authors : feedAuthors,
    summary: clipText(summary ? collapseWhitespace(fixC1Controls(summary)) : (content?.text ?? ''), ctx.summaryLength),
    ...(content ? { contentHtml: content.html } : {}),
    categories: uniqueNames(arrayOf(item['tags']).map((t) => (typeof t === 'string' ? t : undefined))),
  };
}

/** `content_html` with URLs resolved, else `content_text` as escaped HTML; with its text. */
function itemContent(item: Record<string, unknown>, ctx: JsonContext): ReadHtml | undefined {
  const html = nonEmptyString(item['content_html']);
  if (html) return readHtml(html, ctx.url, nonEmptyString(item['summary']) ? 0 : ctx.summaryLength);
  const text = nonEmptyString(item['content_text']);
  return text ? { html: textToHtml(text), text: collapseWhitespace(fixC1Controls(text)) } : undefined;
}

/** 1.1's `authors` array, else 1.0's `author` object; each one's `name`, else its `url`. */
function authorsOf(owner: Record<string, unknown>): string[] {
  const list = Array.isArray(owner['authors']) ? owner['authors'] : isRecord(owner['author']) ? [owner['author']] : [];
  return uniqueNames(list.map((a) => (isRecord(a) ? (nonEmptyString(a['name']) ?? nonEmptyString(a['url'])) : undefined)));
}

/** A plain-text field: a string, white space collapsed; empty for anything else. */
function plain(value: unknown): string {
  return typeof value === 'string' ? collapseWhitespace(fixC1Controls(value)) : '';
}

function url(value: unknown, ctx: JsonContext): string | undefined {
  const text = nonEmptyString(value);
  return text ? resolveUrl(text, ctx.url) : undefined;
}

