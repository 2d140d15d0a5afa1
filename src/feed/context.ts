import { xmlBaseOf } from './urls.js';
import type { XmlElement, XmlNode } from './xml.js';

/** What the format readers need besides the document: the base URL and the summary length. */
export interface ReadContext {
  /** The feed's own URL, the outermost base for relative URLs. */
  url: string | undefined;
  /** Longest summary, in characters. */
  summaryLength: number;
  /** The base URL in force at an element (xml:base chain, memoised). */
  baseOf(node: XmlNode): string | undefined;
}

/**
 * A read context for one document. A `root` that says it has no `xml:base`
 * anywhere (the strict reader's, xml-reader.ts) gives the feed's URL for
 * every node without walking up the tree.
 */
export function createReadContext(url: string | undefined, summaryLength: number, root?: XmlElement): ReadContext {
  if (root?.xmlBaseFree) return { url, summaryLength, baseOf: () => url };
  const cache = new Map<XmlNode, string | undefined>();
  return { url, summaryLength, baseOf: (node) => xmlBaseOf(node, url, cache) };
}
