/**
 * Parse speed on generated ~1 MB RSS and Atom feeds (bytes in, including
 * decoding), logged in MB/s. The assertion is only a generous floor
 * (1 MB/s) so that it never flakes on a slow CI machine; the log is the
 * measurement.
 */
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse-feed.js';
import { generateAtom, generateRss } from './support/generated-feeds.js';

const TARGET_BYTES = 1024 * 1024;
const RUNS = 5;

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
    expect(measure('RSS 2.0', generateRss(TARGET_BYTES))).to.be.greaterThan(1);
  });

  it('parses a ~1 MB Atom feed at more than 1 MB/s', () => {
    expect(measure('Atom 1.0', generateAtom(TARGET_BYTES))).to.be.greaterThan(1);
  });
});
