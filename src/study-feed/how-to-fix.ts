/**
 * How a page author can fix each failure of `<cf-study-feed>`, for its one
 * console warning: a chunk loaded on the first failure (issue 10), since most
 * cards never fail. See `adviceFor` in load-feed.ts.
 */
import type { FeedLoadError } from './load-feed.js';

/** How the page's author can fix `error` (the card's feed is `src`). */
export function howToFix(error: FeedLoadError, src: string): string {
  switch (error.code) {
    case 'network':
      return `could not fetch the feed ${src} (${error.message}). Check the address; if the feed is on another site, its server must send Access-Control-Allow-Origin, or set the proxy attribute to a proxy URL template with {url}.`;
    case 'offline':
      return `could not fetch the feed ${src}: the browser is offline. It is fetched again when the connection returns.`;
    case 'http':
      return `the feed ${src} answered HTTP ${error.httpStatus ?? '?'}. Check the src address.`;
    case 'timeout':
      return `the feed ${src} did not answer in time (${error.message}). Raise the timeout attribute (milliseconds) or check the server.`;
    case 'not-a-feed':
      return `${src} is not an RSS, Atom or JSON Feed document (${error.message}). Point src at the feed itself, not the web page.`;
    case 'too-large':
      return `the feed ${src} is too large (${error.message}). Serve a shorter feed (fewer or shorter items).`;
    case 'malformed':
      return `the feed ${src} is broken and cannot be read (${error.message}). Check it with a feed validator.`;
    case 'parser':
      return `could not load the library's RSS and Atom reader, a file next to study-feed.js in its chunks/ folder (${error.message}). Serve the library's whole dist/ folder, chunks included, from one place; the card tries again when the reader presses "Try again".`;
    case 'inline':
      return `the inline <script type="application/json"> is not valid JSON (${error.message}). Check its commas and quotes.`;
    case 'no-source':
      return 'there is no feed to show. Add a src attribute with the feed URL, or a child <script type="application/json"> holding a JSON Feed.';
    case 'aborted':
      return 'the request was cancelled.';
  }
}
