/**
 * Translates feedparser's `Expect:` expressions into checks on our `Feed`.
 *
 * Rules (no per-file answers; every rule is about feedparser's names):
 *
 * 1. Structure. `a and b`: the clauses that translate are all checked, the
 *    others are skipped (so `not bozo and feed['title'] == 'x'` checks the
 *    title). `a or b` and `not a`: checked only when every part translates.
 *    A file is "checked" when at least one clause translates.
 * 2. Skipped: feedparser-only facts (`bozo`, `bozo_exception`, `*_detail`
 *    types, languages and bases, generator, cloud, image, textinput, tags,
 *    enclosures, contributors, e-mails, `guidislink`, `has_key`, dicts…),
 *    and string forms of dates (`entries[0]['updated']`), which feedparser
 *    passes through as written while we only keep the Date.
 * 3. Names (feedparser -> ours), with `entries[i]` -> `items[i]`:
 *    - feed title, title_detail.value                 -> feed.title        (text)
 *    - feed link                                      -> feed.url          (url)
 *    - feed subtitle, tagline, description (+ _detail.value) -> feed.description (text)
 *    - feed updated_parsed, modified_parsed           -> feed.updated      (date)
 *    - title, title_detail.value                      -> item.title        (text)
 *    - link                                           -> item.url          (url)
 *      (`links[0]` is skipped: it is the first link of any kind, not the alternate one)
 *    - id, guid                                       -> item.id           (exact)
 *    - summary, description, summary_detail.value     -> item.summary      (summary)
 *    - content[0].value                               -> item.contentHtml  (html)
 *    - author, author_detail.name, authors[k].name    -> item.authors[k]   (author)
 *    - published/issued/created_parsed                -> item.date         (date)
 *    - updated/modified_parsed                        -> item.updated ?? item.date (date; feedparser
 *      also falls back from updated to published)
 *    - len(entries)                                   -> items.length
 *    - version                                        -> format: rss09x/rss2x/rss -> rss2, rss10/rss090 -> rss1, atom* -> atom
 *    - encoding                                       -> feed.encoding     (encoding)
 *    - ord(X) == n                                    -> X is the single character n (text)
 * 4. Comparisons:
 *    - text: equal after removing all white space, either to the expected
 *      value or to its text content. feedparser keeps the markup of HTML
 *      titles and summaries; ours are plain text with white space collapsed.
 *    - summary: as text, except that a summary we clipped (ending in "…")
 *      passes when it is a prefix of the expected text.
 *    - url: equal after `new URL(x).href` normalisation on both sides
 *      (host case, IDN, percent-encoding).
 *    - html: equal after both sides are parsed and re-serialised by the
 *      browser's HTML parser (so `<br />` and `<br>` agree, URLs in href and
 *      src normalised as for url); or our HTML's text equals the expected
 *      value read as plain text (feedparser returns text/plain content as
 *      it is, where we give it as escaped HTML).
 *    - author: equal to the expected name, or to the name part of
 *      feedparser's "name (email)".
 *    - date: the first six fields of feedparser's UTC time tuple equal our
 *      Date's UTC year, month, day, hours, minutes, seconds.
 *    - encoding, by effect: the file's bytes decoded with the expected
 *      encoding and with ours give the same text (`us-ascii` and `utf-8` agree
 *      on ASCII bytes; feedparser says us-ascii for text/xml without charset,
 *      after RFC 3023, where we follow the XML declaration then UTF-8).
 *      UTF-32, unknown to TextDecoder, is compared by name.
 */
import type { Feed, FeedItem } from '../../../src/feed/parse-feed.js';
import { parsePython, type PyNode, type PyValue } from './python-expr.js';

/** What a check needs besides the feed: the file's body bytes (for encoding checks). */
export interface CheckInput {
  feed: Feed;
  body: Uint8Array;
}

/** A translated expression: run it to get `true` or a description of what differed. */
export type Check = (input: CheckInput) => true | string;

/** The result of translating one `Expect:` expression. */
export interface Translation {
  /** Undefined when nothing in the expression could be translated. */
  check?: Check;
  /** Human-readable reason when nothing translated. */
  reason?: string;
}

type Getter = (feed: Feed) => unknown;
type Comparison = 'text' | 'summary' | 'url' | 'html' | 'author' | 'date' | 'exact' | 'encoding' | 'version' | 'count';

interface Target {
  label: string;
  get: Getter;
  compare: Comparison;
}

/** Translate an `Expect:` expression (see the module comment for the rules). */
export function translateExpect(expression: string): Translation {
  let tree: PyNode;
  try {
    tree = parsePython(expression);
  } catch (error) {
    return { reason: `unparsable: ${String(error)}` };
  }
  const check = translateNode(tree);
  return check ? { check } : { reason: 'nothing translatable' };
}

function translateNode(node: PyNode): Check | undefined {
  switch (node.kind) {
    case 'and': {
      const checks = node.operands.map(translateNode).filter((c): c is Check => c !== undefined);
      if (checks.length === 0) return undefined;
      return (input) => {
        for (const check of checks) {
          const result = check(input);
          if (result !== true) return result;
        }
        return true;
      };
    }
    case 'or': {
      const checks = node.operands.map(translateNode);
      if (checks.some((c) => c === undefined)) return undefined;
      return (input) => {
        const results = (checks as Check[]).map((c) => c(input));
        return results.includes(true) ? true : results.join(' / ');
      };
    }
    case 'not': {
      const inner = translateNode(node.operand);
      return inner ? (input) => (inner(input) === true ? 'expected the opposite' : true) : undefined;
    }
    case 'compare':
      return translateComparison(node.op, node.left, node.right);
    default:
      return undefined;
  }
}

function translateComparison(op: string, left: PyNode, right: PyNode): Check | undefined {
  if (op !== '==' && op !== '!=') return undefined;
  if (right.kind !== 'literal') return undefined;
  const expected = right.value;
  let target: Target | undefined;
  let wantsCodePoint = false;
  if (left.kind === 'call' && left.callee.kind === 'name' && left.args.length === 1) {
    const fn = left.callee.name;
    const path = pathOf(left.args[0]!);
    if (fn === 'ord' && path && typeof expected === 'number') {
      target = targetFor(path);
      wantsCodePoint = true;
    } else if (fn === 'len' && path?.length === 1 && path[0] === 'entries') {
      target = { label: 'items.length', get: (feed) => feed.items.length, compare: 'count' };
    }
  } else {
    const path = pathOf(left);
    target = path ? targetFor(path) : undefined;
  }
  if (!target) return undefined;
  const comparison = target.compare;
  const expectedValue: PyValue = wantsCodePoint ? String.fromCodePoint(expected as number) : expected;
  if (expectedValue === null) return undefined; // `!= None` says nothing we keep
  const { label, get } = target;
  return (input) => {
    let actual: unknown;
    try {
      actual = get(input.feed);
    } catch {
      actual = undefined;
    }
    const equal = compareValues(comparison, actual, expectedValue, input);
    if (equal === (op === '==')) return true;
    return `${label}: got ${JSON.stringify(describe(actual))}, expected ${op === '!=' ? 'not ' : ''}${JSON.stringify(expectedValue)}`;
  };
}

function describe(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

/** `feed['a']['b']`, `entries[0].c` -> ['feed', 'a', 'b'] / ['entries', 0, 'c']; undefined for anything else. */
function pathOf(node: PyNode): Array<string | number> | undefined {
  if (node.kind === 'name') return [node.name];
  if (node.kind === 'attribute') {
    const base = pathOf(node.target);
    return base ? [...base, node.name] : undefined;
  }
  if (node.kind === 'subscript' && node.index.kind === 'literal') {
    const base = pathOf(node.target);
    const index = node.index.value;
    return base && (typeof index === 'string' || typeof index === 'number') ? [...base, index] : undefined;
  }
  return undefined;
}

const FEED_FIELDS: Record<string, Omit<Target, 'label'>> = {
  title: { get: (f) => f.title, compare: 'text' },
  'title_detail.value': { get: (f) => f.title, compare: 'text' },
  link: { get: (f) => f.url, compare: 'url' },
  subtitle: { get: (f) => f.description, compare: 'text' },
  'subtitle_detail.value': { get: (f) => f.description, compare: 'text' },
  tagline: { get: (f) => f.description, compare: 'text' },
  'tagline_detail.value': { get: (f) => f.description, compare: 'text' },
  description: { get: (f) => f.description, compare: 'text' },
  updated_parsed: { get: (f) => f.updated, compare: 'date' },
  modified_parsed: { get: (f) => f.updated, compare: 'date' },
};

const ITEM_FIELDS: Record<string, Omit<Target, 'label'> & { item: (i: FeedItem) => unknown }> = {
  title: { item: (i) => i.title, get: noop, compare: 'text' },
  'title_detail.value': { item: (i) => i.title, get: noop, compare: 'text' },
  link: { item: (i) => i.url, get: noop, compare: 'url' },
  id: { item: (i) => i.id, get: noop, compare: 'exact' },
  guid: { item: (i) => i.id, get: noop, compare: 'exact' },
  summary: { item: (i) => i.summary, get: noop, compare: 'summary' },
  description: { item: (i) => i.summary, get: noop, compare: 'summary' },
  'summary_detail.value': { item: (i) => i.summary, get: noop, compare: 'summary' },
  'content.0.value': { item: (i) => i.contentHtml, get: noop, compare: 'html' },
  author: { item: (i) => i.authors[0], get: noop, compare: 'author' },
  'author_detail.name': { item: (i) => i.authors[0], get: noop, compare: 'author' },
  published_parsed: { item: (i) => i.date, get: noop, compare: 'date' },
  issued_parsed: { item: (i) => i.date, get: noop, compare: 'date' },
  created_parsed: { item: (i) => i.date, get: noop, compare: 'date' },
  updated_parsed: { item: (i) => i.updated ?? i.date, get: noop, compare: 'date' },
  modified_parsed: { item: (i) => i.updated ?? i.date, get: noop, compare: 'date' },
};

function noop(): unknown {
  return undefined;
}

/** Our value for a feedparser path, per the table in the module comment. */
function targetFor(path: Array<string | number>): Target | undefined {
  const [root, ...rest] = path;
  if (root === 'encoding' && rest.length === 0) return { label: 'encoding', get: (f) => f.encoding, compare: 'encoding' };
  if (root === 'version' && rest.length === 0) return { label: 'format', get: (f) => f.format, compare: 'version' };
  if (root === 'feed') {
    const key = rest.join('.');
    const field = FEED_FIELDS[key];
    return field ? { label: `feed.${key}`, ...field } : undefined;
  }
  if (root === 'entries' && typeof rest[0] === 'number') {
    const index = rest[0];
    const key = rest.slice(1).join('.');
    const authorIndex = /^authors\.(\d+)\.name$/.exec(key);
    if (authorIndex) {
      const k = Number(authorIndex[1]);
      return { label: `items[${index}].authors[${k}]`, get: (f) => f.items[index]?.authors[k], compare: 'author' };
    }
    const field = ITEM_FIELDS[key];
    if (!field) return undefined;
    return { label: `items[${index}].${key}`, get: (f) => (f.items[index] ? field.item(f.items[index]!) : undefined), compare: field.compare };
  }
  return undefined;
}

function compareValues(comparison: Comparison, actual: unknown, expected: PyValue, input: CheckInput): boolean {
  switch (comparison) {
    case 'exact':
    case 'count':
      return actual === expected;
    case 'text':
      return typeof actual === 'string' && typeof expected === 'string' && sameText(actual, expected);
    case 'summary':
      return typeof actual === 'string' && typeof expected === 'string' && sameSummary(actual, expected);
    case 'url':
      return typeof actual === 'string' && typeof expected === 'string' && normaliseUrl(actual) === normaliseUrl(expected);
    case 'html':
      return typeof actual === 'string' && typeof expected === 'string' && sameHtml(actual, expected);
    case 'author':
      return typeof actual === 'string' && typeof expected === 'string' && (actual === expected || actual === nameOf(expected));
    case 'date':
      return actual instanceof Date && Array.isArray(expected) && sameDate(actual, expected);
    case 'version':
      return typeof expected === 'string' && actual === formatOfVersion(expected);
    case 'encoding':
      return typeof actual === 'string' && typeof expected === 'string' && sameEncoding(actual, expected, input.body);
  }
}

const noSpace = (text: string): string => text.replace(/[\s\u00a0]+/g, '');

function sameText(actual: string, expected: string): boolean {
  const ours = noSpace(actual);
  return ours === noSpace(expected) || ours === noSpace(textContentOf(expected));
}

function sameSummary(actual: string, expected: string): boolean {
  if (sameText(actual, expected)) return true;
  if (!actual.endsWith('\u2026')) return false;
  const prefix = noSpace(actual.slice(0, -1));
  return noSpace(expected).startsWith(prefix) || noSpace(textContentOf(expected)).startsWith(prefix);
}

/** Text content of HTML, by the browser's parser (independent of the code under test). */
function textContentOf(html: string): string {
  return new DOMParser().parseFromString(`<body>${html}`, 'text/html').body.textContent ?? '';
}

function sameHtml(actual: string, expected: string): boolean {
  return normaliseHtml(actual) === normaliseHtml(expected) || noSpace(textContentOf(actual)) === noSpace(expected);
}

function normaliseHtml(html: string): string {
  const body = new DOMParser().parseFromString(`<body>${html}`, 'text/html').body;
  for (const element of Array.from(body.querySelectorAll('[href], [src]'))) {
    for (const name of ['href', 'src']) {
      const value = element.getAttribute(name);
      if (value !== null) element.setAttribute(name, normaliseUrl(value));
    }
  }
  return body.innerHTML.trim();
}

function normaliseUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}

/** feedparser writes an author with an address as "name (email)". */
function nameOf(author: string): string {
  return author.replace(/\s*\([^()]*@[^()]*\)\s*$/, '').trim();
}

function sameDate(actual: Date, tuple: PyValue[]): boolean {
  const ours = [
    actual.getUTCFullYear(), actual.getUTCMonth() + 1, actual.getUTCDate(),
    actual.getUTCHours(), actual.getUTCMinutes(), actual.getUTCSeconds(),
  ];
  return ours.every((value, index) => value === tuple[index]);
}

function formatOfVersion(version: string): string | undefined {
  if (version === 'rss10' || version === 'rss090') return 'rss1';
  if (/^rss/.test(version)) return 'rss2';
  if (/^atom/.test(version)) return 'atom';
  if (/^json/.test(version)) return 'json';
  return undefined;
}

function sameEncoding(actual: string, expected: string, body: Uint8Array): boolean {
  const wide = /^utf-?32/i;
  if (wide.test(actual) || wide.test(expected)) return actual.toLowerCase() === expected.toLowerCase().replace('utf32', 'utf-32');
  try {
    return new TextDecoder(expected).decode(body) === new TextDecoder(actual).decode(body);
  } catch {
    return false;
  }
}
