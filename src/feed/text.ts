/**
 * Text and HTML helpers: plain text from HTML (for titles and summaries),
 * clipping, escaping, and resolving relative URLs inside HTML content.
 * HTML is only ever parsed into an inert document (see parseHtmlFragment),
 * never the live page; nothing in it runs or loads.
 */
import { trustedHtmlForParsing } from '../shared/trusted-types.js';
import { requireDom } from './errors.js';
import { BLOCKS, scanHtml, TextCollector, URL_ATTRIBUTES } from './html-text.js';
import { resolveUrl } from './urls.js';
import type { XmlElement, XmlNode } from './xml.js';

/** The default longest `summary`, in characters, before it is clipped. */
export const DEFAULT_SUMMARY_LENGTH = 280;

const ELLIPSIS = '\u2026';

/** Elements whose text is not prose (code, styles, metadata) and is left out of plain text. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'iframe', 'object', 'svg', 'math']);

const URL_SELECTOR = URL_ATTRIBUTES.map((name) => `[${name}]`).join(',');
const MAY_HAVE_URL_ATTRIBUTE = new RegExp(`(?:${URL_ATTRIBUTES.join('|')})\\s*=`, 'i');

/** windows-1252's characters for bytes 0x80-0x9F, which feeds often send as C1 control characters. */
const WINDOWS_1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Collapse runs of white space (including no-break spaces) to one space and trim. */
export function collapseWhitespace(text: string): string {
  return NEEDS_COLLAPSING.test(text) ? text.replace(WHITESPACE_TO_COLLAPSE, ' ').trim() : text;
}

/**
 * Runs of white space other than one plain space between two other
 * characters: replacing each single space by itself was most of the cost of
 * collapsing prose.
 */
const WHITESPACE_TO_COLLAPSE = /(?! (?![\s\u00a0]))[\s\u00a0]+/g;

/**
 * What collapseWhitespace changes: white space other than a single space
 * (JavaScript's \s), two spaces in a row, a space at either end. Most
 * titles and names have none, and testing is cheaper than building a copy.
 */
const NEEDS_COLLAPSING = /[\t-\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}|^ | $/;

/**
 * Replace C1 control characters (U+0080-U+009F) with the windows-1252
 * characters they stand for: `&#146;` in a feed means a right quote, not an
 * invisible control code.
 */
export function fixC1Controls(text: string): string {
  return /[\u0080-\u009f]/.test(text)
    ? text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] ?? c)
    : text;
}

/**
 * HTML content read once: its URLs resolved against `base`, and its plain
 * text (up to `limit`, see xml-text.ts's htmlToText; empty when `limit` is 0).
 */
export interface ReadHtml {
  html: string;
  text: string;
}

/**
 * Resolve the URLs in `html` and read its text: from the string when
 * html-text.ts can (most item HTML), else with a single parse. The HTML is
 * not sanitised.
 */
export function readHtml(html: string, base: string | undefined, limit = Infinity): ReadHtml {
  // Limit 0: the caller needs no text (a feed's full content beside its summary). Without a
  // base or a URL attribute there is nothing to resolve either, so the content needs no reading.
  if (limit === 0 && (!base || !MAY_HAVE_URL_ATTRIBUTE.test(html))) return { html, text: '' };
  const scanned = scanHtml(html, base, limit);
  if (scanned) return { html: scanned.html, text: collapseWhitespace(fixC1Controls(scanned.text)) };
  const body = parseHtmlFragment(html);
  const changed = base ? resolveUrlsIn(body, base) : false;
  return { html: changed ? body.innerHTML : html, text: collapseWhitespace(fixC1Controls(textOfNode(body, limit))) };
}

let inertContainer: HTMLElement | undefined;

/**
 * `html` parsed into an element of an inert document: one made with
 * `createHTMLDocument`, which has no browsing context, so nothing in it runs
 * or loads (no scripts, no images, no event handlers) and it is never part
 * of the live page. One container is reused, because creating a document
 * per fragment is the slowest step with thousands of items: the result is
 * valid only until the next call.
 */
export function parseHtmlFragment(html: string): HTMLElement {
  requireDom('HTML content');
  inertContainer ??= document.implementation.createHTMLDocument('').createElement('div');
  inertContainer.innerHTML = trustedHtmlForParsing(html);
  return inertContainer;
}

/**
 * Text of a node tree (HTML or XML), with a space at block boundaries and
 * without scripts and styles. Stops early once more than `limit`
 * characters of (collapsed) text are collected.
 */
export function textOfNode(root: XmlNode, limit = Infinity): string {
  const text = new TextCollector(limit);
  const stack: Array<XmlNode | string> = [root];
  while (stack.length > 0 && !text.full) {
    const next = stack.pop()!;
    if (typeof next === 'string') {
      text.add(next);
      continue;
    }
    if (next !== root && (next.nodeType === 3 || next.nodeType === 4)) {
      text.add(next.nodeValue ?? '');
      continue;
    }
    if (next !== root && next.nodeType !== 1) continue;
    const name = next === root ? '' : (next as XmlElement).localName.toLowerCase();
    if (SKIPPED.has(name)) continue;
    if (BLOCKS.has(name)) {
      text.add(' ');
      stack.push(' ');
    }
    for (let child = next.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return text.value();
}

/**
 * Clip `text` to at most `max` characters at a word boundary, adding an
 * ellipsis when something was cut. A single word longer than the limit is
 * cut inside the word rather than dropped. The result is a copy: summaries
 * are kept long after the feed's text (see own-strings.ts).
 */
export function clipText(text: string, max = DEFAULT_SUMMARY_LENGTH): string {
  if (text.length <= max) return copyOf(text);
  const room = Math.max(1, max - 1); // leave room for the ellipsis
  const cut = text.slice(0, room + 1);
  const lastSpace = cut.lastIndexOf(' ');
  const clipped = lastSpace > room / 2 ? cut.slice(0, lastSpace) : text.slice(0, room);
  // A copy of the text before the ellipsis: a slice would keep the whole text (or the whole feed) alive,
  // and copying the finished summary would store it two bytes per character, for the ellipsis.
  return `${copyOf(clipped.replace(/[\s,;:.\-\u2013\u2014]+$/, ''))}${ELLIPSIS}`;
}

/** Escape text for use as HTML text or attribute content. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Plain text as HTML: escaped, one paragraph per blank-line-separated block, line breaks kept. */
export function textToHtml(text: string): string {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${escapeHtml(paragraph.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** Resolve URL attributes under `root` in place; true when something changed. */
function resolveUrlsIn(root: Element, base: string): boolean {
  let changed = false;
  for (const element of Array.from(root.querySelectorAll(URL_SELECTOR))) {
    for (const attribute of URL_ATTRIBUTES) {
      const value = element.getAttribute(attribute);
      if (value === null) continue;
      const resolved = resolveUrl(value, base);
      if (resolved && resolved !== value) {
        element.setAttribute(attribute, resolved);
        changed = true;
      }
    }
  }
  return changed;
}

/**
 * A copy of `text` that shares no memory with the string it came from.
 * Long ones (item content): padding makes a new string and slicing it
 * flattens that into one copy, a memory copy (a join of two halves took 17
 * times as long); the slice's 32-byte header is nothing beside the text.
 * Short ones (titles, addresses): a join of two halves, which gives one
 * flat string without that header. V8 copies strings under 13 characters
 * anyway.
 */
export function copyOf(text: string): string {
  if (text.length < 13) return text;
  if (text.length >= 1024) return text.padEnd(text.length + 1).slice(0, -1);
  const half = text.length >> 1;
  return [text.slice(0, half), text.slice(half)].join('');
}
