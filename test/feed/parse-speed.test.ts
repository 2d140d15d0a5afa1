/**
 * Parse speed on generated ~1 MB RSS and Atom feeds (bytes in, including
 * decoding), checked against the browser's own XML parser on the same text
 * (see ratioToDomParser). `npm run bench` compares with rss-parser.
 */
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse-feed.js';

const TARGET_BYTES = 1024 * 1024;
const RUNS = 5;

function paragraph(i: number): string {
  return `&lt;p&gt;Update ${i}: the &lt;a href="/notes/${i}"&gt;ethnography&lt;/a&gt; continues with interviews, observation and reflective notes from the team &amp;amp; partners.&lt;/p&gt;`;
}

function generateRss(): string {
  const items: string[] = [];
  let size = 0;
  for (let i = 0; size < TARGET_BYTES; i++) {
    const item = `<item><title>Update ${i} &amp; news</title><link>https://example.org/posts/${i}</link><guid>https://example.org/posts/${i}</guid><pubDate>Tue, 15 Nov 2011 09:30:00 GMT</pubDate><dc:creator>Researcher ${i % 7}</dc:creator><category>Study</category><description>${paragraph(i)}</description><content:encoded><![CDATA[<p>Full text ${i} with <a href="/more/${i}">a link</a>.</p>${'<p>More words about the study and its phases. </p>'.repeat(4)}]]></content:encoded></item>`;
    items.push(item);
    size += item.length;
  }
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Speed</title><link>https://example.org/</link>${items.join('')}</channel></rss>`;
}

function generateAtom(): string {
  const entries: string[] = [];
  let size = 0;
  for (let i = 0; size < TARGET_BYTES; i++) {
    const entry = `<entry><id>tag:example.org,2011:${i}</id><title type="html">Update ${i} &amp;amp; news</title><link rel="alternate" href="posts/${i}"/><published>2011-11-15T09:30:00Z</published><updated>2011-11-16T09:30:00+01:00</updated><author><name>Researcher ${i % 7}</name></author><summary type="html">${paragraph(i)}</summary><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Full text ${i} with <a href="/more/${i}">a link</a>.</p>${'<p>More words about the study and its phases.</p>'.repeat(4)}</div></content></entry>`;
    entries.push(entry);
    size += entry.length;
  }
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://example.org/"><title>Speed</title>${entries.join('')}</feed>`;
}

/**
 * Speed as a ratio, not in MB/s: a busy machine makes any fixed rate fail.
 * In alternating rounds, parseFeed (bytes in, decoding included) is timed
 * against the browser's own XML parser reading the same text, and the median
 * of the per-round ratios must stay under MAX_RATIO_TO_DOMPARSER. Load slows
 * both sides alike; a slower parseFeed does not. The MB/s are logged.
 */
// Measured 2.8-3.6 with the DOM-based parser (busy 2-core machine): a floor
// against a parser that gets several times slower, not a target.
const MAX_RATIO_TO_DOMPARSER = 6;

function time(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

function ratioToDomParser(name: string, text: string): number {
  const bytes = new TextEncoder().encode(text).buffer;
  const ours = () => parseFeed(bytes, { url: 'https://example.org/feed' });
  const platform = () => new DOMParser().parseFromString(text, 'application/xml');
  expect(ours().items.length, 'items found').to.be.greaterThan(100);
  platform(); // warm-up
  const ratios: number[] = [];
  let fastest = Infinity;
  for (let round = 0; round < RUNS; round++) {
    const oursMs = time(ours);
    ratios.push(oursMs / time(platform));
    fastest = Math.min(fastest, oursMs);
  }
  const median = [...ratios].sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
  const megabytes = bytes.byteLength / 1024 / 1024;
  console.log(`parse speed ${name}: ${megabytes.toFixed(2)} MB, fastest ${fastest.toFixed(0)} ms (${(megabytes / (fastest / 1000)).toFixed(1)} MB/s), median ${median.toFixed(2)}x DOMParser's time`);
  return median;
}

describe('parseFeed speed', function () {
  this.timeout(60_000); // a hang detector only: the check is the ratio

  it(`parses a ~1 MB RSS 2.0 feed in at most ${MAX_RATIO_TO_DOMPARSER}x the time DOMParser takes to read it`, () => {
    expect(ratioToDomParser('RSS 2.0', generateRss())).to.be.below(MAX_RATIO_TO_DOMPARSER);
  });

  it(`parses a ~1 MB Atom feed in at most ${MAX_RATIO_TO_DOMPARSER}x the time DOMParser takes to read it`, () => {
    expect(ratioToDomParser('Atom 1.0', generateAtom())).to.be.below(MAX_RATIO_TO_DOMPARSER);
  });
});
