/**
 * Issue 14 item 3: the strict XML reader (src/feed/xml-reader.ts) against
 * DOMParser, on thousands of generated feeds and mutations of them (seeded,
 * so a failure repeats). Wherever the reader accepts a text, DOMParser must
 * find it well-formed too, build the same tree (names, namespaces,
 * attributes, text), and the format readers must read the same feed from
 * both. Where the reader gives up, parseXml hands the text to DOMParser, so
 * nothing more is needed there; the test only checks that both outcomes
 * occur often enough to mean something.
 */
import { expect } from '@open-wc/testing';
import { perStep } from '../support/progress.js';
// @ts-expect-error: the benchmark's feed generator is plain JavaScript without types; its seeded PRNG serves here too
import { random } from '../../bench/generate-feed.mjs';
import { readAtom } from '../../src/feed/atom.js';
import { createReadContext } from '../../src/feed/context.js';
import { formatOfRoot, parseXmlFeed } from '../../src/feed/parse-xml-feed.js';
import { readRss, rssItemTaker } from '../../src/feed/rss.js';
import { prepareXmlText, tryParseXml, type XmlElement, type XmlNode } from '../../src/feed/xml.js';
import { readXml, type ElementTaker } from '../../src/feed/xml-reader.js';
import type { FeedItem } from '../../src/feed/types.js';

const GENERATED = 1000;
const MUTATIONS_EACH = 2;

const rand = random(14) as () => number;
const pick = <T,>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const chance = (p: number): boolean => rand() < p;

const TEXTS = [
  'Update', 'Jo &amp; Sam', '&lt;p&gt;Hi &lt;b&gt;there&lt;/b&gt;&lt;/p&gt;', 'caf\u00e9 \u2603 \ud83d\ude00', '&#233;t&#xE9;', '  spaced\n\tout  ',
  'a > b', '&quot;q&quot; &apos;a&apos;', 'Tue, 15 Nov 2011 09:30:00 GMT', '2011-11-15T09:30:00Z', 'https://example.org/a?b=1&amp;c=2', '/relative/path', '',
];
const HOSTILE = ['<', '>', '&', '"', "'", ']]>', '--', ':', '\u0001', '\ud800', '&nbsp;', '&#0;', '&#xD800;', '<!DOCTYPE x>', '<?xml version="1.0"?>', 'xmlns:a=""', '\u00e9', '/', '=', ' ', '\r\n'];
const ITEM_CHILDREN = ['title', 'link', 'guid', 'pubDate', 'description', 'dc:creator', 'dc:subject', 'category', 'content:encoded', 'atom:link', 'atom:author', 'atom:published', 'author', 'comments'];
const ENTRY_CHILDREN = ['title', 'id', 'link', 'published', 'updated', 'summary', 'content', 'author', 'category'];
const NAMESPACES = ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom"';

function text(): string {
  const value = pick(TEXTS);
  return chance(0.2) ? `<![CDATA[${value.replace(/&amp;/g, '&')}<p>x</p>]]>` : value;
}

function attributes(): string {
  const parts: string[] = [];
  if (chance(0.3)) parts.push(` href="${pick(['https://example.org/x', '/y', 'z?a=1&amp;b=2'])}"`);
  if (chance(0.2)) parts.push(` rel='${pick(['alternate', 'self', 'enclosure'])}'`);
  if (chance(0.1)) parts.push(` xml:base="${pick(['https://example.org/base/', 'sub/'])}"`);
  if (chance(0.1)) parts.push(` type="${pick(['html', 'xhtml', 'text'])}"`);
  if (chance(0.05)) parts.push(` xmlns:x="urn:x"`);
  return parts.join('');
}

function child(name: string): string {
  const misc = chance(0.1) ? pick(['<!-- note -->', '<?pi data?>', '\n  ']) : '';
  if (name === 'atom:author' || name === 'author') {
    const inner = name === 'atom:author' ? '<atom:name>Jo</atom:name><atom:email>jo@example.org</atom:email>' : text();
    return `<${name}>${inner}</${name}>${misc}`;
  }
  if (chance(0.15)) return `<${name}${attributes()}/>${misc}`;
  return `<${name}${attributes()}>${text()}</${name}>${misc}`;
}

function generateFeed(): string {
  const declaration = chance(0.7) ? pick(['<?xml version="1.0" encoding="utf-8"?>\n', "<?xml version='1.0'?>", '<?xml version="1.0" standalone="yes"?>']) : '';
  const count = Math.floor(rand() * 4);
  if (chance(0.4)) {
    const entries = Array.from({ length: count }, () => `<entry>${Array.from({ length: 1 + Math.floor(rand() * 6) }, () => child(pick(ENTRY_CHILDREN))).join('')}</entry>`);
    // The feed's author, which entries without one inherit, sometimes after them: entries read as they close must still get it.
    const feedAuthor = chance(0.3) ? '<author><name>Feed author</name></author>' : '';
    const [before, after] = chance(0.5) ? [feedAuthor, ''] : ['', feedAuthor];
    return `${declaration}<feed xmlns="http://www.w3.org/2005/Atom"${attributes()}><title>${text()}</title>${before}${entries.join('\n')}${after}</feed>`;
  }
  const items = Array.from({ length: count }, () => `<item>${Array.from({ length: 1 + Math.floor(rand() * 7) }, () => child(pick(ITEM_CHILDREN))).join('')}</item>`);
  // Items beside the channel (as RSS 1.0 has them) come after the channel's, wherever they are written.
  const beside = chance(0.2) ? `<item>${child(pick(ITEM_CHILDREN))}</item>` : '';
  const [before, after] = chance(0.5) ? [beside, ''] : ['', beside];
  return `${declaration}<rss version="2.0"${NAMESPACES}>${before}<channel><title>${text()}</title><link>https://example.org/</link>\n${items.join('\n')}</channel>${after}</rss>`;
}

/** A small random edit: insert a hostile piece, delete or duplicate a span, or swap two tags' names. */
function mutate(feed: string): string {
  const at = Math.floor(rand() * feed.length);
  switch (Math.floor(rand() * 4)) {
    case 0:
      return feed.slice(0, at) + pick(HOSTILE) + feed.slice(at);
    case 1:
      return feed.slice(0, at) + feed.slice(at + 1 + Math.floor(rand() * 8));
    case 2: {
      const length = 1 + Math.floor(rand() * 20);
      return feed.slice(0, at + length) + feed.slice(at, at + length) + feed.slice(at + length);
    }
    default:
      return feed.replace(/<(\w+)/, (whole, name: string) => (chance(0.5) ? `<${name}x` : whole));
  }
}

/** A node's children as the readers see them: elements, and runs of text joined (CDATA is text; comments and PIs are not). */
function significantChildren(node: XmlNode): Array<XmlElement | string> {
  const result: Array<XmlElement | string> = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1) result.push(child as XmlElement);
    else if (child.nodeType === 3 || child.nodeType === 4) {
      const last = result[result.length - 1];
      if (typeof last === 'string') result[result.length - 1] = last + (child.nodeValue ?? '');
      else result.push(child.nodeValue ?? '');
    }
  }
  return result.filter((c) => c !== '');
}

/** Where two trees differ, or undefined. */
function treeDifference(ours: XmlElement, dom: XmlElement, path = ''): string | undefined {
  const here = `${path}/${dom.localName}`;
  if (ours.localName !== dom.localName || ours.namespaceURI !== dom.namespaceURI) return `${here}: name ${ours.namespaceURI} ${ours.localName}`;
  const attributesOf = (e: XmlElement): string => JSON.stringify(Array.from(e.attributes, (a) => [a.name, a.prefix, a.localName, a.value]).sort());
  if (attributesOf(ours) !== attributesOf(dom)) return `${here}: attributes ${attributesOf(ours)} vs ${attributesOf(dom)}`;
  for (const attribute of Array.from(dom.attributes)) {
    const ns = (attribute as unknown as Attr).namespaceURI;
    if (ours.getAttributeNS(ns, attribute.localName) !== attribute.value) return `${here}: attribute ${ns} ${attribute.localName}`;
  }
  const a = significantChildren(ours);
  const b = significantChildren(dom);
  if (a.length !== b.length) return `${here}: ${a.length} children vs ${b.length}`;
  for (let i = 0; i < a.length; i++) {
    const [x, y] = [a[i]!, b[i]!];
    if (typeof x === 'string' || typeof y === 'string') {
      if (x !== y) return `${here}: text ${JSON.stringify(x)} vs ${JSON.stringify(y)}`;
    } else {
      const difference = treeDifference(x, y, here);
      if (difference) return difference;
    }
  }
  if (ours.textContent !== dom.textContent) return `${here}: textContent`;
  return undefined;
}

const BASE_URL = 'https://example.org/feed.xml';

function readFeed(root: XmlElement): unknown {
  const format = formatOfRoot(root);
  if (!format) return format;
  const ctx = createReadContext(BASE_URL, 280);
  return JSON.parse(JSON.stringify(format === 'atom' ? readAtom(root, ctx) : readRss(root, ctx))) as unknown;
}

/** The feed as parseFeed reads it: the strict reader hands over each item as it closes (ElementTaker), and the tree never holds them. */
function readFeedAsTaken(text: string, root: XmlElement): unknown {
  if (!formatOfRoot(root)) return undefined;
  return JSON.parse(JSON.stringify(parseXmlFeed(text, { url: BASE_URL, summaryLength: 280 }))) as unknown;
}

describe('the strict XML reader agrees with DOMParser', function () {
  it(`on ${GENERATED} generated feeds and ${GENERATED * MUTATIONS_EACH} mutations: well-formedness, tree and every field`, function () {
    // The time limit follows the work done: a busy machine makes the loop slower, not red.
    const step = perStep(this, 10_000);
    const tally = { accepted: 0, handedOver: 0, domMalformed: 0 };
    const problems: string[] = [];
    const started = performance.now();
    for (let i = 0; i < GENERATED; i++) {
      const feed = generateFeed();
      for (const text of [feed, ...Array.from({ length: MUTATIONS_EACH }, () => mutate(feed))]) {
        const prepared = prepareXmlText(text);
        const ours = readXml(prepared);
        const dom = tryParseXml(prepared);
        if (!dom) tally.domMalformed++;
        if (!ours) {
          tally.handedOver++;
          continue;
        }
        tally.accepted++;
        if (!dom) {
          problems.push(`accepted, but DOMParser finds it malformed: ${JSON.stringify(text)}`);
          continue;
        }
        const difference = treeDifference(ours, dom.documentElement);
        if (difference) problems.push(`${difference} in ${JSON.stringify(text)}`);
        else if (JSON.stringify(readFeed(ours)) !== JSON.stringify(readFeed(dom.documentElement))) problems.push(`fields differ in ${JSON.stringify(text)}`);
        else if (JSON.stringify(readFeedAsTaken(prepared, ours)) !== JSON.stringify(readFeed(dom.documentElement))) {
          problems.push(`fields of items taken as they close differ in ${JSON.stringify(text)}`);
        }
      }
      if (i % 100 === 99) step();
    }
    console.log(
      `strict reader vs DOMParser: ${GENERATED * (1 + MUTATIONS_EACH)} documents in ${Math.round(performance.now() - started)} ms; ` +
        `accepted ${tally.accepted}, handed over ${tally.handedOver}, malformed to DOMParser ${tally.domMalformed}`,
    );
    expect(problems.slice(0, 10), 'documents where the two disagree').to.deep.equal([]);
    expect(tally.accepted, 'accepted by the strict reader').to.be.greaterThan(GENERATED);
    expect(tally.domMalformed, 'malformed mutations, which the reader must hand over').to.be.greaterThan(GENERATED / 4);
  });

  it('hands over what it does not fully check', () => {
    const handedOver = [
      '<!DOCTYPE rss [<!ENTITY e "x">]><rss><channel><title>&e;</title></channel></rss>',
      '<rss><channel><title>&nbsp;</title></channel></rss>',
      '<rss><channel><title>a &amp b</title></channel></rss>',
      '<rss><channel><dc:title>undeclared prefix</dc:title></channel></rss>',
      '<rss><chann\u00e9l/></rss>',
      '<?xml version="1.1"?><rss/>',
      `<rss>${'<a>'.repeat(150)}${'</a>'.repeat(150)}</rss>`,
      '<rss><channel><title>\u0001</title></channel></rss>',
      '<rss a="1" a="2"/>',
      '<rss xmlns:a="urn:x" xmlns:b="urn:x" a:x="1" b:x="2"/>',
      '<rss><!-- a -- b --></rss>',
      '<rss></rss>text',
      '<rss><channel><title>a ]]&gt; b ]]> c</title></channel></rss>',
      '<?xml version="1.0" standalone="yes" encoding="utf-8"?><rss/>',
    ];
    for (const text of handedOver) expect(readXml(text), text).to.equal(undefined);
  });

  it('reads a declaration that names its encoding (passed over: the text is decoded), and `]]>` where XML allows it', () => {
    const accepted = [
      '<?xml version="1.0" encoding="UTF-8"?><rss/>',
      "<?xml version='1.0' encoding='iso-8859-1' standalone='yes'?>\n<rss/>",
      '<rss a="]]>"><title><![CDATA[x]]>y]]&gt;</title></rss>',
    ];
    for (const text of accepted) {
      expect(readXml(text), text).to.not.equal(undefined);
      expect(tryParseXml(prepareXmlText(text)), text).to.not.equal(undefined);
    }
  });

  it('hands a taker each element it wants once closed, whole, and leaves it and the white space in it and in the elements that hold it out of the tree', () => {
    const text = '<rss><channel xml:base="https://example.org/">\n  <title>T</title>\n  <item>\n    <title>One</title>\n    <link>a</link>\n  </item>\n  <item/>\n</channel>\n</rss>';
    const taken: string[] = [];
    const root = readXml(text, {
      wants: (element) => element.localName === 'item',
      holdsTaken: (element) => element.localName === 'channel',
      take: (element) =>
        taken.push(`${element.parentElement?.localName}: ${JSON.stringify(element.textContent)} (${element.firstChild?.nodeType}, ${element.firstElementChild?.nextElementSibling?.localName})`),
    });
    expect(taken).to.deep.equal(['channel: "Onea" (1, link)', 'channel: "" (undefined, undefined)']);
    const channel = root!.firstElementChild!;
    expect(significantChildren(channel)).to.deep.equal([channel.firstElementChild]);
    expect(channel.textContent).to.equal('T');
    expect(root!.lastChild?.nodeValue, 'white space in an element that holds none is kept').to.equal('\n');
  });

  it("RSS's own taker takes the channel's items and leaves the channel's white space out, as an Atom feed's is left out of its root", () => {
    const text = '<rss version="2.0">\n  <channel>\n    <title>T</title>\n    <item><title>A</title></item>\n    <item><title>B</title></item>\n  </channel>\n</rss>';
    const taken = { inChannel: [] as FeedItem[], inRoot: [] as FeedItem[] };
    let taker: ElementTaker | undefined;
    const root = readXml(text, {
      wants: (element) => taker!.wants(element),
      take: (element) => taker!.take(element),
      holdsTaken: (element) => (taker ??= rssItemTaker(element, createReadContext(undefined, 200), taken)).holdsTaken(element),
    });
    expect(taken.inChannel.map((item) => item.title)).to.deep.equal(['A', 'B']);
    const channel = root!.firstElementChild!;
    expect(significantChildren(channel)).to.deep.equal([channel.firstElementChild]);
    const nodes: XmlNode[] = [];
    for (let child = channel.firstChild; child; child = child.nextSibling) nodes.push(child);
    expect(nodes, 'no white-space nodes in the channel').to.deep.equal([channel.firstElementChild]);
  });
});
