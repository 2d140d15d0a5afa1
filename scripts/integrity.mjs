// Writes dist/integrity.json: a Subresource Integrity hash (sha384) for every
// script in dist/ that a page may load from a CDN, so that a snippet can say
// `integrity="sha384-…" crossorigin="anonymous"` and the browser refuses a
// file that is not byte for byte the one released. The README's CDN snippets
// are written from it (scripts/readme-tables.mjs). Runs in `npm run build`.
//
// First it completes dist/loader.js (issue 10): the loader carries the tag of
// each widget, its entry file, and the hash of every file it may import
// (entries, their chunks, lazy chunks), for the import map it adds so that
// browsers check those files too (a <script> tag's integrity covers only its
// own file). The loader is hashed after that, so its own hash is the final one.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fullClosure, widgetNames } from './lib/dist-graph.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const sri = (file, algorithm = 'sha384') => `${algorithm}-${createHash(algorithm).update(readFileSync(join('dist', file))).digest('base64')}`;

const LOADER = 'loader.js';
const PLACEHOLDER = /(["'])__CF_LOADER_MANIFEST__\1/;

function completeLoader() {
  const code = readFileSync(join('dist', LOADER), 'utf8');
  if (!PLACEHOLDER.test(code)) throw new Error(`dist/${LOADER} has no manifest placeholder: run rollup again (npm run build) before this script, which completes the loader once.`);
  const widgets = Object.fromEntries(widgetNames().map((name) => [`cf-${name}`, `${name}.js`]));
  const files = [...new Set(Object.values(widgets).flatMap((entry) => [...fullClosure(entry)]))].sort();
  // sha256 in the import map: SRI's floor, and collision-resistant. Each
  // hash is incompressible, and with every lazy chunk listed, sha384's 20
  // more characters a file cost the loader about 0.3 KB gzip (budget 2 KB).
  // The snippets' own `integrity` stays sha384 (dist/integrity.json).
  const manifest = { version: pkg.version, widgets, integrity: Object.fromEntries(files.map((file) => [file, sri(file, 'sha256')])) };
  // a JavaScript string holding JSON: JSON.stringify twice escapes it for the source
  writeFileSync(join('dist', LOADER), code.replace(PLACEHOLDER, () => JSON.stringify(JSON.stringify(manifest))));
}

if (existsSync(join('dist', LOADER))) completeLoader();

const scripts = readdirSync('dist').filter((name) => name.endsWith('.js')).sort();
const chunks = existsSync('dist/chunks') ? readdirSync('dist/chunks').filter((name) => name.endsWith('.js')).sort().map((name) => `chunks/${name}`) : [];
const files = Object.fromEntries([...scripts, ...chunks].map((file) => [file, sri(file)]));

writeFileSync('dist/integrity.json', `${JSON.stringify({ name: pkg.name, version: pkg.version, algorithm: 'sha384', files }, null, 2)}\n`);
