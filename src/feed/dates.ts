/**
 * Feed dates: RFC 822/2822 (RSS) with the deviations found in real feeds,
 * RFC 3339 / W3C-DTF / ISO 8601 (Atom, JSON Feed, Dublin Core). A date that
 * cannot be read gives `undefined`, never an error: a feed with a bad date
 * is still worth showing.
 */

/** Month abbreviations, three letters each: a month's number is its place ÷ 3. */
const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';

/** A month's number (0-11) from its name or abbreviation, any case; undefined when it names none. */
export function monthNumber(name: string): number | undefined {
  const at = name.length >= 3 ? MONTHS.indexOf(name.slice(0, 3).toLowerCase()) : -1;
  return at >= 0 && at % 3 === 0 ? at / 3 : undefined;
}

/** Named zones, in hours east of UTC (RFC 822 section 5 and the North American ones feeds use). */
const ZONES: Record<string, number> = {
  ut: 0, utc: 0, gmt: 0, z: 0, wet: 0, bst: 1, cet: 1, cest: 2, eet: 2, eest: 3,
  est: -5, edt: -4, cst: -6, cdt: -5, mst: -7, mdt: -6, pst: -8, pdt: -7,
  ast: -4, adt: -3, akst: -9, akdt: -8, hst: -10, nzst: 12, nzdt: 13, jst: 9, ist: 5.5,
  et: -5, ct: -6, mt: -7, pt: -8, at: -4,
};

/**
 * RFC 822 military zones as the RFC wrote them (A = -1 … M = -12, N = +1 …
 * Y = +12, Z = 0). RFC 1123 notes the signs were probably meant the other
 * way round; like feedparser we follow the text of RFC 822.
 */
function militaryZone(letter: string): number | undefined {
  const code = letter.toUpperCase().charCodeAt(0);
  if (letter.length !== 1 || code < 65 || code > 90 || letter.toUpperCase() === 'J') return undefined;
  if (letter.toUpperCase() === 'Z') return 0;
  if (code <= 73) return -(code - 64); // A-I: -1..-9
  if (code <= 77) return -(code - 65); // K-M: -10..-12
  return code - 77; // N-Y: +1..+12
}

/** Parse a feed date in any of the supported formats; `undefined` when unreadable. */
export function parseFeedDate(value: string | null | undefined): Date | undefined {
  const text = (value ?? '').trim();
  if (!text) return undefined;
  return parseIsoDate(text) ?? parseRfc822Date(text);
}

/**
 * RFC 3339 / ISO 8601: `2003-12-31T10:14:55Z`, fractions, `+01:00` or
 * `+0100` offsets, a space instead of `T`, the basic form `20031231T101455Z`,
 * and reduced precision (`2003-12-31`, `2003-12`, `2003`). No zone means UTC.
 */
export function parseIsoDate(text: string): Date | undefined {
  const match =
    /^(\d{4})(?:-?(\d{2})(?:-?(\d{2})(?:[T\s](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(
      text,
    );
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, fraction, zone] = match;
  if (zone && !h && (mo || d)) return undefined; // a zone without a time is not a date we know
  const offset = zone ? parseNumericZone(zone) : 0;
  const millis = fraction ? Math.round(Number(`0.${fraction}`) * 1000) : 0;
  return buildUtcDate(Number(y), Number(mo ?? 1) - 1, Number(d ?? 1), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0), millis, offset);
}

/**
 * RFC 822 / 2822 with the usual deviations: no weekday, full day or month
 * names, day and month swapped ("Jan 01 2004"), two-digit years (00-49 ->
 * 20xx, 50-99 -> 19xx), missing seconds, dashes between the date parts,
 * numeric zones with or without a colon, named and military zones, no
 * zone (read as UTC).
 */
export function parseRfc822Date(text: string): Date | undefined {
  const cleaned = text
    .replace(/^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*/i, '') // weekday, if any
    .replace(/,/g, ' ')
    .replace(/(\d)-([a-z])/gi, '$1 $2')
    .replace(/([a-z])-(\d)/gi, '$1 $2')
    .replace(/\s+/g, ' ')
    .trim();
  const dayFirst = /^(\d{1,2}) ([a-z]+)\.? (\d{2,4})(?: (.*))?$/i.exec(cleaned);
  const monthFirst = /^([a-z]+)\.? (\d{1,2}) (\d{2,4})(?: (.*))?$/i.exec(cleaned);
  let day: string, monthName: string, yearText: string, rest: string;
  if (dayFirst) [, day = '', monthName = '', yearText = '', rest = ''] = dayFirst;
  else if (monthFirst) [, monthName = '', day = '', yearText = '', rest = ''] = monthFirst;
  else return undefined;
  const month = monthNumber(monthName);
  if (month === undefined) return undefined;
  const time = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(?:\s*(.*))?$/.exec(rest ?? '');
  if (rest && !time) return undefined;
  const offset = time?.[4] ? parseZone(time[4]) : 0;
  if (offset === undefined) return undefined;
  return buildUtcDate(
    expandYear(yearText),
    month,
    Number(day),
    Number(time?.[1] ?? 0),
    Number(time?.[2] ?? 0),
    Number(time?.[3] ?? 0),
    0,
    offset,
  );
}

/** Two-digit years as RFC 2822 section 4.3 says: 00-49 are 20xx, 50-99 are 19xx. */
function expandYear(text: string): number {
  const year = Number(text);
  if (text.length === 2) return year < 50 ? 2000 + year : 1900 + year;
  return year;
}

/** A zone as written after an RFC 822 time: numeric, named, "GMT+1"-style, or military. In minutes. */
function parseZone(zone: string): number | undefined {
  const text = zone.trim().replace(/^\((.*)\)$/, '$1');
  if (/^[+-]\d{1,2}(:?\d{2})?$/.test(text)) return parseNumericZone(text);
  const gmtOffset = /^(?:gmt|utc|ut)\s*([+-]\d{1,2}(?::?\d{2})?)$/i.exec(text);
  if (gmtOffset?.[1]) return parseNumericZone(gmtOffset[1]);
  const word = /^([a-z]+)(?:\s.*)?$/i.exec(text)?.[1]?.toLowerCase();
  if (!word) return undefined;
  const hours = ZONES[word] ?? militaryZone(word);
  return hours === undefined ? undefined : hours * 60;
}

/** `Z`, `+01:00`, `-0500`, `+01`, `+1` in minutes east of UTC. */
function parseNumericZone(zone: string): number {
  if (/^z$/i.test(zone)) return 0;
  const match = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(zone);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

/**
 * A UTC Date from calendar fields and an offset in minutes, or undefined when
 * the fields are out of range. Counted by arithmetic on the proleptic
 * Gregorian calendar, as Date counts: years 0-99 stay as written (Date.UTC
 * would read them as 19xx), and setting the fields of a Date one by one cost
 * as much again as the rest of a date (issue 14).
 */
export function buildUtcDate(
  year: number, month: number, day: number, hour: number, minute: number, second: number, millis: number, offsetMinutes: number,
): Date | undefined {
  if (month < 0 || month > 11 || day < 1 || day > daysInMonth(year, month) || hour > 24 || minute > 59 || second > 60) return undefined;
  // A leap second reads as :59.
  const date = new Date(((daysSinceEpoch(year, month, day) * 24 + hour) * 60 + minute - offsetMinutes) * 60_000 + Math.min(second, 59) * 1000 + millis);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function daysInMonth(year: number, month: number): number {
  if (month !== 1) return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month]!;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/** Days from 1970-01-01 to a date of the proleptic Gregorian calendar (month 0-11), by whole 400-year cycles. */
function daysSinceEpoch(year: number, month: number, day: number): number {
  const y = month < 2 ? year - 1 : year; // years counted from March: the leap day comes last
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month < 2 ? month + 10 : month - 2) + 2) / 5) + day - 1;
  return era * 146097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719468;
}
