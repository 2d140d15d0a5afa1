/**
 * Dates in words for the study card: "today", "yesterday", "3 days ago" for
 * recent dates (`Intl.RelativeTimeFormat`), else the date itself
 * (`Intl.DateTimeFormat`), in the reader's language. Pure: `now` is a
 * parameter, so tests can fix it.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Intl formatters are slow to create (a page may show many cards, each with
 * several dates), so one is kept per language and option set.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
export function dateFormatter(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    // en-GB after the reader's language: where it has no date data, British rather than the browser's US default
    formatter = new Intl.DateTimeFormat([lang, 'en-GB'], options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** How many days back a date is still said in relative words ("6 days ago"); older dates are shown as dates. */
export const RECENT_DAYS = 7;

/** A date in words, and whether the words are relative ("yesterday") or a date ("3 Nov 2011"). */
export interface DateWords {
  text: string;
  relative: boolean;
}

/**
 * Whole calendar days from `date` to `now` in the reader's time zone: 0 for
 * any time today, 1 for yesterday, negative for future dates. Counted by
 * calendar date, not by 24-hour periods, so 23:50 yesterday is "yesterday".
 */
export function calendarDaysBetween(date: Date, now: Date): number {
  const day = (d: Date) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  return Math.round((day(now) - day(date)) / DAY_MS);
}

/**
 * `date` in words relative to `now`: "today", "yesterday", "n days ago" for
 * the last `recentDays` days, else a medium date ("3 Nov 2011"). Future
 * dates (a clock ahead of the reader's) are shown as dates.
 */
export function relativeDate(date: Date, now: Date, lang: string, recentDays = RECENT_DAYS): DateWords {
  const days = calendarDaysBetween(date, now);
  if (days >= 0 && days < recentDays && typeof Intl.RelativeTimeFormat === 'function') {
    return { text: new Intl.RelativeTimeFormat([lang, 'en-GB'], { numeric: 'auto' }).format(-days, 'day'), relative: true };
  }
  return { text: formatDate(date, lang), relative: false };
}

/** A medium date in the reader's language, e.g. "3 Nov 2011" in British English. */
export function formatDate(date: Date, lang: string): string {
  return dateFormatter(lang, { dateStyle: 'medium' }).format(date);
}

/** A date and time in full, for a tooltip, e.g. "Thursday 3 November 2011 at 09:30". */
export function formatFullDate(date: Date, lang: string): string {
  return dateFormatter(lang, { dateStyle: 'full', timeStyle: 'short' }).format(date);
}

/** A short time of day, e.g. "14:05" in British English. */
export function formatTime(date: Date, lang: string): string {
  return dateFormatter(lang, { timeStyle: 'short' }).format(date);
}

/** The first letter in upper case, for relative words that start a line ("Today"). */
export function capitalise(text: string, lang: string): string {
  return text ? text.charAt(0).toLocaleUpperCase(lang) + text.slice(1) : text;
}
