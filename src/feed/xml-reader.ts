/**
 * A small, strict XML reader for the feeds most sites serve: well-formed
 * XML 1.0 with namespaces, predefined entities and character references,
 * CDATA, comments and processing instructions. It builds a light tree with
 * the few DOM members the format readers use (see XmlElement in xml.ts), in
 * a single pass without a document: `DOMParser` costs 45-64% of a parse
 * (issue 14).
 *
 * Why our own and not a registry parser: the readers match elements by
 * namespace URI, which @rgrove/parse-xml (the best-kept small one) does not
 * resolve, and a wrapper to give its tree namespaces and DOM-like links
 * would cost as much as this reader; its DOCTYPE handling would also differ
 * from the browser's. This reader instead ACCEPTS ONLY WHAT IT FULLY CHECKS
 * and answers `undefined` for everything else: a DOCTYPE (entity
 * declarations, default attributes), an entity other than the five
 * predefined ones, a non-ASCII name, a prefix it cannot resolve, an unusual
 * namespace binding, deep nesting, an XML declaration other than plain
 * version 1.0, any character XML forbids, and anything not well-formed.
 * The caller then hands the text to `DOMParser`, which has the last word
 * (and its lenient repair). So the two never disagree on well-formedness:
 * test/feed/xml-reader.test.ts checks that, and every field, on thousands
 * of generated and mutated feeds.
 */
import { XML_NS, type XmlAttribute, type XmlElement, type XmlNode } from './xml.js';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** Deeper documents go to DOMParser, whose own limit then decides. */
const MAX_DEPTH = 100;

/** XML's white space: S in the grammar. JavaScript's \s means more. */
const S = '[ \\t\\n\\r]';

const PROCESSING_INSTRUCTION = new RegExp(`<\\?([A-Za-z_][A-Za-z0-9_.-]*)(?:${S}[^]*?)?\\?>`, 'y');
const XML_DECLARATION = new RegExp(`^<\\?xml${S}+version${S}*=${S}*(["'])1\\.0\\1(?:${S}+encoding${S}*=${S}*(["'])[A-Za-z][A-Za-z0-9._-]*\\2)?(?:${S}+standalone${S}*=${S}*(["'])(?:yes|no)\\3)?${S}*\\?>`);
const ONLY_WHITESPACE = /^[ \t\n\r]*$/;
/** A QName (qnameEnd reads one without it). */
const QNAME = /[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?/;
const ATTRIBUTE = new RegExp(`${S}+(${QNAME.source})${S}*=${S}*(?:"([^"<]*)"|'([^'<]*)')`, 'y');
const START_TAG_END = new RegExp(`${S}*/?>`, 'y');
const END_TAG_END = new RegExp(`${S}*>`, 'y');
/** A namespace URI the reader binds itself: a scheme and no white space. */
const ABSOLUTE_URI = /^[A-Za-z][A-Za-z0-9+.-]*:\S*$/;

/**
 * Characters XML 1.0 forbids anywhere, and UTF-16 halves without their
 * pair, looked for in two parts: the controls, with one character class
 * (Chromium 156 tests a 5 MB feed in 0.44 ms this way; the 29 memory
 * searches of the last version took 2.8-6.8 ms, a fifth of the parse); then
 * the characters above U+00FF, a test V8 answers without reading a string
 * it holds one byte per character.
 */
const FORBIDDEN_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
const MAYBE_FORBIDDEN_WIDE = /[\ufffe\uffff\ud800-\udfff]/;
const FORBIDDEN_WIDE = /[\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Every `&` in text or attribute values must start a predefined entity or one of these. */
const REFERENCE_NUMBER = /^#(?:([0-9]{1,7})|x([0-9a-fA-F]{1,6}))$/;
const PREDEFINED = new Map([['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"]]);

/** Thrown inside the reader to give up; never leaves this module. */
class NotChecked extends Error {}

/** A node of the light tree: links kept as the DOM has them, for the readers' walks. */
abstract class LiteNode implements XmlNode {
  abstract readonly nodeType: number;
  parentElement: LiteElement | null = null;
  nextSibling: LiteNode | null = null;
  previousSibling: LiteNode | null = null;
  firstChild: LiteNode | null = null;
  lastChild: LiteNode | null = null;
  abstract readonly nodeValue: string | null;
  abstract readonly textContent: string;
}

// nodeType and an element's nodeValue are getters, not fields: one field fewer per node to allocate and collect.
class LiteText extends LiteNode {
  get nodeType(): number {
    return 3;
  }
  constructor(readonly nodeValue: string) {
    super();
  }
  get textContent(): string {
    return this.nodeValue;
  }
}

/** An attribute with its namespace (a plain object: a class of five fields cost bytes and no speed). */
interface LiteAttribute extends XmlAttribute {
  readonly namespaceURI: string | null;
}

class LiteElement extends LiteNode implements XmlElement {
  get nodeType(): number {
    return 1;
  }
  get nodeValue(): null {
    return null;
  }
  firstElementChild: LiteElement | null = null;
  lastElementChild: LiteElement | null = null;
  nextElementSibling: LiteElement | null = null;

  constructor(
    readonly localName: string,
    readonly namespaceURI: string | null,
    readonly attributes: LiteAttribute[],
  ) {
    super();
  }

  get textContent(): string {
    let text = ''; // one child: '' + its text is its text, no copy
    for (let child = this.firstChild; child; child = child.nextSibling) text += child.textContent;
    return text;
  }

  getAttribute(name: string): string | null {
    for (const attribute of this.attributes) if (attribute.name === name) return attribute.value;
    return null;
  }

  getAttributeNS(namespaceUri: string | null, localName: string): string | null {
    const ns = namespaceUri || null;
    for (const attribute of this.attributes) {
      if (attribute.localName === localName && attribute.namespaceURI === ns) return attribute.value;
    }
    return null;
  }

  append(child: LiteNode): void {
    child.parentElement = this;
    child.previousSibling = this.lastChild;
    if (this.lastChild) this.lastChild.nextSibling = child;
    else this.firstChild = child;
    this.lastChild = child;
    if (child.nodeType === 1) {
      const element = child as LiteElement;
      if (this.lastElementChild) this.lastElementChild.nextElementSibling = element;
      else this.firstElementChild = element;
      this.lastElementChild = element;
    }
  }
}

/** The attributes of an element that has none, shared (never changed: the tree is read only). */
const NO_RAW_ATTRIBUTES: Array<[string, string]> = [];
const NO_ATTRIBUTES: LiteAttribute[] = [];

/**
 * Elements a caller reads as soon as they close, instead of finding them in
 * the tree: a feed's items. A taken element keeps its parent (for
 * `xml:base`) but is left out of its parent's children, so the reader never
 * holds the tree of all items: at 5 MB that tree lived through young-generation
 * collections that copied it, and a byte cost up to twice what it cost at
 * 1 MB (issue 14). White space directly in a taken element, or in an
 * element that holds them, is left out too: the feeds' readers never read
 * it, and a node per indent cost about 8% of a 1 KB parse (Node 20).
 */
export interface ElementTaker {
  /** Whether to take `element`, a child or grandchild of the root, just opened: its parent and attributes are set, its children not yet. */
  wants(element: XmlElement): boolean;
  /** `element`, taken and now closed with its whole subtree. */
  take(element: XmlElement): void;
  /** Whether `element` (the root, or a child of it not taken), just opened, holds the elements taken: its own white space is left out. */
  holdsTaken(element: XmlElement): boolean;
}

/** Namespace bindings in force: prefix to URI ('' is the default namespace). */
type Scope = Map<string, string>;

/**
 * The root element of `text` read as XML, or undefined when the text holds
 * anything this reader does not fully check (see the module comment).
 * `text` must have no BOM or white space before its XML declaration. The
 * declaration's `encoding` is passed over: the text is decoded already
 * (xml.ts removes it only for DOMParser, which would copy the whole text).
 */
export function readXml(text: string, taker?: ElementTaker): XmlElement | undefined {
  // The quick test finds nothing in most feeds; the exact one lets surrogate pairs (emoji) through.
  if (FORBIDDEN_CONTROL.test(text) || (MAYBE_FORBIDDEN_WIDE.test(text) && FORBIDDEN_WIDE.test(text))) return undefined;
  try {
    return new Reader(text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text, taker).read();
  } catch (error) {
    if (error instanceof NotChecked) return undefined;
    throw error;
  }
}

function giveUp(): never {
  throw new NotChecked();
}

/**
 * Text with its references replaced; gives up on any `&` that is not a
 * valid reference. A loop over the `&`s: a regular expression with a
 * callback cost twice as much on feeds that escape their HTML.
 */
function decodeReferences(raw: string): string {
  let amp = raw.indexOf('&');
  if (amp < 0) return raw;
  const pieces: string[] = [];
  let copied = 0;
  while (amp >= 0) {
    const semicolon = raw.indexOf(';', amp + 2);
    if (semicolon < 0 || semicolon - amp > 12) giveUp();
    pieces.push(raw.slice(copied, amp), referenceValue(raw.slice(amp + 1, semicolon)));
    copied = semicolon + 1;
    amp = raw.indexOf('&', copied);
  }
  pieces.push(raw.slice(copied));
  return pieces.join('');
}

/** The character a reference's name (between `&` and `;`) stands for. */
function referenceValue(name: string): string {
  const predefined = PREDEFINED.get(name);
  if (predefined !== undefined) return predefined;
  const digits = REFERENCE_NUMBER.exec(name);
  if (!digits) giveUp();
  const code = digits[1] !== undefined ? parseInt(digits[1], 10) : parseInt(digits[2]!, 16);
  return isXmlChar(code) ? String.fromCodePoint(code) : giveUp();
}

/** XML 1.0's Char production. */
function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

class Reader {
  private pos = 0;
  // The open elements with their tag names and bindings, in three lists rather than an object per element (less garbage).
  private readonly open: LiteElement[] = [];
  private readonly openNames: string[] = [];
  private readonly openScopes: Scope[] = [];
  private root: LiteElement | undefined;
  /** Text and CDATA met since the last tag, joined into one text node (the readers treat both alike). */
  private readonly pendingText: string[] = [];
  /** How many entries of pendingText are current: the array is reused, and setting its length costs a runtime call. */
  private pendingCount = 0;
  /** Where the next `]]>` at or after the last text read starts (see characterData). */
  private nextCdataEnd = -1;
  /** The taken element now open (taken elements never nest: only the root's children and grandchildren are offered). */
  private taking: LiteElement | null = null;
  /** The elements that hold the taken ones (see ElementTaker.holdsTaken), whose own white space is left out. */
  private readonly holders: LiteElement[] = [];

  constructor(
    private readonly text: string,
    private readonly taker: ElementTaker | undefined,
  ) {}

  read(): LiteElement {
    const declaration = XML_DECLARATION.exec(this.text);
    if (declaration) this.pos = declaration[0].length;
    else if (/^<\?xml[ \t\n\r?]/i.test(this.text)) giveUp();
    const { text } = this;
    while (this.pos < text.length) {
      const lt = text.indexOf('<', this.pos);
      const end = lt < 0 ? text.length : lt;
      if (end > this.pos) this.characterData(this.pos, end);
      if (lt < 0) break;
      this.pos = lt;
      this.markup();
    }
    if (!this.root || this.open.length > 0) giveUp();
    return this.root;
  }

  /** Text between tags (from `start` to `end`): white space outside the root, checked and decoded inside it. */
  private characterData(start: number, end: number): void {
    const parent = this.open[this.open.length - 1];
    // Inside a taken element and between taken elements white space means nothing to their readers: no node for it.
    if (parent && (parent === this.taking || this.holders.includes(parent)) && isWhitespace(this.text, start, end)) return;
    const raw = this.text.slice(start, end);
    if (!parent) {
      if (!ONLY_WHITESPACE.test(raw)) giveUp();
      return;
    }
    // XML forbids `]]>` in text. The next one in the document is looked up once and passed by (CDATA
    // ends and attribute values hold it legally): one search per `]]>`, not one per piece of text.
    if (this.nextCdataEnd < start) this.nextCdataEnd = this.text.indexOf(']]>', start) >>> 0; // none: 2^32 - 1
    if (this.nextCdataEnd < end) giveUp();
    this.pendingText[this.pendingCount++] = decodeReferences(raw);
  }

  private markup(): void {
    const { text, pos } = this;
    const next = text.charCodeAt(pos + 1);
    if (next === 0x2f /* / */) return this.endTag();
    if (next === 0x21 /* ! */) {
      if (text.startsWith('<!--', pos)) return this.comment();
      if (text.startsWith('<![CDATA[', pos) && this.open.length > 0) return this.cdata();
      giveUp(); // DOCTYPE, CDATA outside the root, or not XML
    }
    if (next === 0x3f /* ? */) return this.processingInstruction();
    this.startTag();
  }

  private comment(): void {
    const close = this.text.indexOf('--', this.pos + 4);
    // XML forbids `--` inside a comment and a comment ending in `--->`.
    if (close < 0 || this.text.charCodeAt(close + 2) !== 0x3e /* > */) giveUp();
    this.pos = close + 3;
  }

  private cdata(): void {
    const start = this.pos + 9;
    const close = this.text.indexOf(']]>', start);
    if (close < 0) giveUp();
    this.pendingText[this.pendingCount++] = this.text.slice(start, close);
    this.pos = close + 3;
  }

  private processingInstruction(): void {
    PROCESSING_INSTRUCTION.lastIndex = this.pos;
    const match = PROCESSING_INSTRUCTION.exec(this.text);
    if (!match || match[1]!.toLowerCase() === 'xml') giveUp(); // a declaration anywhere but the start is an error
    this.pos = PROCESSING_INSTRUCTION.lastIndex;
  }

  /**
   * A start tag: `<` QName (S+ QName S* = S* quoted value without `<`)* S*
   * `/`? `>`. A name followed by `>` (most feed elements) needs no regular
   * expression more: the attribute and tag-end ones cost a call each per
   * tag, a fifth of a 1 KB parse.
   */
  private startTag(): void {
    const { text } = this;
    let at = qnameEnd(text, this.pos + 1); // `<` that starts no tag: not well-formed
    if (this.root && this.open.length === 0) giveUp(); // a second root
    const name = text.slice(this.pos + 1, at);
    let raw: Array<[string, string]> = NO_RAW_ATTRIBUTES;
    let isEmptyElementTag = false;
    if (text.charCodeAt(at) === 0x3e /* > */) {
      this.pos = at + 1;
    } else {
      for (;;) {
        ATTRIBUTE.lastIndex = at;
        const attribute = ATTRIBUTE.exec(text);
        if (!attribute) break;
        if (raw === NO_RAW_ATTRIBUTES) raw = [];
        raw.push([attribute[1]!, decodeReferences((attribute[2] ?? attribute[3]!).replace(/[\t\n]/g, ' '))]);
        at = ATTRIBUTE.lastIndex;
      }
      START_TAG_END.lastIndex = at;
      if (!START_TAG_END.test(text)) giveUp();
      this.pos = START_TAG_END.lastIndex;
      isEmptyElementTag = text.charCodeAt(this.pos - 2) === 0x2f; /* `/>`: no S can come between */
    }
    this.flushText();
    const depth = this.open.length;
    const parent = depth > 0 ? this.open[depth - 1] : undefined;
    const parentScope = depth > 0 ? this.openScopes[depth - 1] : undefined;
    // Most feed elements have no attributes: they share their parent's bindings and one empty list.
    const scope = raw === NO_RAW_ATTRIBUTES && parentScope ? parentScope : scopeWith(parentScope, raw);
    const attributes = raw === NO_RAW_ATTRIBUTES ? NO_ATTRIBUTES : attributesOf(raw, scope);
    const element = new LiteElement(localPart(name), resolvePrefix(name, scope, true), attributes);
    if (!parent) {
      this.root = element;
      if (this.taker?.holdsTaken(element)) this.holders.push(element);
    } else if (depth > 2 || this.taking || !this.taker || !this.offer(element, parent, depth)) {
      parent.append(element);
    }
    if (isEmptyElementTag) return this.closed(element);
    if (this.open.length >= MAX_DEPTH) giveUp();
    this.open.push(element);
    this.openNames.push(name);
    this.openScopes.push(scope);
  }

  /** An end tag: `</`, the open element's name, S*, `>`. */
  private endTag(): void {
    const { text } = this;
    this.flushText();
    const name = this.openNames.pop();
    const element = this.open.pop();
    this.openScopes.pop();
    if (name === undefined || !text.startsWith(name, this.pos + 2)) giveUp();
    const after = this.pos + 2 + name.length;
    if (text.charCodeAt(after) === 0x3e /* > */) {
      this.pos = after + 1;
    } else {
      END_TAG_END.lastIndex = after;
      if (!END_TAG_END.test(text)) giveUp();
      this.pos = END_TAG_END.lastIndex;
    }
    this.closed(element!);
  }

  /** Whether the taker takes `element`: it gets its parent link, but stays out of the parent's children. */
  private offer(element: LiteElement, parent: LiteElement, depth: number): boolean {
    element.parentElement = parent;
    if (this.taker!.wants(element)) {
      this.taking = element;
      return true;
    }
    if (depth === 1 && this.taker!.holdsTaken(element)) this.holders.push(element);
    return false;
  }

  /** An element has closed: a taken one goes to the taker. */
  private closed(element: LiteElement): void {
    if (element !== this.taking) return;
    this.taking = null;
    this.taker!.take(element);
  }

  /** Text read since the last tag becomes one text node of the open element. */
  private flushText(): void {
    if (this.pendingCount === 0) return;
    const value = this.pendingCount === 1 ? this.pendingText[0]! : this.pendingText.slice(0, this.pendingCount).join('');
    this.pendingCount = 0; // the array is reused: one per text node was garbage to collect
    const parent = this.open[this.open.length - 1];
    if (parent && value) parent.append(new LiteText(value));
  }
}

/** Whether text from `start` to `end` is only XML white space (a loop over the characters: no string cut to test). */
function isWhitespace(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code !== 0x20 && code !== 0x0a && code !== 0x09 && code !== 0x0d) return false;
  }
  return true;
}

/**
 * Where the name starting at `start` ends: an ASCII XML name with at most
 * one colon (a QName, as QNAME matches it). Gives up when none starts
 * there; other names go to DOMParser. Read a character at a time: a call
 * of the sticky QNAME per tag cost 6-9% of a 1 KB parse in Chromium 156.
 */
function qnameEnd(text: string, start: number): number {
  const end = ncnameEnd(text, start);
  return text.charCodeAt(end) === 0x3a /* : */ ? ncnameEnd(text, end + 1) : end;
}

/** Where the name without colon starting at `start` ends: [A-Za-z_][\w.-]*; gives up when none starts there. */
function ncnameEnd(text: string, start: number): number {
  if (!isNameStart(text.charCodeAt(start))) giveUp();
  let at = start + 1;
  for (let code = text.charCodeAt(at); isNameStart(code) || (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x2e; code = text.charCodeAt(at)) at++;
  return at;
}

/** [A-Za-z_] */
function isNameStart(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f;
}

function localPart(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

function prefixOf(qname: string): string | null {
  const colon = qname.indexOf(':');
  return colon < 0 ? null : qname.slice(0, colon);
}

/**
 * The bindings in force on an element: its parent's plus its own `xmlns`
 * attributes. Unusual bindings (the reserved prefixes and URIs, an empty
 * prefixed one, a URI that is not absolute) go to DOMParser.
 */
function scopeWith(parentScope: Scope | undefined, raw: Array<[string, string]>): Scope {
  let scope = parentScope ?? new Map<string, string>();
  for (const [name, value] of raw) {
    if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
    const prefix = name === 'xmlns' ? '' : name.slice(6);
    if (prefix === 'xml' || prefix === 'xmlns' || value === XML_NS || value === XMLNS_NS) giveUp();
    if (value !== '' && !ABSOLUTE_URI.test(value)) giveUp();
    if (value === '' && prefix !== '') giveUp();
    if (scope === parentScope) scope = new Map(parentScope);
    scope.set(prefix, value);
  }
  return scope;
}

/** The namespace URI of a qualified name (elements take the default namespace, attributes do not). */
function resolvePrefix(qname: string, scope: Scope, isElement: boolean): string | null {
  const prefix = prefixOf(qname);
  if (prefix === null) return isElement ? scope.get('') || null : null;
  if (prefix === 'xml') return XML_NS;
  if (prefix === 'xmlns') return isElement ? giveUp() : XMLNS_NS;
  return scope.get(prefix) || giveUp(); // an undeclared prefix: the lenient path declares it
}

/** The element's attributes with their namespaces; duplicates (by name or by namespace and local name) give up. */
function attributesOf(raw: Array<[string, string]>, scope: Scope): LiteAttribute[] {
  const attributes = raw.map(([name, value]) => {
    const namespaceUri = name === 'xmlns' ? XMLNS_NS : resolvePrefix(name, scope, false);
    return { name, prefix: prefixOf(name), localName: name === 'xmlns' ? 'xmlns' : localPart(name), namespaceURI: namespaceUri, value };
  });
  // Pairwise: elements have a few attributes, and a set of built keys cost more than the comparisons.
  for (let i = 1; i < attributes.length; i++) {
    const attribute = attributes[i]!;
    for (let j = 0; j < i; j++) {
      const other = attributes[j]!;
      if (attribute.name === other.name || (attribute.localName === other.localName && attribute.namespaceURI === other.namespaceURI)) giveUp();
    }
  }
  return attributes;
}
