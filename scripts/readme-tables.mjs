// Writes the generated parts of the docs:
// - each element's reference tables into docs/reference.md, from
//   custom-elements.json (itself generated from the elements' JSDoc), between
//     <!-- api:cf-tag -->  and  <!-- /api:cf-tag -->
// - the blogger's snippet, with the pinned version and its integrity hash,
//   into README.md between <!-- cdn:snippets --> and <!-- /cdn:snippets -->
// - every CDN snippet into docs/embedding.md between <!-- cdn:snippets-all -->
//   and <!-- /cdn:snippets-all --> (see cdnSnippets below).
// `node scripts/readme-tables.mjs --check` fails when any of them is out of
// date (npm test runs it), so the docs never drift from the code.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const check = process.argv.includes('--check');
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const REFERENCE = 'docs/reference.md';
const EMBEDDING = 'docs/embedding.md';
const docs = new Map(['README.md', REFERENCE, EMBEDDING].map((file) => [file, readFileSync(file, 'utf8')]));
const stale = [];

/** Put `body` between `<!-- name -->` and `<!-- /name -->` in `file`, noting it when that changed something. */
function fill(file, name, body, source) {
  const text = docs.get(file);
  const pattern = new RegExp(`(<!-- ${name} -->)[\\s\\S]*?(<!-- /${name} -->)`);
  if (!pattern.test(text)) {
    stale.push(`${file} has no <!-- ${name} --> ... <!-- /${name} --> markers`);
    return;
  }
  const updated = text.replace(pattern, (_, open, close) => `${open}\n<!-- generated from ${source} by scripts/readme-tables.mjs: do not edit by hand -->\n\n${body}\n\n${close}`);
  if (updated !== text) stale.push(`${file}: ${name} is out of date`);
  docs.set(file, updated);
}

const cell = (text) => String(text ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');
const table = (header, rows) =>
  rows.length ? [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n') : '';

function tablesFor(element) {
  const fields = new Map((element.members ?? []).filter((member) => member.kind === 'field').map((member) => [member.name, member]));
  const attributes = (element.attributes ?? []).map((attribute) => {
    const field = fields.get(attribute.fieldName) ?? {};
    return [code(attribute.name), code(attribute.fieldName), code(attribute.type?.text ?? field.type?.text), code(attribute.default ?? field.default), cell(attribute.description ?? field.description)];
  });
  const events = (element.events ?? []).map((event) => [code(event.name), cell(event.description)]);
  const parts = (element.cssParts ?? []).map((part) => [code(part.name), cell(part.description)]);
  const properties = (element.cssProperties ?? []).map((property) => [code(property.name), cell(property.description)]);
  return [
    '**Attributes and properties**',
    table(['attribute', 'property', 'type', 'default', 'description'], attributes),
    '**Events**',
    table(['event', 'when'], events),
    '**CSS parts** (`::part(name)`)',
    table(['part', 'what it is'], parts),
    '**CSS custom properties**',
    table(['property', 'what it sets'], properties),
  ]
    .filter(Boolean)
    .join('\n\n');
}

for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (declaration.customElement && declaration.tagName) fill(REFERENCE, `api:${declaration.tagName}`, tablesFor(declaration), 'custom-elements.json');
  }
}

// The CDN snippets carry the version and the Subresource Integrity hashes of
// dist/integrity.json (written by npm run build), so what the docs say to
// paste is exactly what this version builds. The README shows the blogger's
// one snippet; docs/embedding.md every variant.
const integrity = JSON.parse(readFileSync('dist/integrity.json', 'utf8'));
const at = `${integrity.name}@${integrity.version}`;
const jsdelivr = `https://cdn.jsdelivr.net/npm/${at}/dist`;
const unpkg = `https://unpkg.com/${at}/dist`;
const script = (base, file, extra = '') => `<script${extra} src="${base}/${file}"\n        integrity="${integrity.files[file]}" crossorigin="anonymous"></script>`;
const gzipKb = (file) => `${Math.round(gzipSync(readFileSync(join('dist', file)), { level: 9 }).length / 1024)} KB`;
const htmlBlock = (...lines) => ['```html', ...lines, '```'].join('\n');
const bloggersSnippet = htmlBlock(script(jsdelivr, 'loader.js'), '<cf-participation-ladder value="consultation"></cf-participation-ladder>');

function allSnippets() {
  return [
    `From jsDelivr: the loader (${gzipKb('loader.js')} gzip), which fetches only the widgets the page shows:`,
    bloggersSnippet,
    'The same from unpkg:',
    htmlBlock(script(unpkg, 'loader.js')),
    `One self-contained classic script with all three widgets in it (${gzipKb('critical-friend.iife.js')} gzip\nwhatever the page shows: the heavier choice, for platforms that want one file):`,
    htmlBlock(script(jsdelivr, 'critical-friend.iife.js')),
    'As an ES module, one widget (its integrity covers the entry file only):',
    htmlBlock(script(jsdelivr, 'participation-ladder.js', ' type="module"')),
    `Hashes for every file of ${integrity.version}, chunks included, are in \`dist/integrity.json\`\n(\`${jsdelivr}/integrity.json\`).`,
  ].join('\n\n');
}

fill('README.md', 'cdn:snippets', `${bloggersSnippet}\n\nThe script (${gzipKb('loader.js')} gzip) fetches only the widgets the page shows.`, 'dist/integrity.json');
fill(EMBEDDING, 'cdn:snippets-all', allSnippets(), 'dist/integrity.json');

if (check) {
  if (stale.length) {
    console.error('The docs are out of date with custom-elements.json and dist/integrity.json:\n- ' + stale.join('\n- ') + '\nRun: npm run docs');
    process.exit(1);
  }
  console.log('README.md and docs/ match custom-elements.json and dist/integrity.json.');
} else {
  for (const [file, text] of docs) writeFileSync(file, text);
  console.log(stale.length ? 'Updated:\n- ' + stale.join('\n- ') : 'README.md and docs/ already up to date.');
}
