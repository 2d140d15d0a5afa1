/**
 * Runs feedparser's test corpus (test/fixtures/feedparser/tests, served
 * by test/support/test-server-routes.mjs) through `parseFeed`, checks the
 * `Expect:` expressions that translate to our `Feed` (rules in
 * support/expect-translator.ts) and prints, per group (directory): files,
 * checked, passed, skipped, threw, pass rate.
 *
 * - Each file is parsed as if fetched from feedparser's own test server,
 *   `http://127.0.0.1:8097/tests/<path>`, so expectations about the document
 *   URL hold; `Header:` lines in the opening comment stand for HTTP headers:
 *   `Content-Type` becomes `options.contentType`, `Content-Location` the
 *   feed URL. Leading `Header:` lines before the markup, if any, are removed
 *   from the bytes.
 * - `wellformed/sanitize`: feedparser's expectations there describe its own
 *   sanitiser's output; `parseFeed` leaves sanitising to the element, so the
 *   check is only that every file parses without throwing.
 * - The test fails when the pass rate of the checked files, over the groups
 *   in THRESHOLD_GROUPS taken together, falls under PASS_RATE_THRESHOLD.
 */
import { expect } from '@open-wc/testing';
import { parseFeed, type Feed } from '../../src/feed/parse-feed.js';
import { fetchCorpus, optionsFor, type CorpusFile } from './support/corpus.js';
import { translateExpect, type Check } from './support/expect-translator.js';

/**
 * The lowest accepted pass rate over THRESHOLD_GROUPS taken together.
 * Measured at 97.8% (406 of 415 checked files) in Chromium when this was
 * written; the remaining failures are feedparser-specific choices (repairing
 * double-encoded UTF-8, the last of several `created` elements winning, RSS
 * `summary` vs `description` precedence, not resolving relative Atom ids).
 * Set just under the measured rate: a regression of two files fails it.
 */
const PASS_RATE_THRESHOLD = 0.975;
const THRESHOLD_GROUPS = [
  'wellformed/rss',
  'wellformed/rdf',
  'wellformed/atom',
  'wellformed/atom10',
  'wellformed/base',
  'wellformed/amp',
  'encoding',
];

interface GroupTally {
  files: number;
  checked: number;
  passed: number;
  skipped: number;
  threw: number;
}

interface Failure {
  path: string;
  detail: string;
}

function checkFor(file: CorpusFile): Check | undefined {
  if (file.group === 'wellformed/sanitize') return () => true; // parses without throwing (see the module comment)
  return file.expect ? translateExpect(file.expect).check : undefined;
}

function percent(passed: number, checked: number): string {
  return checked ? `${((100 * passed) / checked).toFixed(1)}%` : '-';
}

describe('parseFeed on the feedparser corpus', function () {
  this.timeout(120_000);

  it(`passes at least ${PASS_RATE_THRESHOLD * 100}% of the checked files in the main groups`, async function () {
    const started = performance.now();
    const files = await fetchCorpus();
    expect(files.length, 'the feedparser corpus is missing: it belongs in test/fixtures/feedparser/tests').to.be.greaterThan(2000);
    const fetched = performance.now();
    const tallies = new Map<string, GroupTally>();
    const failures: Failure[] = [];
    for (const file of files) {
      const tally = tallies.get(file.group) ?? { files: 0, checked: 0, passed: 0, skipped: 0, threw: 0 };
      tallies.set(file.group, tally);
      tally.files++;
      const check = checkFor(file);
      let feed: Feed | undefined;
      let error: unknown;
      try {
        feed = parseFeed(file.body.slice().buffer, optionsFor(file));
      } catch (caught) {
        error = caught;
        tally.threw++;
      }
      if (!check) {
        tally.skipped++;
        continue;
      }
      tally.checked++;
      const result = feed ? check({ feed, body: file.body }) : `threw ${(error as { code?: string }).code ?? String(error)}`;
      if (result === true) tally.passed++;
      else failures.push({ path: file.path, detail: result });
    }
    const parsed = performance.now();

    const rows = [...tallies.entries()].sort(([a], [b]) => a.localeCompare(b));
    const line = (cells: Array<string | number>): string =>
      cells.map((c, i) => (i === 0 ? String(c).padEnd(26) : String(c).padStart(8))).join('');
    const table = [
      line(['group', 'files', 'checked', 'passed', 'skipped', 'threw', 'rate']),
      ...rows.map(([group, t]) => line([group, t.files, t.checked, t.passed, t.skipped, t.threw, percent(t.passed, t.checked)])),
    ];
    const main = rows.filter(([group]) => THRESHOLD_GROUPS.includes(group)).map(([, t]) => t);
    const checked = main.reduce((sum, t) => sum + t.checked, 0);
    const passed = main.reduce((sum, t) => sum + t.passed, 0);
    const rate = checked ? passed / checked : 0;
    table.push(line(['main groups', main.reduce((s, t) => s + t.files, 0), checked, passed, '', '', percent(passed, checked)]));
    console.log(
      `feedparser corpus: ${files.length} files, fetched in ${Math.round(fetched - started)} ms, parsed in ${Math.round(parsed - fetched)} ms\n` +
        `${table.join('\n')}\n` +
        `failures in the main groups:\n${failures
          .filter((f) => THRESHOLD_GROUPS.some((g) => f.path.startsWith(`${g}/`) && !f.path.slice(g.length + 1).includes('/')))
          .map((f) => `  ${f.path}: ${f.detail}`)
          .join('\n')}`,
    );
    expect(checked, 'files checked in the main groups').to.be.greaterThan(300);
    expect(rate, `pass rate over ${THRESHOLD_GROUPS.join(', ')}`).to.be.at.least(PASS_RATE_THRESHOLD);
  });
});
