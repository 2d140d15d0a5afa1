/**
 * Parse speed on generated ~1 MB RSS and Atom feeds (bytes in, including
 * decoding), logged in MB/s. The assertion is only a generous floor
 * (1 MB/s) so that it never flakes on a slow CI machine; the log is the
 * measurement.
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

/** Parse `text` as bytes RUNS times after a warm-up; the fastest run gives the rate (the others mostly measure machine load). */
function measure(name: string, text: string): number {
  const bytes = new TextEncoder().encode(text).buffer;
  parseFeed(bytes, { url: 'https://example.org/feed' }); // warm-up
  let fastest = Infinity;
  let items = 0;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    items = parseFeed(bytes, { url: 'https://example.org/feed' }).items.length;
    fastest = Math.min(fastest, (performance.now() - started) / 1000);
  }
  const megabytes = bytes.byteLength / 1024 / 1024;
  const rate = megabytes / fastest;
  console.log(`parse speed ${name}: ${megabytes.toFixed(2)} MB, ${items} items, ${(fastest * 1000).toFixed(0)} ms (fastest of ${RUNS}), ${rate.toFixed(1)} MB/s`);
  return rate;
}

describe('parseFeed speed', function () {
  this.timeout(60_000);

  it('parses a ~1 MB RSS 2.0 feed at more than 1 MB/s', () => {
    expect(measure('RSS 2.0', generateRss())).to.be.greaterThan(1);
  });

  it('parses a ~1 MB Atom feed at more than 1 MB/s', () => {
    expect(measure('Atom 1.0', generateAtom())).to.be.greaterThan(1);
  });
});
