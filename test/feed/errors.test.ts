import { expect } from '@open-wc/testing';
import { DEFAULT_MAX_BYTES, FeedError, isFeedError, parseFeed } from '../../src/feed/parse-feed.js';
import { bufferOf, bytesOf, expectFeedError, rss } from './support/helpers.js';

describe('parseFeed errors', () => {
  it('throws too-large over maxBytes, for bytes and for text, before parsing', () => {
    const big = rss(`<item><title>${'x'.repeat(2000)}</title></item>`);
    const error = expectFeedError(() => parseFeed(big, { maxBytes: 1000 }), 'too-large');
    expect(error.message).to.match(/over the limit/);
    expectFeedError(() => parseFeed(bufferOf(bytesOf(big)), { maxBytes: 1000 }), 'too-large');
    expectFeedError(() => parseFeed('<not even xml'.repeat(100), { maxBytes: 1000 }), 'too-large');
  });

  it('accepts a feed exactly at the limit, and defaults to 5 MB', () => {
    const feed = rss('<item><title>ok</title></item>');
    expect(parseFeed(feed, { maxBytes: feed.length }).items).to.have.length(1);
    expect(DEFAULT_MAX_BYTES).to.equal(5 * 1024 * 1024);
  });

  it('throws not-a-feed for an HTML page, even one that is not well-formed XML', () => {
    const page = '<!DOCTYPE html><html><head><title>Blog</title><link rel="alternate" type="application/rss+xml" href="/feed"></head><body><p>Hello<br>world</body></html>';
    const error = expectFeedError(() => parseFeed(page, { contentType: 'text/html' }), 'not-a-feed');
    expect(error.message).to.match(/HTML/);
    expectFeedError(() => parseFeed('<html><body><p>Unclosed & broken</body>'), 'not-a-feed');
  });

  it('throws malformed for a truncated feed that even the lenient path cannot read', () => {
    const truncated = rss('<item><title>First</title><description>Cut off in the mi').slice(0, -20);
    expectFeedError(() => parseFeed(truncated), 'malformed');
    expectFeedError(() => parseFeed('<rss><channel><item><title>x</item></channel></rss>'), 'malformed');
  });

  it('throws errors that are Errors with a code, recognisable by isFeedError', () => {
    const error = expectFeedError(() => parseFeed('{"no": "items"}'), 'not-a-feed');
    expect(error).to.be.instanceOf(FeedError);
    expect(isFeedError(error)).to.equal(true);
    expect(isFeedError(new Error('other'))).to.equal(false);
  });
});
