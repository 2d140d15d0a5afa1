/**
 * The lenient fallback for XML that is not quite well-formed but that feed
 * readers accept anyway. It repairs only what has one obvious reading:
 *
 * - a bare `&` (not starting an entity reference) becomes `&amp;`;
 * - HTML named entities (`&nbsp;`, `&eacute;`, …), undefined in XML, become
 *   numeric character references; unknown names become literal text;
 * - characters XML forbids (C0 controls other than tab and newlines) are dropped;
 * - an XML declaration that is not at the very start (after a comment, say) is dropped;
 * - a last end tag missing its `>` (`</rss` at the end of the file) is closed;
 * - namespace prefixes used without a declaration (`dc:creator` with no
 *   `xmlns:dc`) are declared on the root element, with the usual URI for
 *   the well-known ones.
 *
 * CDATA sections, comments and processing instructions are left untouched.
 */
import { decodeHtmlEntities } from './html-text.js';

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/** The URIs of prefixes feeds commonly use without declaring them. */
const WELL_KNOWN_PREFIXES: Record<string, string> = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  media: 'http://search.yahoo.com/mrss/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  slash: 'http://purl.org/rss/1.0/modules/slash/',
  sy: 'http://purl.org/rss/1.0/modules/syndication/',
  wfw: 'http://wellformedweb.org/CommentAPI/',
  xhtml: 'http://www.w3.org/1999/xhtml',
};

/** Markup sections the repairs must not touch. */
const UNTOUCHED = /(<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<!--[\s\S]*?(?:-->|$)|<\?[\s\S]*?(?:\?>|$))/;

/** Repair the common well-formedness errors of feeds (see the module comment). */
export function repairXml(text: string): string {
  const declared = declaredEntities(text);
  const pieces = text.split(UNTOUCHED);
  const entityNames = new Set<string>();
  for (let i = 0; i < pieces.length; i += 2) {
    for (const match of (pieces[i] ?? '').matchAll(/&([A-Za-z][A-Za-z0-9]*);/g)) entityNames.add(match[1] ?? '');
  }
  const htmlEntities = decodeHtmlEntities([...entityNames].filter((n) => !XML_ENTITIES.has(n) && !declared.has(n)));
  const repaired = pieces
    .map((piece, index) => {
      if (index % 2 === 0) return repairMarkup(piece, declared, htmlEntities);
      const misplacedDeclaration = /^<\?xml\s/i.test(piece) && (index > 1 || (pieces[0] ?? '').trim() !== '');
      return misplacedDeclaration ? '' : piece;
    })
    .join('');
  return declareMissingPrefixes(repaired.replace(/(<\/[A-Za-z_][\w.:-]*)\s*$/, '$1>'));
}

function repairMarkup(piece: string, declared: Set<string>, htmlEntities: Map<string, string>): string {
  return piece
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&(?:(#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);)?/g, (whole, name: string | undefined) => {
      if (!name) return '&amp;';
      if (name.startsWith('#') || XML_ENTITIES.has(name) || declared.has(name)) return whole;
      const value = htmlEntities.get(name);
      return value === undefined ? `&amp;${name};` : [...value].map((c) => `&#${c.codePointAt(0)};`).join('');
    });
}

/** Entities the document declares itself, in its internal DTD subset. */
function declaredEntities(text: string): Set<string> {
  const names = new Set<string>();
  const doctype = /<!DOCTYPE[^[>]*\[([\s\S]*?)\]\s*>/i.exec(text);
  for (const match of (doctype?.[1] ?? '').matchAll(/<!ENTITY\s+([A-Za-z_][\w.-]*)/g)) names.add(match[1] ?? '');
  return names;
}

/** Declare, on the root element, every namespace prefix the document uses without declaring it. */
function declareMissingPrefixes(text: string): string {
  const pieces = text.split(UNTOUCHED);
  const markup = pieces.filter((_, index) => index % 2 === 0).join(' ');
  const declared = new Set([...markup.matchAll(/\sxmlns:([\w.-]+)\s*=/g)].map((m) => m[1]));
  const used = new Set<string>();
  for (const match of markup.matchAll(/<\/?([A-Za-z_][\w.-]*):[A-Za-z_]/g)) used.add(match[1] ?? '');
  for (const match of markup.matchAll(/\s([A-Za-z_][\w.-]*):[A-Za-z_][\w.-]*\s*=\s*["']/g)) used.add(match[1] ?? '');
  const missing = [...used].filter((p) => p && p !== 'xml' && p !== 'xmlns' && !declared.has(p));
  if (missing.length === 0) return text;
  const declarations = missing
    .map((prefix) => ` xmlns:${prefix}="${WELL_KNOWN_PREFIXES[prefix.toLowerCase()] ?? `urn:x-undeclared:${prefix}`}"`)
    .join('');
  // The root start tag: the first `<name` outside comments, CDATA and processing instructions.
  const rootPiece = pieces.findIndex((piece, index) => index % 2 === 0 && /<[A-Za-z_]/.test(piece));
  if (rootPiece < 0) return text;
  pieces[rootPiece] = (pieces[rootPiece] ?? '').replace(/<[A-Za-z_][\w.:-]*/, (tag) => `${tag}${declarations}`);
  return pieces.join('');
}
