// Extra routes served by the test runner's dev server, for tests that need a
// real HTTP response (feeds that are slow, missing, failing, ...).
// Each entry is a Koa middleware; add routes here rather than in the config.
import { readdir, readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

// The feedparser test corpus sits beside the repository (here and in CI):
// <repo>/../shared/corpora/feedparser/tests
const corpusRoot = fileURLToPath(new URL('../../../shared/corpora/feedparser/tests/', import.meta.url));
const CORPUS_PREFIX = '/__corpus/';

/** Every file under `dir`, as paths relative to `root` with forward slashes, sorted. */
async function listFiles(root, dir = root) {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return []; // no corpus: the corpus test skips itself and says why
  }
  const files = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(root, full)));
    else if (entry.isFile()) files.push(path.relative(root, full).split(path.sep).join('/'));
  }
  return files.sort();
}

/**
 * Every corpus file in index order, as one body: for each file a 4-byte
 * big-endian length, then its bytes. One request instead of ~2,000 keeps
 * the corpus test fast.
 */
async function bundle(files) {
  const parts = [];
  for (const file of files) {
    const bytes = await readFile(path.join(corpusRoot, file));
    const length = Buffer.alloc(4);
    length.writeUInt32BE(bytes.length);
    parts.push(length, bytes);
  }
  return Buffer.concat(parts);
}

/**
 * GET /__corpus/index.json: the corpus files' relative paths (an empty list
 * when the corpus is missing). GET /__corpus/<relative path>: a file's raw
 * bytes as application/octet-stream, so nothing re-encodes them.
 * GET /__corpus/bundle.bin: all files at once, in index order (see bundle()).
 */
async function corpusRoute(ctx, next) {
  if (!ctx.path.startsWith(CORPUS_PREFIX)) return next();
  let relative;
  try {
    relative = decodeURIComponent(ctx.path.slice(CORPUS_PREFIX.length));
  } catch {
    relative = ''; // malformed percent-encoding: rejected below
  }
  if (relative === 'index.json') {
    ctx.type = 'application/json';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = JSON.stringify(await listFiles(corpusRoot));
    return;
  }
  if (relative === 'bundle.bin') {
    ctx.type = 'application/octet-stream';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await bundle(await listFiles(corpusRoot));
    return;
  }
  if (!relative || relative.split('/').includes('..') || relative.includes('\\') || path.isAbsolute(relative)) {
    ctx.status = 400;
    ctx.body = 'bad corpus path';
    return;
  }
  const full = path.join(corpusRoot, relative);
  if (!full.startsWith(corpusRoot)) {
    ctx.status = 400;
    ctx.body = 'bad corpus path';
    return;
  }
  try {
    if (!(await stat(full)).isFile()) throw new Error('not a file');
    ctx.body = await readFile(full);
    ctx.type = 'application/octet-stream';
    ctx.set('Cache-Control', 'no-store');
  } catch {
    ctx.status = 404;
    ctx.body = 'not in the corpus';
  }
}

export const testServerRoutes = [corpusRoute];
