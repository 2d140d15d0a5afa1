/** What `<cf-study-feed>` says in words: why a feed could not be loaded, and when. */
import { DEFAULT_MAX_BYTES } from '../feed/read-feed-text.js';
import type { Translator } from '../shared/strings.js';
import { formatBytes, type FeedLoadError } from './load-feed.js';
import { calendarDaysBetween, formatDate, formatTime, relativeDate } from './relative-time.js';

/** The reason for a failure, in the reader's words (`timeout` in milliseconds, for the timeout's words). */
export function errorWords(error: FeedLoadError, t: Translator, timeout: number): string {
  switch (error.code) {
    case 'http': {
      const status = error.httpStatus ?? 0;
      const params = { status };
      return t.lookup(`error.http.${status}`, params) ?? t(status >= 500 ? 'error.http.server' : 'error.http', params);
    }
    case 'timeout':
      return t('error.timeout', { seconds: t.number(timeout / 1000, { maximumFractionDigits: 1 }) });
    case 'too-large':
      return t('error.too-large', { limit: formatBytes(DEFAULT_MAX_BYTES) });
    case 'aborted':
      return '';
    default:
      return t(`error.${error.code}`);
  }
}

/** "today at 14:05", "yesterday at 09:00", "3 days ago", "on 3 Nov 2011". */
export function whenWords(date: Date, t: Translator): string {
  const words = relativeDate(date, new Date(), t.lang);
  if (!words.relative) return t('when.date', { date: formatDate(date, t.lang) });
  return calendarDaysBetween(date, new Date()) <= 1 ? t('when.dayAt', { day: words.text, time: formatTime(date, t.lang) }) : words.text;
}
