/**
 * Recorded parse results: what `parseFeed` returned for a feed, as JSON
 * (dates as ISO strings, absent fields absent), or the error it threw.
 * scripts/record-feed-outputs.mjs writes them to test/feed/recorded/ with
 * the parser of the day; output-equality.test.ts compares today's parser
 * with them field by field.
 */
import { parseFeed, type Feed } from '../../../src/feed/parse-feed.js';
// @ts-expect-error: the benchmark's feed generator is plain JavaScript without types
import { generateRss as generateBenchRss } from '../../../bench/generate-feed.mjs';
import { optionsFor, readCorpusFile } from './corpus.js';
import { generateAtom, generateRss } from './generated-feeds.js';

/** A parse result as JSON: the feed, or `{ error, message }`. */
export type RecordedOutput = Record<string, unknown>;

/** The result of `parse` as JSON (see RecordedOutput). */
export function recordOutput(parse: () => Feed): RecordedOutput {
  try {
    return JSON.parse(JSON.stringify(parse())) as RecordedOutput;
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    return { error: code ?? 'exception', message: message ?? String(error) };
  }
}

/** The recorded output of one corpus file, parsed as corpus.test.ts parses it. */
export function recordCorpusFile(path: string, bytes: Uint8Array): RecordedOutput {
  const file = readCorpusFile(path, bytes);
  return recordOutput(() => parseFeed(file.body.slice().buffer, optionsFor(file)));
}

const FEED_URL = 'https://example.org/feed';

/** The generated feeds whose outputs are recorded: the benchmark's and parse-speed.test.ts's, at a few sizes. */
export const GENERATED_FEEDS: Record<string, () => string> = {
  'bench 1 KB': () => (generateBenchRss(1024) as { xml: string }).xml,
  'bench 10 KB': () => (generateBenchRss(10 * 1024) as { xml: string }).xml,
  'bench 40 KB': () => (generateBenchRss(40 * 1024) as { xml: string }).xml,
  'speed RSS 20 KB': () => generateRss(20 * 1024),
  'speed Atom 20 KB': () => generateAtom(20 * 1024),
};

/** The recorded output of one generated feed (see GENERATED_FEEDS), parsed with the URL https://example.org/feed. */
export function recordGenerated(name: string): RecordedOutput {
  const text = GENERATED_FEEDS[name]?.() ?? '';
  return recordOutput(() => parseFeed(text, { url: FEED_URL }));
}
