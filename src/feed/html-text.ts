/**
 * Plain text of item HTML, and its relative URLs resolved, read from the
 * string without an HTML document (issue 14: one HTML parse per item cost
 * 18-26% of a parse, and parsing and serialising again to resolve links
 * made one feed slower than rss-parser).
 *
 * It reads only HTML whose text the HTML parser leaves in source order:
 * the common block and inline elements, comments, `script` and `style`
 * (dropped), entities it can decode. For anything else (tables, whose text
 * the parser may move; forms; embedded content; `template`; foreign
 * content; a `<` or `&` it cannot read for sure) it answers `undefined` and
 * the caller parses the HTML as before (text.ts), so the output stays the
 * same. test/feed/output-equality.test.ts holds it to that.
 */
import { escapeAttribute } from '../shared/markup.js';
import { parseInertDocument } from '../shared/trusted-types.js';
import { requireDom } from './errors.js';
import { resolveUrl } from './urls.js';

/** Elements that end a line when rendered, so their text must not run into the next word. */
export const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
  'td', 'th', 'tr', 'ul', 'img',
]);

/** Attributes holding a URL, resolved in HTML content so it renders right away from the feed's site. */
export const URL_ATTRIBUTES = ['href', 'src', 'poster', 'cite', 'action', 'background', 'longdesc', 'usemap', 'data'];

/** Elements the HTML parser builds where they stand: their text keeps its source order. Tables are not among them. */
const IN_ORDER = new Set([
  ...[...BLOCKS].filter((name) => !['table', 'td', 'th', 'tr'].includes(name)),
  'a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'center', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i',
  'ins', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr',
]);
/** Void elements among IN_ORDER: a `/>` on them means nothing. */
const VOID = new Set(['br', 'hr', 'img', 'wbr']);
/** Elements whose content is raw text, left out of plain text. */
const RAW_TEXT_SKIPPED = new Set(['script', 'style']);

const HTML_SPACE = '[ \\t\\n\\f\\r]';
const TAG = new RegExp(
  `<(/?)([A-Za-z][A-Za-z0-9]*)((?:${HTML_SPACE}+[^ \\t\\n\\f\\r"'>/=<]+(?:${HTML_SPACE}*=${HTML_SPACE}*(?:"[^"]*"|'[^']*'|[^ \\t\\n\\f\\r"'=<>\`]+))?)*)${HTML_SPACE}*(/?)>`,
  'y',
);
const ATTRIBUTE = new RegExp(`(${HTML_SPACE}+)([^ \\t\\n\\f\\r"'>/=<]+)(?:(${HTML_SPACE}*=${HTML_SPACE}*)(?:"([^"]*)"|'([^']*)'|([^ \\t\\n\\f\\r"'=<>\`]+)))?`, 'g');
/**
 * An `&`: a character reference the HTML parser decodes the same way in
 * text and attributes (with its `;`), else a letter, digit or `#` that
 * would make it read as one some other way (give up), else a literal `&`.
 */
const AMPERSAND = /&(?:#([0-9]{1,7});|#[xX]([0-9a-fA-F]{1,6});|([A-Za-z][A-Za-z0-9]{0,31});|([A-Za-z0-9#]))?/g;
const BASIC_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Named entities met so far, decoded once per page by the browser's own table (lenient.ts). */
const entityCache = new Map<string, string | null>();

/** Thrown inside the scanner to give up; never leaves this module. */
class NotPlain extends Error {}

function giveUp(): never {
  throw new NotPlain();
}

/** Text and HTML of an HTML fragment: its plain text (not collapsed) and the HTML with URLs resolved. */
export interface ScannedHtml {
  text: string;
  html: string;
}

/**
 * Scan `html`: its text (tags dropped, entities decoded, a space at block
 * boundaries, scripts and styles left out; white space not yet collapsed)
 * and, with `base`, the HTML with its URL attributes resolved in the
 * string. Undefined when the HTML needs the HTML parser (see the module comment).
 * With `limit`, text stops being collected once it holds more than `limit`
 * characters after white space is collapsed (enough to clip a summary
 * from; the rest of a long post costs nothing); the HTML is still read whole.
 */
export function scanHtml(html: string, base: string | undefined, limit = Infinity): ScannedHtml | undefined {
  if (html.includes('\0')) return undefined;
  try {
    return scan(html, base, limit);
  } catch (error) {
    if (error instanceof NotPlain) return undefined;
    throw error;
  }
}

function scan(html: string, base: string | undefined, limit: number): ScannedHtml {
  const text = new TextCollector(limit);
  const rewritten: string[] = [];
  let copiedUpTo = 0;
  let pos = 0;
  while (pos < html.length) {
    const lt = html.indexOf('<', pos);
    const end = lt < 0 ? html.length : lt;
    if (end > pos) text.add(decodeText(html.slice(pos, end)));
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      pos = commentEnd(html, lt);
      continue;
    }
    TAG.lastIndex = lt;
    const tag = TAG.exec(html);
    if (!tag) {
      // `<` before anything but a letter, `/`, `!` or `?` is text to the HTML parser; the rest needs it.
      if (/[A-Za-z/!?]/.test(html.charAt(lt + 1))) giveUp();
      text.add('<');
      pos = lt + 1;
      continue;
    }
    const [whole, closing, rawName, attributes, selfClosing] = tag;
    const name = rawName!.toLowerCase();
    pos = lt + whole.length;
    if (closing && (attributes || selfClosing)) giveUp();
    if (!closing && RAW_TEXT_SKIPPED.has(name)) {
      pos = rawTextEnd(html, pos, name);
    } else if (!IN_ORDER.has(name) || (selfClosing && !VOID.has(name))) {
      giveUp();
    } else if (BLOCKS.has(name)) {
      text.add(' ');
    }
    if (base && !closing && attributes) {
      const resolved = resolveUrlAttributes(attributes, base);
      if (resolved !== attributes) {
        const at = lt + 1 + closing!.length + rawName!.length;
        rewritten.push(html.slice(copiedUpTo, at), resolved);
        copiedUpTo = at + attributes.length;
      }
    }
  }
  if (rewritten.length) rewritten.push(html.slice(copiedUpTo));
  return { text: text.value(), html: rewritten.length ? rewritten.join('') : html };
}

/** Pieces of text up to a limit on their collapsed length (checked only now and then: collapsing costs); text.ts's textOfNode uses it too. */
export class TextCollector {
  private readonly parts: string[] = [];
  private length = 0;
  private checkAt: number;
  /** Whether the text holds more than the limit: later pieces are dropped. */
  full = false;

  constructor(private readonly limit: number) {
    this.checkAt = limit === Infinity ? Infinity : limit * 2 + 64;
  }

  add(piece: string): void {
    if (this.full) return;
    this.parts.push(piece);
    this.length += piece.length;
    if (this.length <= this.checkAt) return;
    if (this.value().replace(/\s+/g, ' ').trim().length > this.limit) this.full = true;
    else this.checkAt = this.length * 2;
  }

  value(): string {
    return this.parts.join('');
  }
}

/** Where a comment opened at `start` ends; the HTML parser's odd endings (`<!-->`, `--!>`) give up. */
function commentEnd(html: string, start: number): number {
  const close = html.indexOf('-->', start + 4);
  if (close < 0) giveUp();
  const body = html.slice(start + 4, close);
  if (body.startsWith('>') || body.startsWith('->') || body.includes('--!>')) giveUp();
  return close + 3;
}

/** Past the end tag of a raw text element (`</script>`), which must be there. */
function rawTextEnd(html: string, from: number, name: string): number {
  const pattern = new RegExp(`</${name}[ \\t\\n\\f\\r/>]`, 'ig');
  pattern.lastIndex = from;
  const match = pattern.exec(html);
  if (!match) giveUp();
  const close = html.indexOf('>', match.index);
  if (close < 0) giveUp();
  return close + 1;
}

/** Text with its character references decoded as the HTML parser decodes them. */
function decodeText(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(AMPERSAND, (_all, decimal?: string, hex?: string, name?: string, unsure?: string) => {
    if (unsure !== undefined) giveUp();
    if (name !== undefined) return namedEntity(name);
    if (decimal === undefined && hex === undefined) return '&';
    const code = decimal !== undefined ? parseInt(decimal, 10) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}

/** A named entity's characters; an unknown name gives up (the parser's legacy prefixes differ). */
function namedEntity(name: string): string {
  const basic = BASIC_ENTITIES[name];
  if (basic !== undefined) return basic;
  if (!entityCache.has(name)) entityCache.set(name, decodeHtmlEntities([name]).get(name) ?? null);
  return entityCache.get(name) ?? giveUp();
}

/** The attributes part of a start tag with its URL attributes resolved against `base` (the same string when none changes). */
function resolveUrlAttributes(attributes: string, base: string): string {
  return attributes.replace(
    ATTRIBUTE,
    (whole, space: string, name: string, equals: string | undefined, double?: string, single?: string, bare?: string) => {
      const raw = double ?? single ?? bare;
      if (raw === undefined || !URL_ATTRIBUTES.includes(name.toLowerCase())) return whole;
      const value = decodeText(raw);
      const resolved = resolveUrl(value, base);
      return resolved && resolved !== value ? `${space}${name}${equals}"${escapeAttribute(resolved)}"` : whole;
    },
  );
}

/**
 * The characters of HTML named entities, read by the browser's own HTML
 * parser (an inert document) so that the full HTML entity table applies
 * without shipping it. Names the parser does not know are left out.
 */
export function decodeHtmlEntities(names: string[]): Map<string, string> {
  const result = new Map<string, string>();
  if (names.length === 0) return result;
  requireDom('HTML entities');
  const doc = parseInertDocument(`<!doctype html><body>${names.map((n) => `<i>&${n};</i>`).join('')}`, 'text/html');
  const cells = doc.body.querySelectorAll('i');
  names.forEach((name, index) => {
    const value = cells[index]?.textContent ?? '';
    // An unknown name comes back as written (or, for a legacy prefix such
    // as `&notit;`, as a character followed by the rest): not an entity.
    if (value && !value.includes(';') && [...value].length <= 2) result.set(name, value);
  });
  return result;
}
