/**
 * Text helpers only XML feeds need (RSS titles that hold HTML, Atom's xhtml
 * content), kept out of text.ts so that a JSON Feed page never loads them.
 */
import { escapeAttribute, escapeText } from '../shared/markup.js';
import { scanHtml, URL_ATTRIBUTES } from './html-text.js';
import { collapseWhitespace, fixC1Controls, parseHtmlFragment, textOfNode } from './text.js';
import { resolveUrl } from './urls.js';
import type { XmlElement, XmlNode } from './xml.js';

/**
 * Whether a text that should be plain looks like HTML instead (a closing
 * tag, a tag we know, or an entity reference): feeds often put HTML in RSS
 * titles, or escape them twice.
 */
export function looksLikeHtml(text: string): boolean {
  return /<\/[a-z][a-z0-9]*\s*>|<(?:br|img|hr|p|b|i|em|strong|a|span|div)\b[^>]*>|&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]+);/i.test(text);
}

/**
 * Plain text of an HTML fragment: tags stripped, entities decoded, white
 * space collapsed. With `limit`, reading stops once there is more than
 * `limit` characters of text (enough to clip a summary from).
 */
export function htmlToText(html: string, limit = Infinity): string {
  const scanned = scanHtml(html, undefined, limit);
  if (scanned) return collapseWhitespace(fixC1Controls(scanned.text));
  return collapseWhitespace(fixC1Controls(textOfNode(parseHtmlFragment(html), limit)));
}

/** A plain text value that may be HTML in disguise (see `looksLikeHtml`). */
export function plainTextOf(value: string): string {
  return looksLikeHtml(value) ? htmlToText(value) : collapseWhitespace(fixC1Controls(value));
}

const VOID_ELEMENTS = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
]);

/**
 * Serialise XML children (Atom `xhtml` content) as HTML, resolving URL
 * attributes against the `xml:base` in force at each element (`baseOf`).
 * Namespace declarations and prefixes are dropped: HTML has none.
 */
export function xhtmlToHtml(parent: XmlNode, baseOf: (element: XmlElement) => string | undefined): string {
  const out: string[] = [];
  const visit = (node: XmlNode): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3 || child.nodeType === 4) out.push(escapeText(child.nodeValue ?? ''));
      else if (child.nodeType === 1) serializeElement(child as XmlElement);
    }
  };
  const serializeElement = (element: XmlElement): void => {
    const name = element.localName;
    out.push(`<${name}`);
    for (const attribute of Array.from(element.attributes)) {
      if (attribute.name === 'xmlns' || attribute.prefix === 'xmlns' || attribute.prefix === 'xml') continue;
      const isUrl = URL_ATTRIBUTES.includes(attribute.localName);
      const value = isUrl ? resolveUrl(attribute.value, baseOf(element)) : attribute.value;
      out.push(` ${attribute.localName}="${escapeAttribute(value)}"`);
    }
    out.push('>');
    if (VOID_ELEMENTS.has(name)) return;
    visit(element);
    out.push(`</${name}>`);
  };
  visit(parent);
  return out.join('');
}
