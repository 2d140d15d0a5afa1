/**
 * Fetching a feed for `<cf-study-feed>`: the URL (with an optional proxy
 * template), a timeout with `AbortController`, a size limit checked while the
 * body streams in, and every failure sorted into a `FeedLoadError` with a
 * `code` the element puts into words. No rendering here.
 */
import { isFeedError } from '../feed/errors.js';
import { DEFAULT_MAX_BYTES } from '../feed/read-feed-text.js';
import type { Feed } from '../feed/types.js';
import { loadXmlSide, parseFetchedFeed, targetsJson, type XmlSide } from './xml-side.js';

/**
 * Why a feed could not be shown:
 * - `network`: the request failed (server down, DNS, or the feed's server does not allow other sites to read it: CORS);
 * - `offline`: the same while the browser says it is offline;
 * - `http`: the server answered with an error status (`httpStatus`);
 * - `timeout`: no complete answer within `timeout` milliseconds;
 * - `not-a-feed`, `too-large`, `malformed`: from `parseFeed` (or the size check while downloading);
 * - `parser`: the part of the library that reads RSS and Atom (a chunk loaded on first use) could not be loaded;
 * - `inline`: the inline `<script type="application/json">` is not valid JSON;
 * - `no-source`: neither `src` nor an inline JSON Feed;
 * - `aborted`: cancelled because `src` changed or the element left the page (never shown).
 */
export type LoadErrorCode =
  | 'network'
  | 'offline'
  | 'http'
  | 'timeout'
  | 'not-a-feed'
  | 'too-large'
  | 'malformed'
  | 'parser'
  | 'inline'
  | 'no-source'
  | 'aborted';

/** What went wrong loading a feed: an `Error` with a `code` (and `httpStatus` for `http`). */
export class FeedLoadError extends Error {
  readonly code: LoadErrorCode;
  /** The HTTP status, for `code === 'http'`. */
  readonly httpStatus?: number;
  /** The URL that was requested (the proxy's, when a proxy is used). */
  readonly url?: string;

  constructor(code: LoadErrorCode, message: string, details: { httpStatus?: number; url?: string; cause?: unknown } = {}) {
    super(message);
    this.name = 'FeedLoadError';
    this.code = code;
    if (details.httpStatus !== undefined) this.httpStatus = details.httpStatus;
    if (details.url !== undefined) this.url = details.url;
    if (details.cause !== undefined) (this as { cause?: unknown }).cause = details.cause;
  }
}

export interface LoadFeedOptions {
  /** Milliseconds before the request is given up (default 10000). */
  timeout?: number;
  /** A URL template with `{url}`, replaced by the encoded feed URL. */
  proxy?: string;
  /** Aborts the request (another `src`, the element removed). */
  signal?: AbortSignal;
  /** Largest accepted body in bytes (default 5 MB, as `parseFeed`). */
  maxBytes?: number;
  /** `fetch` to use (tests). */
  fetch?: typeof fetch;
}

export interface LoadedFeed {
  feed: Feed;
  /** The URL that was requested (the proxy's, when a proxy is used). */
  requestUrl: string;
  /** When the answer arrived. */
  fetchedAt: Date;
}

/** The default timeout in milliseconds. */
export const DEFAULT_TIMEOUT = 10_000;

/**
 * The formats we read, best first. At most 128 bytes, so that Accept stays a
 * CORS-safelisted header: a longer one makes the browser send a preflight
 * (OPTIONS) first, which feed servers that allow any site to read them with
 * `Access-Control-Allow-Origin: *` rarely answer, and the fetch then fails.
 */
export const ACCEPT = 'application/feed+json, application/atom+xml, application/rss+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8';

/** `src` as an absolute URL against `base` (the page), or undefined when it cannot be one. */
export function resolveSource(src: string, base: string): string | undefined {
  const trimmed = src.trim();
  if (!trimmed) return undefined;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return undefined;
  }
}

/**
 * The proxy URL for `feedUrl`: every `{url}` in `template` replaced by the
 * percent-encoded feed URL. Undefined when the template has no `{url}`.
 */
export function applyProxy(template: string, feedUrl: string): string | undefined {
  if (!template.includes('{url}')) return undefined;
  return template.split('{url}').join(encodeURIComponent(feedUrl));
}

/**
 * Fetch and parse the feed at `feedUrl` (absolute). Relative URLs in the
 * feed are resolved against `feedUrl` itself (never the proxy's), or the
 * final URL after redirects when there is no proxy.
 *
 * @throws FeedLoadError
 */
export async function loadFeed(feedUrl: string, options: LoadFeedOptions = {}): Promise<LoadedFeed> {
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const requestUrl = options.proxy ? applyProxy(options.proxy, feedUrl) ?? feedUrl : feedUrl;
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  if (options.signal?.aborted) controller.abort();
  // the XML side downloads while the feed does; a .json URL waits to see whether it is needed at all
  const xmlSide = targetsJson(feedUrl) ? undefined : loadXmlSide();
  try {
    const response = await doFetch(requestUrl, {
      signal: controller.signal,
      headers: { Accept: ACCEPT },
      // Cookies only for the page's own site, as by default; never a referrer beyond the origin.
      credentials: 'same-origin',
      referrerPolicy: 'strict-origin-when-cross-origin',
    });
    if (!response.ok) {
      throw new FeedLoadError('http', `The server answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`, { httpStatus: response.status, url: requestUrl });
    }
    const bytes = await readBody(response, maxBytes, requestUrl);
    const baseUrl = options.proxy ? feedUrl : response.url || feedUrl;
    const feed = await parseFetchedFeed(bytes, { url: baseUrl, contentType: response.headers.get('content-type') ?? '', maxBytes }, () => xmlSideOrError(xmlSide, requestUrl));
    return { feed, requestUrl, fetchedAt: new Date() };
  } catch (error) {
    throw classify(error, { timedOut, aborted: options.signal?.aborted ?? false, timeout, url: requestUrl });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/** The XML side (started with the fetch, or now), a failed import as a `parser` error rather than a network one. */
function xmlSideOrError(started: Promise<XmlSide> | undefined, url: string): Promise<XmlSide> {
  return (started ?? loadXmlSide()).catch((cause: unknown) => {
    throw new FeedLoadError('parser', `The RSS and Atom reader could not be loaded (${cause instanceof Error ? cause.message : String(cause)}).`, { url, cause });
  });
}

/** The body as bytes, refusing it as soon as it grows past `maxBytes`. */
async function readBody(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const tooLarge = (size: number) => new FeedLoadError('too-large', `The feed is over ${formatBytes(maxBytes)} (at least ${formatBytes(size)}).`, { url });
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(declared);
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      void reader.cancel().catch(() => undefined);
      throw tooLarge(size);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Sort any failure into a `FeedLoadError`. */
export function classify(error: unknown, context: { timedOut: boolean; aborted: boolean; timeout: number; url?: string }): FeedLoadError {
  const url = context.url !== undefined ? { url: context.url } : {};
  if (error instanceof FeedLoadError) return error;
  if (context.timedOut) return new FeedLoadError('timeout', `No answer within ${context.timeout} ms.`, { ...url, cause: error });
  if (context.aborted) return new FeedLoadError('aborted', 'The request was cancelled.', { ...url, cause: error });
  // needs-dom cannot happen in a browser, where the widget runs; were it to, it is a feed that could not be read
  if (isFeedError(error)) return new FeedLoadError(error.code === 'needs-dom' ? 'malformed' : error.code, error.message, { ...url, cause: error });
  if (error instanceof TypeError) {
    // fetch rejects with a TypeError for every network failure, CORS included: the browser does not say which.
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    return new FeedLoadError(offline ? 'offline' : 'network', offline ? 'The browser is offline.' : `The request failed (${error.message}): the server cannot be reached, or it does not allow other sites to read the feed (CORS).`, { ...url, cause: error });
  }
  return new FeedLoadError('malformed', `The feed could not be read: ${error instanceof Error ? error.message : String(error)}`, { ...url, cause: error });
}

/** "5 MB", "600 kB". */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} kB`;
}

/** The words saying how to fix each failure (how-to-fix.ts): a chunk loaded on the first failure, since most cards never fail. */
export type HowToFix = typeof import('./how-to-fix.js');

/** How the chunk is imported; tests replace `load` to watch, hold or fail it. */
export const howToFixImport = {
  load: (): Promise<HowToFix> => import('./how-to-fix.js'),
};

/**
 * How the page's author can fix `error` (for the feed `src`), for the one
 * console warning. Without its chunk (study-feed.js served without chunks/,
 * or the network gone), the failure itself and where the chunks belong.
 */
export async function adviceFor(error: FeedLoadError, src: string): Promise<string> {
  try {
    return (await howToFixImport.load()).howToFix(error, src);
  } catch (cause) {
    return `could not load the feed ${src} (${error.message}), nor the advice on fixing that (${String(cause)}). Serve the library's whole dist/ folder, chunks/ included, next to study-feed.js.`;
  }
}
