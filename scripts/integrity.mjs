// Writes dist/integrity.json: a Subresource Integrity hash (sha384) for every
// script in dist/ that a page may load from a CDN, so that a snippet can say
// `integrity="sha384-…" crossorigin="anonymous"` and the browser refuses a
// file that is not byte for byte the one released. The README's CDN snippets
// are written from it (scripts/readme-tables.mjs). Runs in `npm run build`.
//
// Chunks are listed too, for import maps with an "integrity" section; a
// <script type="module"> tag's integrity covers only its own file, not the
// chunks it imports, which is why the README's first choice is the IIFE.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const sri = (file) => `sha384-${createHash('sha384').update(readFileSync(join('dist', file))).digest('base64')}`;

const scripts = readdirSync('dist').filter((name) => name.endsWith('.js')).sort();
const chunks = existsSync('dist/chunks') ? readdirSync('dist/chunks').filter((name) => name.endsWith('.js')).sort().map((name) => `chunks/${name}`) : [];
const files = Object.fromEntries([...scripts, ...chunks].map((file) => [file, sri(file)]));

writeFileSync('dist/integrity.json', `${JSON.stringify({ name: pkg.name, version: pkg.version, algorithm: 'sha384', files }, null, 2)}\n`);
