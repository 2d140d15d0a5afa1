/**
 * What `persist` keeps for `<cf-study-feed>`: the last good copy of the feed
 * (trimmed), when it was fetched, and when the reader last saw a fresh copy
 * (for "new" marks). Stored data is read back defensively: a field of the
 * wrong type is dropped, never trusted, and URLs are filtered again when
 * they are rendered.
 */
import { parseStudy } from '../feed/study.js';
import type { Feed, FeedFormat, FeedItem } from '../feed/types.js';

export interface StoredState {
  /** The source the copy came from (the resolved `src`). */
  source?: string;
  /** The last good copy. */
  feed?: Feed;
  /** When the copy was fetched. */
  fetchedAt?: Date;
  /** When the reader last saw a freshly fetched copy. */
  lastVisit?: Date;
}

const FORMATS: readonly FeedFormat[] = ['rss2', 'rss1', 'atom', 'json'];

/** The JSON-ready record to store. Items are cut to `keepItems`; content HTML only when `keepContent`. */
export function toStoredRecord(state: Required<Pick<StoredState, 'source' | 'feed' | 'fetchedAt' | 'lastVisit'>>, keepItems: number, keepContent: boolean): Record<string, unknown> {
  const { feed } = state;
  return {
    version: 1,
    source: state.source,
    fetchedAt: state.fetchedAt.toISOString(),
    lastVisit: state.lastVisit.toISOString(),
    feed: {
      format: feed.format,
      title: feed.title,
      url: feed.url,
      description: feed.description,
      ...(feed.study ? { study: feed.study } : {}),
      items: feed.items.slice(0, keepItems).map((item) => ({
        id: item.id,
        title: item.title,
        url: item.url,
        ...(item.date ? { date: item.date.toISOString() } : {}),
        authors: item.authors,
        summary: item.summary,
        categories: item.categories,
        ...(keepContent && item.contentHtml ? { contentHtml: item.contentHtml } : {}),
      })),
    },
  };
}

/** Read a stored record back; anything unusable is left out. */
export function fromStoredRecord(value: unknown): StoredState {
  if (!isRecord(value) || value['version'] !== 1) return {};
  const state: StoredState = {};
  const source = value['source'];
  if (typeof source === 'string') state.source = source;
  const fetchedAt = toDate(value['fetchedAt']);
  if (fetchedAt) state.fetchedAt = fetchedAt;
  const lastVisit = toDate(value['lastVisit']);
  if (lastVisit) state.lastVisit = lastVisit;
  const feed = toFeed(value['feed']);
  if (feed) state.feed = feed;
  return state;
}

function toFeed(value: unknown): Feed | undefined {
  if (!isRecord(value) || !Array.isArray(value['items'])) return undefined;
  const format = FORMATS.find((f) => f === value['format']) ?? 'rss2';
  const study = value['study'] === undefined ? undefined : parseStudy(value['study']);
  return {
    format,
    title: text(value['title']),
    url: text(value['url']),
    description: text(value['description']),
    items: value['items'].filter(isRecord).map(toItem),
    ...(study ? { study } : {}),
  };
}

function toItem(value: Record<string, unknown>, index: number): FeedItem {
  const date = toDate(value['date']);
  const contentHtml = value['contentHtml'];
  return {
    id: text(value['id']) || `item-${index + 1}`,
    title: text(value['title']),
    url: text(value['url']),
    ...(date ? { date } : {}),
    authors: strings(value['authors']),
    summary: text(value['summary']),
    categories: strings(value['categories']),
    ...(typeof contentHtml === 'string' ? { contentHtml } : {}),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
}

function toDate(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
