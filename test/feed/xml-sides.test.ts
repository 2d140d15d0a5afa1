/**
 * The two XML sides give the same fields: parseFeed's (parse-xml-feed.ts:
 * the strict reader first, then DOMParser) and the study card's
 * (parse-xml-feed-dom.ts: DOMParser alone, 2 KB lighter for a page that
 * reads one feed). Every file of feedparser's corpus and the generated
 * feeds go through both, bytes to `Feed`, as parseFeed and the card read
 * them.
 */
import { expect } from '@open-wc/testing';
import * as fastSide from '../../src/feed/parse-xml-feed.js';
import * as domSide from '../../src/feed/parse-xml-feed-dom.js';
import { readFeedText } from '../../src/feed/read-feed-text.js';
import type { ParseFeedOptions } from '../../src/feed/types.js';
import { loadXmlSide } from '../../src/study-feed/xml-side.js';
import { fetchCorpus, optionsFor, readCorpusFile } from './support/corpus.js';
import { GENERATED_FEEDS, recordOutput, type RecordedOutput } from './support/recorded.js';

type XmlSide = Pick<typeof fastSide, 'decodeFeedBytes' | 'parseXmlFeed'>;

function readWith(side: XmlSide, bytes: Uint8Array, options: ParseFeedOptions): RecordedOutput {
  return recordOutput(() => {
    const { text, encoding } = side.decodeFeedBytes(bytes, options.contentType);
    return readFeedText(text, options, encoding, side.parseXmlFeed);
  });
}

/** The inputs (by name) that the two sides read differently. */
function differing(inputs: Array<{ name: string; bytes: Uint8Array; options: ParseFeedOptions }>): string[] {
  return inputs
    .filter(({ bytes, options }) => JSON.stringify(readWith(fastSide, bytes, options)) !== JSON.stringify(readWith(domSide, bytes, options)))
    .map(({ name }) => name);
}

/** How many times `read` calls DOMParser.parseFromString. */
async function domParses(read: () => unknown): Promise<number> {
  const original = DOMParser.prototype.parseFromString;
  let calls = 0;
  DOMParser.prototype.parseFromString = function (this: DOMParser, ...args: Parameters<DOMParser['parseFromString']>) {
    calls++;
    return original.apply(this, args);
  } as DOMParser['parseFromString'];
  try {
    await read();
  } finally {
    DOMParser.prototype.parseFromString = original;
  }
  return calls;
}

describe("the study card's XML side (DOMParser only) and parseFeed's (strict reader first)", function () {
  this.timeout(60_000);

  it('read every file of the feedparser corpus alike', async () => {
    const files = (await fetchCorpus()).map((raw) => readCorpusFile(raw.path, raw.body));
    expect(files.length, 'corpus files').to.be.greaterThan(1000);
    expect(differing(files.map((file) => ({ name: file.path, bytes: file.body, options: optionsFor(file) })))).to.deep.equal([]);
  });

  it('read the generated feeds of the benchmark and the speed test alike', () => {
    const inputs = Object.entries(GENERATED_FEEDS).map(([name, generate]) => ({ name, bytes: new TextEncoder().encode(generate()), options: { url: 'https://example.org/feed' } }));
    expect(differing(inputs)).to.deep.equal([]);
  });

  it('the card loads the side that reads with DOMParser, and parseFeed keeps the strict reader', async () => {
    const text = (GENERATED_FEEDS['bench 1 KB'] as () => string)();
    const cardSide = await loadXmlSide();
    expect(await domParses(() => cardSide.parseXmlFeed(text, {})), "the card's side").to.be.greaterThan(0);
    expect(await domParses(() => fastSide.parseXmlFeed(text, {})), "parseFeed's side").to.equal(0);
  });
});
