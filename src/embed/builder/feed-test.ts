/**
 * "Test the feed": fetch the feed as a reader's browser would (through the
 * proxy, if given), exactly as `<cf-study-feed>` loads it, and say in plain
 * words what came back or why it failed.
 */
import { loadFeed, type Feed, type FeedItem, type FeedLoadError } from '../../index.js';

const FEED_TIMEOUT = 10_000;

const FORMAT_NAMES: Record<string, string> = { rss2: 'RSS 2.0', rss1: 'RSS 1.0', atom: 'Atom', json: 'JSON Feed' };

const longDate = (date: Date) => date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** The newest item by date, or the first when none has a date. */
function latestOf(items: FeedItem[]): FeedItem | undefined {
  const dated = items.filter((item) => item.date && !Number.isNaN(item.date.getTime()));
  return dated.length ? dated.reduce((latest, item) => (Number(item.date) > Number(latest.date) ? item : latest)) : items[0];
}

/** "RSS 2.0 feed “Title” with 5 updates; latest: “…” (1 November 2011)." */
function describeFeed(feed: Feed, feedUrl: string, proxy: string): string {
  const count = feed.items.length;
  const latest = latestOf(feed.items);
  let message = `${FORMAT_NAMES[feed.format] ?? 'A'} feed “${feed.title || 'without a title'}” with ${count} update${count === 1 ? '' : 's'}`;
  message += latest ? `; latest: “${latest.title || 'untitled'}”${latest.date ? ` (${longDate(latest.date)})` : ''}.` : '.';
  // a same-site feed says nothing about the blog, which is another site
  if (!proxy && new URL(feedUrl).origin === globalThis.location?.origin) {
    message += ' It is on the same site as this builder, so this test cannot tell whether other sites may read it.';
  }
  return message;
}

function explainStatus(code: number, proxy: string): string {
  const status = `HTTP ${code}`;
  const who = proxy ? 'The proxy' : "The feed's server";
  if (code === 404 || code === 410) return `${who} answered ${status}: there is no feed at this address. Check it, or copy the feed's link from the blog again.`;
  if (code === 401 || code === 403) return `${who} answered ${status}: the feed is not public, so readers could not see it either.`;
  if (code >= 500) return `${who} answered ${status}: the server has a problem. Try again later.`;
  return `${who} answered ${status}. Check the address.`;
}

function explainFeedError(code: string, message: string): string {
  if (code === 'not-a-feed') return 'This address gives a web page or another file, not a feed. Look on the blog for its feed link (it often ends in /feed, /rss or .xml).';
  if (code === 'too-large') return `The feed is too large to show (${message}). Ask its owner for a shorter feed.`;
  return `The feed is broken and cannot be read (${message}). A feed validator can show what is wrong.`;
}

/**
 * The plain-words reason a feed could not be fetched. `fetch` rejects with a
 * TypeError for every network failure, CORS included, and the browser does
 * not say which: so say what each party can do.
 */
export function explainFetchFailure(error: unknown, url: string, proxy = ''): string {
  const browserSays = (error as { message?: unknown } | null)?.message;
  const said = typeof browserSays === 'string' ? ` (the browser says: ${browserSays})` : '';
  if (globalThis.navigator?.onLine === false) return 'You seem to be offline, so the feed could not be read. Try again when you are connected.';
  if (proxy) {
    return `The proxy could not be reached, or it does not let other sites read its answers${said}. Check the proxy's address: a proxy for feeds must send the header Access-Control-Allow-Origin: *.`;
  }
  const insecure = /^http:/i.test(url) && globalThis.location?.protocol === 'https:' ? ['The address starts with http:, and a secure page (https:) may not read it: try its https: address.'] : [];
  return [
    `The feed at ${url} could not be read${said}.`,
    ...insecure,
    'Either its server could not be reached (check the address), or the feed is on another site that does not let other sites read it.',
    "A browser lets a page read a feed from another site only when the feed's server sends the header Access-Control-Allow-Origin: *.",
    "The feed's owner can add that header: some blog platforms send it already, WordPress does not by default.",
    'Or set a proxy you trust in the Proxy field, for example https://proxy.example/?url={url}.',
    'An iframe embed needs the same header, or the proxy.',
  ].join(' ');
}

/** The plain-words reason for a `FeedLoadError` (its `code` says what failed). */
function explainLoadFailure(error: Partial<FeedLoadError> & { cause?: unknown }, feedUrl: string, proxy: string, timeout: number): string {
  switch (error.code) {
    case 'timeout':
      return `The feed did not answer within ${timeout / 1000} seconds. The server may be slow or down: try again later, and check the address.`;
    case 'http':
      return explainStatus(error.httpStatus ?? 0, proxy);
    case 'not-a-feed':
    case 'too-large':
    case 'malformed':
      return explainFeedError(error.code, error.message ?? '');
    default: // network, offline: fetch does not say which, CORS included
      return explainFetchFailure(error.cause ?? error, feedUrl, proxy);
  }
}

/**
 * Fetch the feed as a reader's browser would (through the proxy, if given)
 * and say in plain words what came back. `timeout`: milliseconds before giving up (10 s).
 */
export async function testFeed(url: string, proxy = '', { timeout = FEED_TIMEOUT }: { timeout?: number } = {}): Promise<{ ok: boolean; message: string }> {
  const address = url.trim();
  const template = proxy.trim();
  if (!address) return { ok: false, message: 'Type the address of the feed first.' };
  let feedUrl: string;
  try {
    feedUrl = new URL(address, document.baseURI).href;
  } catch {
    return { ok: false, message: `“${address}” is not a web address.` };
  }
  if (template && !template.includes('{url}')) return { ok: false, message: "The proxy must contain {url} where the feed's address goes." };
  try {
    // exactly as <cf-study-feed> will load it: same request, proxy, timeout and size limit
    const { feed } = await loadFeed(feedUrl, { timeout, proxy: template });
    return { ok: true, message: describeFeed(feed, feedUrl, template) };
  } catch (error) {
    return { ok: false, message: explainLoadFailure(error as FeedLoadError, feedUrl, template, timeout) };
  }
}
