import { expect } from '@open-wc/testing';
import { calendarDaysBetween, capitalise, relativeDate } from '../../src/study-feed/relative-time.js';
import { milestoneDate } from '../../src/study-feed/study-extras.js';
import { applyProxy, classify, FeedLoadError, formatBytes, loadFeed, resolveSource } from '../../src/study-feed/load-feed.js';
import { howToFix } from '../../src/study-feed/how-to-fix.js';
import { fromStoredRecord, toStoredRecord } from '../../src/study-feed/stored-copy.js';
import { parseFeed } from '../../src/feed/parse-feed.js';

describe('relative time', () => {
  const now = new Date(2024, 2, 15, 14, 30); // Friday 15 March 2024, 14:30 local time

  it('says today, yesterday and n days ago for the last week', () => {
    expect(relativeDate(new Date(2024, 2, 15, 0, 5), now, 'en-GB')).to.deep.equal({ text: 'today', relative: true });
    expect(relativeDate(new Date(2024, 2, 14, 23, 50), now, 'en-GB')).to.deep.equal({ text: 'yesterday', relative: true });
    expect(relativeDate(new Date(2024, 2, 12, 9), now, 'en-GB')).to.deep.equal({ text: '3 days ago', relative: true });
    expect(relativeDate(new Date(2024, 2, 9, 9), now, 'en-GB').text).to.equal('6 days ago');
  });

  it('gives the date for older and future dates', () => {
    expect(relativeDate(new Date(2024, 2, 8, 9), now, 'en-GB')).to.deep.equal({ text: '8 Mar 2024', relative: false });
    expect(relativeDate(new Date(2011, 10, 3), now, 'en-GB').text).to.equal('3 Nov 2011');
    expect(relativeDate(new Date(2024, 2, 17), now, 'en-GB').relative).to.equal(false);
  });

  it("uses the reader's language", () => {
    expect(relativeDate(new Date(2024, 2, 14, 9), now, 'fr').text).to.equal('hier');
    expect(relativeDate(new Date(2024, 2, 12, 9), now, 'de').text).to.equal('vor 3 Tagen');
    expect(relativeDate(new Date(2011, 10, 3), now, 'en-US').text).to.equal('Nov 3, 2011');
  });

  it('counts calendar days, not 24-hour periods', () => {
    expect(calendarDaysBetween(new Date(2024, 2, 14, 23, 59), new Date(2024, 2, 15, 0, 1))).to.equal(1);
    expect(calendarDaysBetween(new Date(2024, 2, 15, 0, 1), new Date(2024, 2, 15, 23, 59))).to.equal(0);
  });

  it('capitalises relative words for the start of a line', () => {
    expect(capitalise('yesterday', 'en-GB')).to.equal('Yesterday');
  });

  it('shows milestone dates at the precision written', () => {
    expect(milestoneDate('2012-04', 'en-GB')).to.deep.equal({ text: 'April 2012', datetime: '2012-04' });
    expect(milestoneDate('2012-04-30', 'en-GB')).to.deep.equal({ text: '30 Apr 2012', datetime: '2012-04-30' });
    expect(milestoneDate('2012', 'en-GB')).to.deep.equal({ text: '2012', datetime: '2012' });
    expect(milestoneDate('before Christmas', 'en-GB')).to.deep.equal({ text: 'before Christmas' });
    expect(milestoneDate('2012-13', 'en-GB')).to.deep.equal({ text: '2012-13' });
  });
});

describe('loadFeed and its helpers', () => {
  it('builds proxy URLs with the encoded feed URL', () => {
    expect(applyProxy('https://proxy.example.org/?url={url}', 'https://a.example.org/feed?x=1&y=2')).to.equal('https://proxy.example.org/?url=https%3A%2F%2Fa.example.org%2Ffeed%3Fx%3D1%26y%3D2');
    expect(applyProxy('https://proxy.example.org/', 'https://a.example.org/feed')).to.equal(undefined);
  });

  it('resolves src against the page', () => {
    expect(resolveSource('feeds/a.xml', 'https://example.org/blog/post')).to.equal('https://example.org/blog/feeds/a.xml');
    expect(resolveSource('  ', 'https://example.org/')).to.equal(undefined);
    expect(resolveSource('http://[bad', 'https://example.org/')).to.equal(undefined);
  });

  it('classifies failures into codes', () => {
    expect(classify(new TypeError('Failed to fetch'), { timedOut: false, aborted: false, timeout: 1 }).code).to.equal('network');
    expect(classify(new DOMException('aborted', 'AbortError'), { timedOut: true, aborted: false, timeout: 1 }).code).to.equal('timeout');
    expect(classify(new DOMException('aborted', 'AbortError'), { timedOut: false, aborted: true, timeout: 1 }).code).to.equal('aborted');
    let parseError: unknown;
    try {
      parseFeed('<html><body>hi</body></html>');
    } catch (error) {
      parseError = error;
    }
    expect(classify(parseError, { timedOut: false, aborted: false, timeout: 1 }).code).to.equal('not-a-feed');
    expect(classify(new Error('odd'), { timedOut: false, aborted: false, timeout: 1 }).code).to.equal('malformed');
  });

  it('says how to fix each failure', () => {
    expect(howToFix(new FeedLoadError('network', 'x'), 'https://a.example.org/feed')).to.contain('proxy attribute');
    expect(howToFix(new FeedLoadError('timeout', 'x'), 'f')).to.contain('timeout attribute');
    expect(howToFix(new FeedLoadError('http', 'x', { httpStatus: 404 }), 'f')).to.contain('HTTP 404');
    expect(formatBytes(5 * 1024 * 1024)).to.equal('5 MB');
  });

  it('reports HTTP status and parses with the feed URL as base (fake fetch)', async () => {
    const fake404 = (async () => new Response('nope', { status: 404 })) as typeof fetch;
    const error = await loadFeed('https://a.example.org/feed', { fetch: fake404 }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(FeedLoadError);
    expect((error as FeedLoadError).httpStatus).to.equal(404);
    let requested = '';
    const fakeFeed = (async (input: RequestInfo | URL) => {
      requested = String(input);
      return new Response('<rss version="2.0"><channel><title>T</title><item><title>I</title><link>/post</link></item></channel></rss>', { status: 200 });
    }) as typeof fetch;
    const loaded = await loadFeed('https://a.example.org/feeds/x.xml', { fetch: fakeFeed, proxy: 'https://proxy.example.org/?u={url}' });
    expect(requested).to.equal('https://proxy.example.org/?u=https%3A%2F%2Fa.example.org%2Ffeeds%2Fx.xml');
    expect(loaded.feed.items[0]!.url).to.equal('https://a.example.org/post'); // the feed's URL, not the proxy's
  });

  it('stops reading a body as soon as it is over the limit', async () => {
    const big = new Uint8Array(2048).fill(65);
    const fake = (async () => new Response(new Blob([big, big, big]).stream(), { status: 200 })) as typeof fetch;
    const error = await loadFeed('https://a.example.org/feed', { fetch: fake, maxBytes: 3000 }).catch((e: unknown) => e);
    expect((error as FeedLoadError).code).to.equal('too-large');
  });

  it('aborts when the signal aborts', async () => {
    const controller = new AbortController();
    const hanging = ((_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))) as typeof fetch;
    const pending = loadFeed('https://a.example.org/feed', { fetch: hanging, signal: controller.signal }).catch((e: unknown) => e);
    controller.abort();
    expect(((await pending) as FeedLoadError).code).to.equal('aborted');
  });
});

describe('the stored copy', () => {
  it('round-trips a feed with dates and validates what it reads', () => {
    const feed = parseFeed(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'S', items: [{ id: '1', title: 'One', url: 'https://example.org/1', date_published: '2011-11-05T09:00:00Z', content_html: '<p>x</p>' }], _study: { status: 'active', milestones: [{ title: 'M', date: '2012-04', status: 'planned' }], links: [{ title: 'L', url: 'https://example.org/l' }] } }));
    const record = toStoredRecord({ source: 'https://example.org/feed', feed, fetchedAt: new Date('2024-01-01T10:00:00Z'), lastVisit: new Date('2024-01-01T10:00:00Z') }, 10, false);
    const back = fromStoredRecord(JSON.parse(JSON.stringify(record)));
    expect(back.source).to.equal('https://example.org/feed');
    expect(back.fetchedAt?.toISOString()).to.equal('2024-01-01T10:00:00.000Z');
    expect(back.feed?.items[0]?.date?.toISOString()).to.equal('2011-11-05T09:00:00.000Z');
    expect(back.feed?.items[0]?.contentHtml).to.equal(undefined); // content only kept for rich
    expect(back.feed?.study?.milestones[0]?.title).to.equal('M');
    expect(fromStoredRecord({ version: 1, feed: { items: 'nope' }, lastVisit: 'never' })).to.deep.equal({});
    expect(fromStoredRecord('garbage')).to.deep.equal({});
  });
});
