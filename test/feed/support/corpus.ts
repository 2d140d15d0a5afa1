/**
 * feedparser's test corpus as the tests read it: the files from the test
 * server (test/support/test-server-routes.mjs), each with the `Header:` and
 * `Expect:` lines of its opening comment, and the parse options they stand
 * for. Shared by corpus.test.ts (feedparser's expectations) and
 * output-equality.test.ts (the recorded outputs).
 */

const FEEDPARSER_TEST_SERVER = 'http://127.0.0.1:8097/tests/';

export interface CorpusFile {
  path: string;
  group: string;
  expect?: string;
  headers: Map<string, string>;
  body: Uint8Array;
}

async function fetchIndex(): Promise<string[]> {
  const response = await fetch('/__corpus/index.json');
  return response.ok ? ((await response.json()) as string[]) : [];
}

/** All corpus files in one request (see test-server-routes.mjs: a 4-byte length before each file). */
async function fetchAll(paths: string[]): Promise<CorpusFile[]> {
  const response = await fetch('/__corpus/bundle.bin');
  const bundle = new Uint8Array(await response.arrayBuffer());
  const view = new DataView(bundle.buffer);
  let offset = 0;
  return paths.map((path) => {
    const length = view.getUint32(offset);
    const bytes = bundle.subarray(offset + 4, offset + 4 + length);
    offset += 4 + length;
    return readCorpusFile(path, bytes);
  });
}

/**
 * The metadata of a corpus file, read from its opening comment. Metadata is
 * ASCII; in UTF-16/32 files its characters are separated by NUL bytes,
 * which are dropped for this reading only.
 */
export function readCorpusFile(path: string, bytes: Uint8Array): CorpusFile {
  const head = String.fromCharCode(...bytes.subarray(0, 4096).filter((b) => b !== 0));
  const leadingHeaders = /^(?:Header:[^\n]*\n)+/.exec(head)?.[0] ?? '';
  const comment = /<!--([\s\S]*?)-->/.exec(head)?.[1] ?? /"__TEST__":\s*"([^"]*)"/.exec(head)?.[1] ?? '';
  const headers = new Map<string, string>();
  for (const match of `${leadingHeaders}\n${comment}`.matchAll(/^\s*Header:\s*([\w-]+)\s*:\s*(.*?)\s*$/gim)) {
    headers.set(match[1]!.toLowerCase(), match[2]!);
  }
  const expect = /Expect:\s*(.*?)\s*(?:-->|\n|$)/.exec(comment)?.[1];
  const group = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '.';
  return { path, group, ...(expect ? { expect } : {}), headers, body: bytes.subarray(leadingHeaders.length) };
}

export function optionsFor(file: CorpusFile): { url: string; contentType?: string } {
  const documentUrl = FEEDPARSER_TEST_SERVER + file.path;
  const location = file.headers.get('content-location');
  const url = location ? new URL(location, documentUrl).href : documentUrl;
  const contentType = file.headers.get('content-type');
  return contentType ? { url, contentType } : { url };
}


/** Every corpus file, in index order (an empty list when the corpus is missing). */
export async function fetchCorpus(): Promise<CorpusFile[]> {
  return fetchAll(await fetchIndex());
}
