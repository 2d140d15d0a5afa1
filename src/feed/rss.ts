/**
 * RSS 0.9x / 2.0 and RSS 1.0 (RDF) to `Feed`. Core elements are matched by
 * local name in no namespace, the root's namespace or a known RSS namespace
 * (feeds use all three); extensions by their namespace: `content:encoded`,
 * `dc:creator`, `dc:date`, `dc:subject`, `atom:link`, `xhtml:body`.
 */
import { authorsOf as atomAuthorsOf } from './atom.js';
import { authorName, uniqueNames } from './authors.js';
import type { ReadContext } from './context.js';
import { parseRssDate } from './rss-dates.js';
import { clipText, collapseWhitespace, readHtml, textOfNode, type ReadHtml } from './text.js';
import { htmlToText, plainTextOf, xhtmlToHtml } from './xml-text.js';
import { numberUnnamed, type TakenItems } from './taken-items.js';
import type { Feed, FeedItem } from './types.js';
import { resolveUrl } from './urls.js';
import { childNamed, childrenNamed, namespaceIs, textOf, type NamespaceTest, type XmlElement } from './xml.js';
import type { ElementTaker } from './xml-reader.js';

const RSS_NAMESPACES = [
  'http://purl.org/rss/1.0/',
  'http://my.netscape.com/rdf/simple/0.9/',
  'http://backend.userland.com/rss2',
  'http://backend.userland.com/rss',
  'http://blogs.law.harvard.edu/tech/rss',
];
const RDF_NS = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const DC = namespaceIs('http://purl.org/dc/elements/1.1/', 'http://purl.org/dc/terms/');
const DCTERMS = namespaceIs('http://purl.org/dc/terms/');
const CONTENT = namespaceIs('http://purl.org/rss/1.0/modules/content/');
const ATOM = namespaceIs('http://www.w3.org/2005/Atom');
const XHTML = namespaceIs('http://www.w3.org/1999/xhtml');
const ITUNES = (ns: string | null): boolean => ns !== null && /itunes\.com\/dtds\/podcast-1\.0\.dtd$/i.test(ns);
const MEDIA = (ns: string | null): boolean => ns !== null && /^http:\/\/search\.yahoo\.com\/mrss\/?$/.test(ns);

/**
 * Read an RSS document whose root is `rss`, `rdf:RDF` or `channel`; with
 * `taken`, its items were read as the reader closed them (rssItemTaker)
 * and are not in the tree.
 */
export function readRss(root: XmlElement, ctx: ReadContext, taken?: TakenItems): Omit<Feed, 'lenient' | 'encoding'> {
  const core = coreNamespaceTest(root.namespaceURI);
  const channel = channelOf(root, core);
  // RSS 2.0 keeps items in the channel, RSS 1.0 beside it: those in the channel first.
  const items = taken
    ? taken.inChannel.concat(taken.inRoot)
    : (channel && channel !== root ? childrenNamed(channel, 'item', core).concat(childrenNamed(root, 'item', core)) : childrenNamed(root, 'item', core)).map(
        (item) => readItem(item, core, ctx),
      );
  return {
    format: root.localName === 'RDF' ? 'rss1' : 'rss2',
    title: channel ? plainTextOf(textOf(childNamed(channel, 'title', core) ?? childNamed(channel, 'title', DC)) ?? '') : '',
    url: channel ? channelLink(channel, core, ctx) : (ctx.url ?? ''),
    description: channel ? channelDescription(channel, core) : '',
    items: numberUnnamed(items),
    updated: channel ? (dateOf(channel, 'lastBuildDate', core) ?? dateOf(channel, 'pubDate', core) ?? dateOf(channel, 'date', DC) ?? dateOf(channel, 'modified', DCTERMS)) : undefined,
  };
}

function channelOf(root: XmlElement, core: NamespaceTest): XmlElement | undefined {
  return root.localName === 'channel' ? root : childNamed(root, 'channel', core);
}

/**
 * Reads the items of an RSS document whose root is `root` as the XML
 * reader closes them (see ElementTaker): those in the channel (the first,
 * as readRss reads) and those beside it.
 */
export function rssItemTaker(root: XmlElement, ctx: ReadContext, taken: TakenItems): ElementTaker {
  const core = coreNamespaceTest(root.namespaceURI);
  return {
    wants: (element) =>
      element.localName === 'item' && core(element.namespaceURI) && (element.parentElement === root || element.parentElement === channelOf(root, core)),
    take: (element) => (element.parentElement === root ? taken.inRoot : taken.inChannel).push(readItem(element, core, ctx)),
    // asked as the channel opens, before it joins the root: so known by its name and place
    holdsTaken: (element) => element === root || (element.parentElement === root && element.localName === 'channel' && core(element.namespaceURI)),
  };
}

/** `description`, else a podcast's `itunes:subtitle` or `itunes:summary`. */
function channelDescription(channel: XmlElement, core: NamespaceTest): string {
  const source = [
    childNamed(channel, 'description', core),
    childNamed(channel, 'subtitle', ITUNES),
    childNamed(channel, 'summary', ITUNES),
  ].find((e) => (e?.textContent ?? '').trim());
  return htmlToText(source?.textContent ?? '');
}

/** Core RSS elements: no namespace, the root's namespace, or one of the RSS namespaces. */
function coreNamespaceTest(rootNamespace: string | null): NamespaceTest {
  return (ns) => ns === null || ns === '' || (ns !== RDF_NS && ns === rootNamespace) || RSS_NAMESPACES.includes(ns);
}

function channelLink(channel: XmlElement, core: NamespaceTest, ctx: ReadContext): string {
  const link = childrenNamed(channel, 'link', core).find((l) => (l.textContent ?? '').trim());
  if (link) return resolveUrl(link.textContent ?? '', ctx.baseOf(link));
  const alternate = atomAlternate(channel, core, ctx);
  return alternate ?? ctx.url ?? '';
}

/**
 * An Atom-style link with `rel="alternate"` (or no rel), which some RSS
 * feeds use instead of a `link` with text: `atom:link`, or a plain `link`
 * written with an `href` attribute (issue 11).
 */
function atomAlternate(parent: XmlElement, core: NamespaceTest, ctx: ReadContext): string | undefined {
  const candidates = [...childrenNamed(parent, 'link', ATOM), ...childrenNamed(parent, 'link', core).filter((l) => l.getAttribute('href') !== null)];
  const link = candidates.find((l) => (l.getAttribute('rel')?.trim() || 'alternate') === 'alternate' && l.getAttribute('href')?.trim());
  const href = link?.getAttribute('href');
  return link && href ? resolveUrl(href, ctx.baseOf(link)) : undefined;
}

/** An item, with an empty id when it has no guid, link or title (numberUnnamed gives it one). */
function readItem(item: XmlElement, core: NamespaceTest, ctx: ReadContext): FeedItem {
  const description = firstWithText([
    childNamed(item, 'description', core),
    childNamed(item, 'description', DC),
    childNamed(item, 'summary', ITUNES),
    mediaChild(item, 'description'),
  ]);
  const described = description ? readHtml(description.textContent ?? '', ctx.baseOf(description), ctx.summaryLength) : undefined;
  // The content's text is only needed when the description has none.
  const content = itemContent(item, core, ctx, described?.text ? 0 : ctx.summaryLength);
  const url = itemLink(item, core, ctx);
  const guid = textOf(childNamed(item, 'guid', core))?.trim() || item.getAttributeNS(RDF_NS, 'about')?.trim();
  const title = plainTextOf(
    textOf(firstWithText([childNamed(item, 'title', core), childNamed(item, 'title', DC), mediaChild(item, 'title')])) ?? '',
  );
  // The first readable date, in order of preference.
  const date = dateOf(item, 'pubDate', core) ?? dateOf(item, 'date', DC) ?? dateOf(item, 'published', ATOM) ?? dateOf(item, 'issued', DCTERMS) ?? dateOf(item, 'created', DCTERMS);
  const updated = dateOf(item, 'modified', DCTERMS) ?? dateOf(item, 'updated', ATOM);
  const contentHtml = content?.html.trim() ? content.html : described?.html;
  return {
    id: guid || url || title,
    title,
    url,
    ...(date ?? updated ? { date: date ?? updated } : {}),
    ...(updated ? { updated } : {}),
    authors: itemAuthors(item, core),
    summary: clipText(described?.text || content?.text || '', ctx.summaryLength),
    ...(contentHtml?.trim() ? { contentHtml } : {}),
    categories: uniqueNames([
      ...childrenNamed(item, 'category', core).map((c) => plainTextOf(c.textContent ?? '')),
      ...childrenNamed(item, 'subject', DC).flatMap(subjectsOf),
    ]),
  };
}

/**
 * The item's address: `link`, else `atom:link`, else a `guid` that is a
 * permalink (RSS 2.0: unless `isPermaLink="false"`) and an absolute
 * http(s) URL, else RSS 1.0's `rdf:about`.
 */
function itemLink(item: XmlElement, core: NamespaceTest, ctx: ReadContext): string {
  const link = childrenNamed(item, 'link', core).find((l) => (l.textContent ?? '').trim());
  if (link) return resolveUrl(link.textContent ?? '', ctx.baseOf(link));
  const alternate = atomAlternate(item, core, ctx);
  if (alternate) return alternate;
  const guid = childNamed(item, 'guid', core);
  const guidText = (guid?.textContent ?? '').trim();
  if (guid && guid.getAttribute('isPermaLink')?.trim().toLowerCase() !== 'false' && /^https?:\/\//i.test(guidText)) {
    return resolveUrl(guidText);
  }
  const about = item.getAttributeNS(RDF_NS, 'about');
  return about && /^https?:\/\//i.test(about.trim()) ? resolveUrl(about) : '';
}

/**
 * The item's full content: `content:encoded` or the older `fullitem` (HTML
 * as text), else an inline `xhtml:body` (or `body` with no namespace), with
 * relative URLs resolved; its text read up to `textLimit` characters.
 */
function itemContent(item: XmlElement, core: NamespaceTest, ctx: ReadContext, textLimit: number): ReadHtml | undefined {
  const encoded = [childNamed(item, 'encoded', CONTENT), childNamed(item, 'fullitem', core)].find((e) => (e?.textContent ?? '').trim());
  if (encoded) return readHtml(encoded.textContent ?? '', ctx.baseOf(encoded), textLimit);
  const body = childNamed(item, 'body', XHTML) ?? childNamed(item, 'div', XHTML) ?? childNamed(item, 'body', core);
  if (!body) return undefined;
  return { html: xhtmlToHtml(body, (element) => ctx.baseOf(element)), text: collapseWhitespace(textOfNode(body, textLimit)) };
}

function itemAuthors(item: XmlElement, core: NamespaceTest): string[] {
  const sources = [
    ...childrenNamed(item, 'creator', DC),
    ...childrenNamed(item, 'author', core),
    ...childrenNamed(item, 'author', DC),
    ...childrenNamed(item, 'author', ITUNES),
  ];
  return uniqueNames([...sources.map((s) => authorName(s.textContent ?? '')), ...atomAuthorsOf(item, ATOM)]);
}

/** A `dc:subject`'s labels: one, or each `rdf:li` of the RDF list (Bag, Seq, Alt) it holds. */
function subjectsOf(subject: XmlElement): string[] {
  const list = subject.firstElementChild;
  if (!list || list.namespaceURI !== RDF_NS) return [plainTextOf(subject.textContent ?? '')];
  return childrenNamed(list, 'li', (ns) => ns === RDF_NS).map((li) => plainTextOf(li.textContent ?? ''));
}

/** The first element that has some text. */
function firstWithText(elements: Array<XmlElement | undefined>): XmlElement | undefined {
  return elements.find((e) => (e?.textContent ?? '').trim());
}

/** A Media RSS child (`media:title`, `media:description`), directly in the item or in its `media:group`. */
function mediaChild(item: XmlElement, localName: string): XmlElement | undefined {
  const group = childNamed(item, 'group', MEDIA);
  return childNamed(item, localName, MEDIA) ?? (group ? childNamed(group, localName, MEDIA) : undefined);
}

/** The date in the first child named `localName` in the namespace, if it is readable (no list of candidates to build per item). */
function dateOf(parent: XmlElement, localName: string, inNamespace: NamespaceTest): Date | undefined {
  return parseRssDate(textOf(childNamed(parent, localName, inNamespace)));
}
