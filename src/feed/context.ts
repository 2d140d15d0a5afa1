import { tryUrl } from './urls.js';
import { XML_NS, type XmlElement, type XmlNode } from './xml.js';

/** What the format readers need besides the document: the base URL and the summary length. */
export interface ReadContext {
  /** The feed's own URL, the outermost base for relative URLs. */
  url: string | undefined;
  /** Longest summary, in characters. */
  summaryLength: number;
  /** The base URL in force at an element (xml:base chain). */
  baseOf(node: XmlNode): string | undefined;
}

/** A read context for one document. */
export function createReadContext(url: string | undefined, summaryLength: number): ReadContext {
  // Weak: items read as the XML reader closes them must not be kept alive by their bases (see ElementTaker).
  const cache = new WeakMap<XmlNode, string | undefined>();
  return { url, summaryLength, baseOf: (node) => xmlBaseOf(node, url, cache) };
}

/**
 * The base URL in force at `node`: the document's URL, then every
 * `xml:base` from the root down to `node`, each resolved against the one
 * above it. Found by walking up to the nearest element with an `xml:base`:
 * most feeds have none, and the walk (a few elements, most without
 * attributes) cost less than the cache lookup per element it replaced.
 * `cache` remembers the bases of the elements that have one.
 */
export function xmlBaseOf(node: XmlNode, documentUrl: string | undefined, cache?: WeakMap<XmlNode, string | undefined>): string | undefined {
  let element = node.nodeType === 1 ? (node as XmlElement) : node.parentElement;
  while (element && (element.attributes.length === 0 || element.getAttributeNS(XML_NS, 'base') === null)) element = element.parentElement;
  if (!element) return documentUrl;
  if (cache?.has(element)) return cache.get(element);
  const parentBase = element.parentElement ? xmlBaseOf(element.parentElement, documentUrl, cache) : documentUrl;
  const base = resolveBase(element.getAttributeNS(XML_NS, 'base')!, parentBase);
  cache?.set(element, base);
  return base;
}

/** An `xml:base` value resolved against the base above it; an unusable value leaves that base in force. */
function resolveBase(value: string, parentBase: string | undefined): string | undefined {
  const absolute = tryUrl(value.trim(), parentBase);
  return absolute ? absolute.href : parentBase;
}
