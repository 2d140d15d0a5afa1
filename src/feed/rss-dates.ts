/**
 * Dates of RSS feeds, on the XML side: the usual RFC 822 form read at once,
 * everything else by parseFeedDate (dates.ts), which the JSON side shares.
 */
import { buildUtcDate, monthNumber, parseFeedDate } from './dates.js';

/** A feed date read as parseFeedDate reads it, the usual RSS form first (see below). */
export function parseRssDate(value: string | null | undefined): Date | undefined {
  const text = (value ?? '').trim();
  return parseUsualRfc822Date(text) ?? parseFeedDate(text);
}

/**
 * RFC 822 as RSS feeds nearly always write it, "Mon, 01 Jan 2024 09:00:00
 * +0000" (or GMT), read with one regular expression: the general reader
 * (dates.ts) runs six, and dates were a tenth of a parse (issue 14). Anything
 * else goes on to the general readers, which give the same result here.
 */
const USUAL_RFC822 = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (?:GMT|[+-]\d{4})$/;

function parseUsualRfc822Date(text: string): Date | undefined {
  // test(), then the fields by their fixed places: exec() built an array and nine strings per date.
  if (!USUAL_RFC822.test(text)) return undefined;
  const sign = text.charCodeAt(26);
  const offset = sign === 0x47 /* G */ ? 0 : (sign === 0x2d /* - */ ? -1 : 1) * (digitsAt(text, 27, 2) * 60 + digitsAt(text, 29, 2));
  const month = monthNumber(text.slice(8, 11))!;
  return buildUtcDate(digitsAt(text, 12, 4), month, digitsAt(text, 5, 2), digitsAt(text, 17, 2), digitsAt(text, 20, 2), digitsAt(text, 23, 2), 0, offset);
}

/** The number written with `count` ASCII digits from `at` (USUAL_RFC822 checked they are digits). */
function digitsAt(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}
