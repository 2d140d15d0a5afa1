import { expect } from '@open-wc/testing';
import { parseFeedDate, parseIsoDate, parseRfc822Date } from '../../src/feed/dates.js';
import { parseRssDate } from '../../src/feed/rss-dates.js';

const iso = (value: string): string | undefined => parseFeedDate(value)?.toISOString();

describe('feed dates', () => {
  describe('RFC 822', () => {
    it('reads the canonical form with GMT', () => {
      expect(iso('Thu, 01 Jan 2004 19:48:21 GMT')).to.equal('2004-01-01T19:48:21.000Z');
    });

    it('applies named North American zones', () => {
      expect(iso('Thu, 01 Jan 2004 19:48:21 EST')).to.equal('2004-01-02T00:48:21.000Z');
      expect(iso('Thu, 01 Jul 2004 12:00:00 PDT')).to.equal('2004-07-01T19:00:00.000Z');
      expect(iso('Thu, 01 Jul 2004 12:00:00 CDT')).to.equal('2004-07-01T17:00:00.000Z');
    });

    it('reads UT, UTC and Z as UTC', () => {
      for (const zone of ['UT', 'UTC', 'Z']) expect(iso(`01 Jan 2004 10:00:00 ${zone}`), zone).to.equal('2004-01-01T10:00:00.000Z');
    });

    it('applies numeric offsets with and without a colon', () => {
      expect(iso('Sat, 07 Sep 2002 00:00:01 +0200')).to.equal('2002-09-06T22:00:01.000Z');
      expect(iso('Sat, 07 Sep 2002 00:00:01 -05:30')).to.equal('2002-09-07T05:30:01.000Z');
    });

    it('reads military zone letters as RFC 822 wrote them', () => {
      expect(iso('01 Jan 2004 12:00:00 A')).to.equal('2004-01-01T13:00:00.000Z'); // A = -1 hour
      expect(iso('01 Jan 2004 12:00:00 N')).to.equal('2004-01-01T11:00:00.000Z'); // N = +1 hour
      expect(iso('01 Jan 2004 12:00:00 Y')).to.equal('2004-01-01T00:00:00.000Z'); // Y = +12 hours
    });

    it('expands two-digit years as RFC 2822 does', () => {
      expect(iso('Thu, 01 Jan 04 19:48:21 GMT')).to.equal('2004-01-01T19:48:21.000Z');
      expect(iso('Fri, 01 Jan 99 19:48:21 GMT')).to.equal('1999-01-01T19:48:21.000Z');
    });

    it('accepts missing seconds, missing weekday, full names and no zone', () => {
      expect(iso('Thu, 01 Jan 2004 19:48 GMT')).to.equal('2004-01-01T19:48:00.000Z');
      expect(iso('01 Jan 2004 19:48:21 GMT')).to.equal('2004-01-01T19:48:21.000Z');
      expect(iso('Thursday, 1 January 2004 19:48:21 GMT')).to.equal('2004-01-01T19:48:21.000Z');
      expect(iso('Thu, 01 Jan 2004 19:48:21')).to.equal('2004-01-01T19:48:21.000Z');
      expect(iso('1 Jan 2004')).to.equal('2004-01-01T00:00:00.000Z');
    });

    it('rejects impossible dates', () => {
      expect(parseRfc822Date('31 Feb 2004 10:00:00 GMT')).to.equal(undefined);
      expect(parseRfc822Date('01 Foo 2004 10:00:00 GMT')).to.equal(undefined);
      expect(parseRfc822Date('01 Jan 2004 10:00:00 NOWHERE')).to.equal(undefined);
    });
  });

  describe('RFC 3339 and ISO 8601', () => {
    it('reads UTC with Z', () => {
      expect(iso('2003-12-31T10:14:55Z')).to.equal('2003-12-31T10:14:55.000Z');
    });

    it('reads fractions of a second and offsets', () => {
      expect(iso('2003-12-31T10:14:55.25-05:00')).to.equal('2003-12-31T15:14:55.250Z');
      expect(iso('2003-12-31T10:14:55+0100')).to.equal('2003-12-31T09:14:55.000Z');
    });

    it('reads a space separator and missing seconds', () => {
      expect(iso('2003-12-31 10:14:55Z')).to.equal('2003-12-31T10:14:55.000Z');
      expect(iso('2002-10-17T17:00+01:00')).to.equal('2002-10-17T16:00:00.000Z');
    });

    it('reads a date alone as midnight UTC, and reduced precision', () => {
      expect(iso('2012-04-15')).to.equal('2012-04-15T00:00:00.000Z');
      expect(iso('2012-04')).to.equal('2012-04-01T00:00:00.000Z');
      expect(iso('20031231T101455Z')).to.equal('2003-12-31T10:14:55.000Z');
    });

    it('rejects out-of-range fields', () => {
      expect(parseIsoDate('2003-13-01')).to.equal(undefined);
      expect(parseIsoDate('2003-02-30T10:00:00Z')).to.equal(undefined);
    });
  });

  it('gives undefined for garbage, never an error', () => {
    for (const value of ['', '   ', 'yesterday', 'not a date at all', '2004-xx-01', 'Thu, 99 Foo', undefined, null]) {
      expect(parseFeedDate(value), String(value)).to.equal(undefined);
    }
  });
});

describe('feed dates: month first', () => {
  it('reads "Jan 01 2004" with the month before the day', () => {
    expect(iso('Jan 01 2004 10:00:00 GMT')).to.equal('2004-01-01T10:00:00.000Z');
  });

  it('reads the usual RSS form ("Mon, 01 Jan 2024 09:00:00 +0000") as the general RFC 822 reader does (issue 14 fast path)', () => {
    const days = ['01', '28', '29', '30', '31', '00', '32'];
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'Dec'];
    const times = ['00:00:00', '09:05:07', '23:59:60', '24:00:00', '25:00:00', '12:60:00'];
    const zones = ['+0000', '-0000', 'GMT', '+0530', '-1200', '+1400', 'EST', 'Z'];
    for (const day of days)
      for (const month of months)
        for (const year of ['2024', '2023', '1999', '2000', '1900', '0099', '1000', '1600', '2100', '9999'])
          for (const time of times)
            for (const zone of zones) {
              const text = `Mon, ${day} ${month} ${year} ${time} ${zone}`;
              expect(parseRssDate(text)?.toISOString(), text).to.equal(parseRfc822Date(text)?.toISOString());
            }
  });
});

describe('feed dates: the calendar', () => {
  it('counts days as Date counts them, leap years and years 0-99 included (issue 14: arithmetic, not Date setters)', () => {
    for (const year of [0, 1, 4, 99, 100, 400, 1000, 1600, 1900, 1969, 1970, 2000, 2023, 2024, 2100, 9999]) {
      for (let month = 0; month < 12; month++) {
        for (const day of [1, 15, 28, 29, 30, 31]) {
          const expected = new Date(0);
          expected.setUTCFullYear(year, month, day);
          expected.setUTCHours(23, 59, 58, 0);
          const text = `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}T23:59:58Z`;
          // Day 31 of a 30-day month (and the like) is no date at all.
          expect(parseIsoDate(text)?.toISOString(), text).to.equal(expected.getUTCDate() === day ? expected.toISOString() : undefined);
        }
      }
    }
  });
});
