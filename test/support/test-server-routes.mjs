// Extra routes served by the test runner's dev server, for tests that need a
// real HTTP response (feeds that are slow, missing, failing, ...).
// Each entry is a Koa middleware; add routes here rather than in the config.
import { readdir, readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

// feedparser's test corpus, copied into the repository with its licence
// (test/fixtures/feedparser/README.md says from where): a fresh clone runs it.
const corpusRoot = fileURLToPath(new URL('../fixtures/feedparser/tests/', import.meta.url));
const CORPUS_PREFIX = '/__corpus/';

/** Every file under `dir`, as paths relative to `root` with forward slashes, sorted. */
async function listFiles(root, dir = root) {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return []; // no corpus: the tests that read it fail and say where it should be
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

// ---- feeds for <cf-study-feed> tests (GET /__feeds/<name>) ----------------
// Static test feeds live in test/study-feed/feeds/ (served at /test/study-feed/feeds/...);
// these routes give the responses a static server cannot: slow, failing,
// huge, legacy-encoded, counting, or failing after the first request.
const FEEDS_PREFIX = '/__feeds/';
const feedHits = new Map();

function escapeXml(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An RSS 2.0 feed with the given items ({ title, date (Date), id }). */
function rssFeed(title, items) {
  const entries = items
    .map(
      (item) => `<item><title>${escapeXml(item.title)}</title><link>https://example.org/posts/${escapeXml(item.id)}</link>` +
        `<guid isPermaLink="false">${escapeXml(item.id)}</guid><pubDate>${item.date.toUTCString()}</pubDate>` +
        `<description>${escapeXml(item.summary ?? `About ${item.title}.`)}</description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>${escapeXml(title)}</title>` +
    `<link>https://example.org/</link><description>Test feed</description>\n${entries}\n</channel></rss>`;
}

let hugeFeed;
/** A well-formed RSS feed of a little over 6 MB (over the 5 MB limit). */
function hugeBody() {
  if (!hugeFeed) {
    const padding = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(100);
    const items = [];
    for (let index = 0; items.length * padding.length < 6.2 * 1024 * 1024; index++) {
      items.push({ id: `big-${index}`, title: `Big update ${index}`, date: new Date(Date.UTC(2011, 10, 1)), summary: padding });
    }
    hugeFeed = Buffer.from(rssFeed('A huge feed', items), 'utf8');
  }
  return hugeFeed;
}

/** The legacy feed as windows-1252 bytes: é (E9), £ (A3), en dash (96), right single quote (92). */
function legacyBody() {
  const text =
    '<?xml version="1.0" encoding="windows-1252"?>\n<rss version="2.0"><channel><title>Caf\u00e9 research \u0096 \u00a35 study</title>' +
    '<link>https://example.org/</link><description>Legacy bytes</description>' +
    '<item><title>Hannah\u0092s first week at the caf\u00e9</title><link>https://example.org/legacy/1</link>' +
    '<pubDate>Tue, 01 Nov 2011 09:00:00 GMT</pubDate><description>Fees of \u00a35 \u0096 na\u00efve questions welcome.</description></item>' +
    '</channel></rss>';
  return Buffer.from(text, 'latin1'); // each char below U+0100 becomes one byte, as windows-1252 spells these
}

function hit(key) {
  const count = (feedHits.get(key) ?? 0) + 1;
  feedHits.set(key, count);
  return count;
}

async function feedRoute(ctx, next) {
  if (!ctx.path.startsWith(FEEDS_PREFIX)) return next();
  const name = ctx.path.slice(FEEDS_PREFIX.length);
  const key = String(ctx.query.key ?? '');
  ctx.set('Cache-Control', 'no-store');
  const sendRss = (body) => {
    ctx.set('Content-Type', 'application/rss+xml; charset=utf-8');
    ctx.body = body;
  };
  const base = [
    { id: 'a', title: 'First update', date: new Date(Date.UTC(2011, 10, 1, 9)) },
    { id: 'b', title: 'Second update', date: new Date(Date.UTC(2011, 10, 2, 9)) },
  ];
  switch (name) {
    case 'public': // ?ms=: a feed any site may read, from a server that answers no CORS preflight (as most blog hosts)
      ctx.set('Access-Control-Allow-Origin', '*');
      if (ctx.method === 'OPTIONS') {
        ctx.status = 405;
        ctx.body = '';
        return;
      }
      if (ctx.query.ms) await new Promise((resolve) => setTimeout(resolve, Math.min(Number(ctx.query.ms) || 0, 5000)));
      sendRss(rssFeed('A public feed', base));
      return;
    case 'slow': // ?ms=: answers after a delay
      await new Promise((resolve) => setTimeout(resolve, Math.min(Number(ctx.query.ms) || 3000, 20_000)));
      sendRss(rssFeed('A slow feed', base));
      return;
    case 'status': // ?code=404|500|...
      ctx.status = Number(ctx.query.code) || 500;
      ctx.type = 'text/html';
      ctx.body = `<!doctype html><title>Error ${ctx.status}</title><p>Error ${ctx.status}</p>`;
      return;
    case 'html':
      ctx.type = 'text/html; charset=utf-8';
      ctx.body = '<!doctype html><html lang="en"><head><title>The study blog</title></head><body><h1>The study blog</h1><p>This is a web page, not a feed.</p></body></html>';
      return;
    case 'huge': // ?chunked=1: streamed without Content-Length
      ctx.set('Content-Type', 'application/rss+xml; charset=utf-8');
      if (ctx.query.chunked) {
        const { Readable } = await import('node:stream');
        const body = hugeBody();
        const size = 64 * 1024;
        ctx.body = Readable.from((function* () {
          for (let offset = 0; offset < body.length; offset += size) yield body.subarray(offset, offset + size);
        })());
      } else {
        ctx.body = hugeBody();
      }
      return;
    case 'legacy':
      ctx.set('Content-Type', 'application/rss+xml; charset=windows-1252');
      ctx.body = legacyBody();
      return;
    case 'counter': { // ?key=: one more (newer) item on every request
      const count = hit(key);
      const items = Array.from({ length: count }, (_, index) => ({ id: `n${index + 1}`, title: `Update number ${index + 1}`, date: new Date(Date.UTC(2011, 10, index + 1, 9)) })).reverse();
      sendRss(rssFeed(`Counter ${key}`, items));
      return;
    }
    case 'hits': // ?key=: how many times counter/once/fail-once were requested
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ count: feedHits.get(key) ?? 0 });
      return;
    case 'once': { // ?key=: a feed the first time, HTTP 503 after
      if (hit(key) === 1) sendRss(rssFeed('A feed that fails later', base));
      else {
        ctx.status = 503;
        ctx.type = 'text/plain';
        ctx.body = 'Service Unavailable';
      }
      return;
    }
    case 'fail-once': { // ?key=: HTTP 503 the first time, a feed after
      if (hit(key) === 1) {
        ctx.status = 503;
        ctx.type = 'text/plain';
        ctx.body = 'Service Unavailable';
      } else sendRss(rssFeed('A feed that recovers', base));
      return;
    }
    case 'proxy': { // ?url=: a stand-in CORS proxy that says which URL it was asked for
      const target = String(ctx.query.url ?? '');
      sendRss(rssFeed(`Proxied ${target}`, [{ id: 'p', title: 'Through the proxy', date: new Date(Date.UTC(2011, 10, 1)), summary: target }]));
      return;
    }
    default:
      ctx.status = 404;
      ctx.body = 'no such test feed';
  }
}

testServerRoutes.push(feedRoute);

// ---- hostile-page checks (test/hostile/) -----------------------------------
// GET /__hostile/csp/<file>: a file of test/hostile/pages/ served with the
//   strict policy of the Trusted Types check (HOSTILE_CSP below);
// GET /__hostile/nonce/<file>: the same file with a policy that allows
//   same-origin scripts and inline ones only with a nonce (NONCE_CSP below);
// GET /__hostile/page/<file>: the same file without a policy;
// PUT /__hostile/stash/<name>: keep the request body (and its Content-Type);
// GET /__hostile/stash/<name>: serve it back (feeds built by a test);
// GET /__hostile/echo/...: 200, text/plain "not a feed", whatever the path and query;
// GET /__hostile/count/<name>?key=: a small RSS feed that counts its requests;
// GET /__hostile/hits?key=: how many times that was requested.
const HOSTILE_PREFIX = '/__hostile/';
const hostilePages = fileURLToPath(new URL('../hostile/pages/', import.meta.url));
export const HOSTILE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html dompurify critical-friend";
// the nonce of test/hostile/pages/csp-loader.html's loader tag
export const NONCE_CSP = "default-src 'self'; script-src 'self' 'nonce-cf-test-nonce'; style-src 'self'";
const hostileStash = new Map();
const hostileHits = new Map();
const HOSTILE_TYPES = { html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8', xml: 'application/xml; charset=utf-8', json: 'application/json' };

async function hostileRoute(ctx, next) {
  if (!ctx.path.startsWith(HOSTILE_PREFIX)) return next();
  const [kind, ...rest] = ctx.path.slice(HOSTILE_PREFIX.length).split('/');
  const name = rest.join('/');
  ctx.set('Cache-Control', 'no-store');
  if (kind === 'stash') {
    if (ctx.method === 'PUT' || ctx.method === 'POST') {
      const chunks = [];
      for await (const chunk of ctx.req) chunks.push(chunk);
      hostileStash.set(name, { body: Buffer.concat(chunks), type: ctx.get('Content-Type') || 'application/octet-stream' });
      ctx.status = 204;
      return;
    }
    const stored = hostileStash.get(name);
    if (!stored) {
      ctx.status = 404;
      ctx.body = 'nothing stashed under this name';
      return;
    }
    ctx.set('Content-Type', stored.type);
    ctx.body = stored.body;
    return;
  }
  if (kind === 'echo') { // any path and query: a 200 answer that is not a feed (no 404 noise in the log)
    ctx.type = 'text/plain';
    ctx.body = 'not a feed';
    return;
  }
  if (kind === 'count' || kind === 'hits') {
    const key = String(ctx.query.key ?? '');
    if (kind === 'hits') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ count: hostileHits.get(key) ?? 0 });
      return;
    }
    hostileHits.set(key, (hostileHits.get(key) ?? 0) + 1);
    ctx.set('Content-Type', 'application/rss+xml; charset=utf-8');
    ctx.body = rssFeed(`Counted ${key}`, [{ id: 'c1', title: 'Counted update', date: new Date(Date.UTC(2011, 10, 1, 9)) }]);
    return;
  }
  if ((kind === 'csp' || kind === 'nonce' || kind === 'page') && /^[\w.-]+$/.test(name)) {
    try {
      const body = await readFile(path.join(hostilePages, name));
      ctx.set('Content-Type', HOSTILE_TYPES[path.extname(name).slice(1)] ?? 'application/octet-stream');
      if (kind === 'csp') ctx.set('Content-Security-Policy', HOSTILE_CSP);
      if (kind === 'nonce') ctx.set('Content-Security-Policy', NONCE_CSP);
      ctx.body = body;
    } catch {
      ctx.status = 404;
      ctx.body = 'no such hostile page';
    }
    return;
  }
  ctx.status = 404;
  ctx.body = 'unknown hostile route';
}

testServerRoutes.push(hostileRoute);

// ---- the repository on a host that shares its files or not (GET /__host/<cors|plain>/...) ----
// The same files as at the root, with `Access-Control-Allow-Origin: *` (as
// GitHub Pages sends it) or without it (as python -m http.server and Apache's
// defaults serve them): for the builder's check of its own host.
const HOST_ROUTE = /^\/__host\/(cors|plain)(\/.*)$/;

async function hostRoute(ctx, next) {
  const match = HOST_ROUTE.exec(ctx.path);
  if (!match) return next();
  ctx.path = match[2];
  await next();
  if (match[1] === 'cors') ctx.set('Access-Control-Allow-Origin', '*');
  else ctx.remove('Access-Control-Allow-Origin');
}

testServerRoutes.push(hostRoute);
