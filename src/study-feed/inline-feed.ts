/** The inline JSON Feed of `<cf-study-feed>`: a child `<script type="application/json">`. */
import { checkFeedSize, DEFAULT_MAX_BYTES, readFeedText } from '../feed/read-feed-text.js';
import type { Feed } from '../feed/types.js';
import { readJsonChild } from '../shared/json-child.js';
import { classify, FeedLoadError } from './load-feed.js';

/** The inline feed child as read now (its parsed value or its error), to notice a change. */
export function inlineFeedText(host: Element): string {
  return JSON.stringify(readJsonChild(host));
}

/**
 * Read the inline JSON Feed of `host`, waiting for the page to be parsed
 * when the child is not there yet. `onRead` gets the child as read (see
 * `inlineFeedText`), before it is checked.
 *
 * @throws FeedLoadError `no-source`, `inline` (not JSON), `aborted`, or a parse error.
 */
export async function readInlineFeed(host: Element, signal: AbortSignal, onRead: (shown: string) => void): Promise<Feed> {
  let child = readJsonChild(host);
  if (!child.found && document.readyState === 'loading') {
    // defined while the page is still being parsed: the children may not be there yet
    await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
    if (signal.aborted) throw new FeedLoadError('aborted', 'The request was cancelled.');
    child = readJsonChild(host);
  }
  onRead(JSON.stringify(child));
  if (!child.found) throw new FeedLoadError('no-source', 'There is no src attribute and no inline JSON Feed.');
  if (!child.ok) throw new FeedLoadError('inline', child.error);
  try {
    // JSON.parse gave the value, so this is JSON text: the XML side is never needed
    const text = JSON.stringify(child.value);
    checkFeedSize(text, DEFAULT_MAX_BYTES);
    return readFeedText(text, { url: document.baseURI });
  } catch (error) {
    throw classify(error, { timedOut: false, aborted: false, timeout: 0 });
  }
}
