/**
 * XML parsing with the browser's own parser (DOMParser, `application/xml`:
 * an inert document, no DTD fetching, no scripts), and small helpers to walk
 * the result by local name and namespace.
 */
import { parseInertDocument } from '../shared/trusted-types.js';
import { FeedError, requireDom } from './errors.js';
import { repairXml } from './lenient.js';

/** A parsed XML document and whether the lenient fallback was needed. */
export interface ParsedXml {
  doc: Document;
  lenient: boolean;
}

/**
 * Parse feed XML. Tries the text as it is, then the lenient repair (see
 * lenient.ts). Throws `malformed` when neither is well-formed.
 */
export function parseXml(text: string): ParsedXml {
  const prepared = prepareXmlText(text);
  const strict = tryParseXml(prepared);
  if (strict) return { doc: strict, lenient: false };
  const repaired = tryParseXml(repairXml(prepared));
  if (repaired) return { doc: repaired, lenient: true };
  throw new FeedError('malformed', 'The feed is not well-formed XML, even read leniently.');
}

/**
 * Undo what decoding already took care of: a BOM, white space before the
 * XML declaration (a fatal error for XML parsers, common in feeds made by
 * templates), and the declaration's `encoding` (the text is decoded already;
 * leaving "utf-16" there would confuse the parser).
 */
function prepareXmlText(text: string): string {
  return text
    .replace(/^[\ufeff\s]+/, '')
    .replace(/^(<\?xml[^>]*?)\s+encoding\s*=\s*(["'])[^"']*\2/, '$1');
}

/** The document, or undefined when the parser reports an error. */
function tryParseXml(text: string): Document | undefined {
  requireDom('RSS or Atom (XML)');
  const doc = parseInertDocument(text, 'application/xml');
  return doc.getElementsByTagName('parsererror').length > 0 || !doc.documentElement ? undefined : doc;
}

/** Element children of `parent`, in order. */
export function elementChildren(parent: Element): Element[] {
  const result: Element[] = [];
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) result.push(child);
  return result;
}

/** A test on an element's namespace URI. */
export type NamespaceTest = (namespaceUri: string | null) => boolean;

/** Children of `parent` with `localName` whose namespace passes `inNamespace`. */
export function childrenNamed(parent: Element, localName: string, inNamespace: NamespaceTest): Element[] {
  return elementChildren(parent).filter((c) => c.localName === localName && inNamespace(c.namespaceURI));
}

/** The first child of `parent` with `localName` in the namespace, if any. */
export function childNamed(parent: Element, localName: string, inNamespace: NamespaceTest): Element | undefined {
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
export function textOf(element: Element | undefined): string | undefined {
  return element ? (element.textContent ?? '') : undefined;
}
