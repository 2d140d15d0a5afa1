/**
 * Atom 1.0 (RFC 4287) and its predecessor Atom 0.3 to `Feed`. Elements are
 * matched in the root's namespace, so both versions share one reader:
 * 0.3's `tagline`, `issued`, `modified`, `created` and `mode="escaped" |
 * "base64" | "xml"` are read alongside 1.0's `subtitle`, `published`,
 * `updated` and `type="text" | "html" | "xhtml"`. `xml:base` applies on any
 * element (see urls.ts).
 */
import { authorName, uniqueNames } from './authors.js';
import type { ReadContext } from './context.js';
import { parseFeedDate } from './dates.js';
import { clipText, collapseWhitespace, fixC1Controls, readHtml, textOfNode, textToHtml } from './text.js';
import { xhtmlToHtml } from './xml-text.js';
import { numberUnnamed, type TakenItems } from './taken-items.js';
import type { Feed, FeedItem } from './types.js';
import { resolveUrl } from './urls.js';
import { childNamed, childrenNamed, elementChildren, type NamespaceTest, type XmlElement } from './xml.js';
import type { ElementTaker } from './xml-reader.js';

const XHTML_NS = 'http://www.w3.org/1999/xhtml';

/** An Atom text construct read both ways. */
interface AtomText {
  text: string;
  html: string;
}

/**
 * Read an Atom document whose root is `feed`; with `taken`, its entries
 * were read as the reader closed them (atomEntryTaker) and are not in the tree.
 */
export function readAtom(root: XmlElement, ctx: ReadContext, taken?: TakenItems): Omit<Feed, 'lenient' | 'encoding'> {
  const atom = atomNamespace(root);
  const feedAuthors = authorsOf(root, atom);
  const entries = taken ? taken.inRoot : childrenNamed(root, 'entry', atom).map((entry) => readEntry(entry, atom, ctx));
  // RFC 4287 4.2.1: an entry without authors (of its own or its source's) inherits the feed's, which may come after it.
  for (const entry of entries) if (!entry.authors.length) entry.authors = feedAuthors;
  return {
    format: 'atom',
    title: readText(childNamed(root, 'title', atom), ctx)?.text ?? '',
    url: alternateLink(root, atom, ctx) ?? ctx.url ?? '',
    description: readText(childNamed(root, 'subtitle', atom) ?? childNamed(root, 'tagline', atom), ctx)?.text ?? '',
    items: numberUnnamed(entries),
    updated: firstDate(root, ['updated', 'modified'], atom),
  };
}

/** Elements in the root's namespace (Atom 1.0 or 0.3). */
function atomNamespace(root: XmlElement): NamespaceTest {
  const rootNs = root.namespaceURI;
  return (ns) => ns === rootNs;
}

/** Reads the entries of an Atom document whose root is `root` as the XML reader closes them (see ElementTaker). */
export function atomEntryTaker(root: XmlElement, ctx: ReadContext, taken: TakenItems): ElementTaker {
  const atom = atomNamespace(root);
  return {
    wants: (element) => element.localName === 'entry' && element.parentElement === root && atom(element.namespaceURI),
    take: (element) => taken.inRoot.push(readEntry(element, atom, ctx)),
    holdsTaken: (element) => element === root,
  };
}

/** An entry, with an empty id when it has no id, link or title (numberUnnamed gives it one), and no authors when it inherits the feed's. */
function readEntry(entry: XmlElement, atom: NamespaceTest, ctx: ReadContext): FeedItem {
  const title = readText(childNamed(entry, 'title', atom), ctx)?.text ?? '';
  const url = alternateLink(entry, atom, ctx) ?? contentSource(entry, atom, ctx) ?? '';
  const summary = readText(childNamed(entry, 'summary', atom), ctx);
  const content = readText(childNamed(entry, 'content', atom), ctx);
  const published = firstDate(entry, ['published', 'issued', 'created'], atom);
  const updated = firstDate(entry, ['updated', 'modified'], atom);
  const source = childNamed(entry, 'source', atom);
  const authors = authorsOf(entry, atom);
  const contentHtml = content?.html.trim() ? content.html : summary?.html.trim() ? summary.html : undefined;
  return {
    id: entryId(entry, atom, ctx) || url || title,
    title,
    url,
    ...(published ?? updated ? { date: published ?? updated } : {}),
    ...(updated ? { updated } : {}),
    // RFC 4287 4.2.1: an entry without authors inherits its source's, then the feed's (readAtom).
    authors: authors.length || !source ? authors : authorsOf(source, atom),
    summary: clipText(summary?.text || content?.text || '', ctx.summaryLength),
    ...(contentHtml ? { contentHtml } : {}),
    categories: uniqueNames(
      childrenNamed(entry, 'category', atom).map((c) => c.getAttribute('label') ?? c.getAttribute('term') ?? c.textContent ?? ''),
    ),
  };
}

/** The entry's id; a relative one (against the spec, but seen) is resolved like any other URL. */
function entryId(entry: XmlElement, atom: NamespaceTest, ctx: ReadContext): string {
  const id = childNamed(entry, 'id', atom);
  const text = (id?.textContent ?? '').trim();
  if (!id || !text) return '';
  return /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : resolveUrl(text, ctx.baseOf(id));
}

/**
 * The `link` with `rel="alternate"` (the default when `rel` is absent),
 * preferring an HTML one when there are several; resolved against the
 * link's own `xml:base`.
 */
function alternateLink(parent: XmlElement, atom: NamespaceTest, ctx: ReadContext): string | undefined {
  const alternates = childrenNamed(parent, 'link', atom).filter(
    (l) => (l.getAttribute('rel')?.trim() || 'alternate') === 'alternate' && l.getAttribute('href') !== null,
  );
  const link = alternates.find((l) => /html/i.test(l.getAttribute('type') ?? 'text/html')) ?? alternates[0];
  return link ? resolveUrl(link.getAttribute('href') ?? '', ctx.baseOf(link)) : undefined;
}

/** `content src="…"`: out-of-line content, the entry's address when it has no alternate link. */
function contentSource(entry: XmlElement, atom: NamespaceTest, ctx: ReadContext): string | undefined {
  const content = childNamed(entry, 'content', atom);
  const src = content?.getAttribute('src');
  return content && src ? resolveUrl(src, ctx.baseOf(content)) : undefined;
}

/** Names of Atom `author` elements (their `name`, else `email`), as written; RSS items carry them too. */
export function authorsOf(parent: XmlElement, atom: NamespaceTest): string[] {
  return uniqueNames(
    childrenNamed(parent, 'author', atom).map((author) => {
      const name = childNamed(author, 'name', atom)?.textContent ?? '';
      const email = childNamed(author, 'email', atom)?.textContent ?? '';
      const hasParts = childNamed(author, 'name', atom) || childNamed(author, 'email', atom);
      return collapseWhitespace(hasParts ? name || email : authorName(author.textContent ?? ''));
    }),
  );
}

/**
 * A text construct as text and as HTML, whatever its declared type:
 * `text` / `text/plain`, `html` / `text/html` / `mode="escaped"`, `xhtml` /
 * `application/xhtml+xml` / `mode="xml"` with markup, and Atom 0.3's
 * `mode="base64"`. URLs in the HTML are resolved against the element's base.
 */
export function readText(element: XmlElement | undefined, ctx: ReadContext): AtomText | undefined {
  if (!element) return undefined;
  const type = (element.getAttribute('type') ?? '').trim().toLowerCase() || 'text';
  const mode = (element.getAttribute('mode') ?? '').trim().toLowerCase();
  const base = ctx.baseOf(element);
  if (type === 'xhtml' || type === 'application/xhtml+xml' || (mode === 'xml' && elementChildren(element).length > 0 && type !== 'text')) {
    // Atom 1.0's `xhtml` wraps the content in one xhtml:div that is not part of it; Atom 0.3 has no such wrapper.
    const children = elementChildren(element);
    const wrapper = children[0];
    const unwrap = type === 'xhtml' && children.length === 1 && wrapper?.localName === 'div' && wrapper.namespaceURI === XHTML_NS;
    const root = unwrap ? wrapper : element;
    return { text: collapseWhitespace(fixC1Controls(textOfNode(root))), html: xhtmlToHtml(root, (el) => ctx.baseOf(el)).trim() };
  }
  if (type === 'html' || type === 'text/html' || mode === 'escaped') {
    const raw = mode === 'base64' ? decodeBase64Utf8(element.textContent ?? '') : (element.textContent ?? '');
    return readHtml(raw.trim(), base);
  }
  // Plain text; or, RFC 4287 4.1.3.3, base64 content of another media type, read as text when it is UTF-8.
  const isText = type === 'text' || type.startsWith('text/') || /[+/]xml$/.test(type);
  const raw = mode === 'base64' || !isText ? decodeBase64Utf8(element.textContent ?? '') : (element.textContent ?? '');
  const text = collapseWhitespace(fixC1Controls(raw));
  return { text, html: text ? textToHtml(fixC1Controls(raw)) : '' };
}

function decodeBase64Utf8(value: string): string {
  try {
    const binary = atob(value.replace(/\s+/g, ''));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return '';
  }
}

function firstDate(parent: XmlElement, names: string[], atom: NamespaceTest): Date | undefined {
  for (const name of names) {
    const date = parseFeedDate(childNamed(parent, name, atom)?.textContent);
    if (date) return date;
  }
  return undefined;
}
