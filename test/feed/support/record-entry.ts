/**
 * Browser side of scripts/record-feed-outputs.mjs (bundled by esbuild and
 * loaded into a blank page): records the parser's output for the corpus
 * files the script hands over, and for the generated feeds.
 */
import { GENERATED_FEEDS, recordCorpusFile, recordGenerated, type RecordedOutput } from './recorded.js';

function bytesOfBase64(base64: string): Uint8Array {
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

Object.assign(globalThis, {
  recordCorpus: (files: Array<[string, string]>): Record<string, RecordedOutput> =>
    Object.fromEntries(files.map(([path, base64]) => [path, recordCorpusFile(path, bytesOfBase64(base64))])),
  recordGenerated: (): Record<string, RecordedOutput> =>
    Object.fromEntries(Object.keys(GENERATED_FEEDS).map((name) => [name, recordGenerated(name)])),
});
