/**
 * XML parsing: the strict reader of xml-reader.ts (when the caller passes
 * it) for the well-formed feeds it fully checks, else the browser's own parser (DOMParser,
 * `application/xml`: an inert document, no DTD fetching, no scripts) and
 * its lenient repair; and small helpers to walk the result by local name
 * and namespace. The readers see either tree through XmlElement, the few
 * DOM members they use.
 */
import { parseInertDocument } from '../shared/trusted-types.js';
import { FeedError, requireDom } from './errors.js';
import { repairXml } from './lenient.js';

/** The DOM members of a node the format readers use: a DOM Node has them, and so does xml-reader.ts's light tree. */
export interface XmlNode {
  readonly nodeType: number;
  readonly nodeValue: string | null;
  readonly textContent: string | null;
  readonly parentElement: XmlElement | null;
  readonly firstChild: XmlNode | null;
  readonly lastChild: XmlNode | null;
  readonly nextSibling: XmlNode | null;
  readonly previousSibling: XmlNode | null;
}

/** An attribute as the readers see it (a DOM Attr has these members). */
export interface XmlAttribute {
  readonly name: string;
  readonly prefix: string | null;
  readonly localName: string;
  readonly value: string;
}

/** The DOM members of an element the format readers use. */
export interface XmlElement extends XmlNode {
  readonly localName: string;
  readonly namespaceURI: string | null;
  readonly firstElementChild: XmlElement | null;
  readonly nextElementSibling: XmlElement | null;
  readonly attributes: ArrayLike<XmlAttribute> & Iterable<XmlAttribute>;
  getAttribute(name: string): string | null;
  getAttributeNS(namespace: string | null, localName: string): string | null;
}

/** The namespace of `xml:` names such as `xml:base`. */
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** A parsed XML document's root element, whether the lenient fallback was needed, and whether the strict reader read it. */
export interface ParsedXml {
  root: XmlElement;
  lenient: boolean;
  /** True when the strict reader read the document (and handed its taker the elements it wanted); else DOMParser did, and all elements are in the tree. */
  taken: boolean;
}

/**
 * Parse feed XML. Tries the strict reader, when given (xml-reader.ts; it
 * answers undefined for what it does not fully check), then DOMParser on the
 * text as it is, then on the lenient repair (see lenient.ts). Throws
 * `malformed` when none reads it.
 */
export function parseXml(text: string, readStrict?: (text: string) => XmlElement | undefined): ParsedXml {
  const trimmed = text.slice(LEADING_SPACE.exec(text)![0].length);
  const read = readStrict?.(trimmed);
  if (read) return { root: read, lenient: false, taken: true };
  const prepared = prepareXmlText(trimmed);
  const strict = tryParseXml(prepared);
  if (strict) return { root: strict.documentElement, lenient: false, taken: false };
  const repaired = tryParseXml(repairXml(prepared));
  if (repaired) return { root: repaired.documentElement, lenient: true, taken: false };
  throw new FeedError('malformed', 'The feed is not well-formed XML, even read leniently.');
}

/** A BOM and white space before the XML declaration; cut off, not replaced: replacing copied the whole text. */
const LEADING_SPACE = /^[\ufeff\s]*/;

/**
 * Undo what decoding already took care of: a BOM, white space before the
 * XML declaration (a fatal error for XML parsers, common in feeds made by
 * templates), and the declaration's `encoding` (the text is decoded already;
 * leaving "utf-16" there would confuse the parser).
 */
export function prepareXmlText(text: string): string {
  return text
    .slice(LEADING_SPACE.exec(text)![0].length)
    .replace(/^(<\?xml[^>]*?)\s+encoding\s*=\s*(["'])[^"']*\2/, '$1');
}

/** The document, or undefined when the parser reports an error. Exported for the differential test. */
export function tryParseXml(text: string): Document | undefined {
  requireDom('RSS or Atom (XML)');
  const doc = parseInertDocument(text, 'application/xml');
  return doc.getElementsByTagName('parsererror').length > 0 || !doc.documentElement ? undefined : doc;
}

/** Element children of `parent`, in order. */
export function elementChildren(parent: XmlElement): XmlElement[] {
  const result: XmlElement[] = [];
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) result.push(child);
  return result;
}

/** A test on an element's namespace URI. */
export type NamespaceTest = (namespaceUri: string | null) => boolean;

/** Children of `parent` with `localName` whose namespace passes `inNamespace`. */
export function childrenNamed(parent: XmlElement, localName: string, inNamespace: NamespaceTest): XmlElement[] {
  // One walk, no list of all children to filter: the readers ask this a dozen times per item.
  const result: XmlElement[] = [];
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    if (child.localName === localName && inNamespace(child.namespaceURI)) result.push(child);
  }
  return result;
}

/** The first child of `parent` with `localName` in the namespace, if any. */
export function childNamed(parent: XmlElement, localName: string, inNamespace: NamespaceTest): XmlElement | undefined {
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    if (child.localName === localName && inNamespace(child.namespaceURI)) return child;
  }
  return undefined;
}

/** A namespace test for exactly these URIs. */
export function namespaceIs(...uris: string[]): NamespaceTest {
  return (ns) => ns !== null && uris.includes(ns);
}

/** The text content of `element` (undefined when there is no element). */
export function textOf(element: XmlElement | undefined): string | undefined {
  return element ? (element.textContent ?? '') : undefined;
}
