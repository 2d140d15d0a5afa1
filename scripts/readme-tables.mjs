// Writes each element's reference tables into README.md from
// custom-elements.json (itself generated from the elements' JSDoc), between
//   <!-- api:cf-tag -->  and  <!-- /api:cf-tag -->
// and the CDN snippets with their integrity hashes (see cdnSnippets below).
// `node scripts/readme-tables.mjs --check` fails when README.md is out of date
// (npm test runs it), so the README never drifts from the code.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const check = process.argv.includes('--check');
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
let readme = readFileSync('README.md', 'utf8');

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

let stale = [];
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (!declaration.customElement || !declaration.tagName) continue;
    const tag = declaration.tagName;
    const pattern = new RegExp(`(<!-- api:${tag} -->)[\\s\\S]*?(<!-- /api:${tag} -->)`);
    if (!pattern.test(readme)) {
      stale.push(`${tag}: README.md has no <!-- api:${tag} --> ... <!-- /api:${tag} --> markers`);
      continue;
    }
    const updated = readme.replace(pattern, `$1\n<!-- generated from custom-elements.json by scripts/readme-tables.mjs: do not edit by hand -->\n\n${tablesFor(declaration)}\n\n$2`);
    if (updated !== readme) stale.push(`${tag}: tables are out of date`);
    readme = updated;
  }
}

// The CDN snippets, between <!-- cdn:snippets --> and <!-- /cdn:snippets -->,
// carry the version and the Subresource Integrity hashes of dist/integrity.json
// (written by npm run build), so what the README says to paste is exactly
// what this version builds.
function cdnSnippets() {
  const integrity = JSON.parse(readFileSync('dist/integrity.json', 'utf8'));
  const at = `${integrity.name}@${integrity.version}`;
  const script = (base, file, extra = '') => `<script${extra} src="${base}/${file}"\n        integrity="${integrity.files[file]}" crossorigin="anonymous"></script>`;
  const gzipKb = (file) => `${Math.round(gzipSync(readFileSync(join('dist', file)), { level: 9 }).length / 1024)} KB`;
  const jsdelivr = `https://cdn.jsdelivr.net/npm/${at}/dist`;
  const unpkg = `https://unpkg.com/${at}/dist`;
  return [
    `From jsDelivr: the loader (${gzipKb('loader.js')} gzip), which fetches only the widgets the page shows:`,
    '',
    '```html',
    script(jsdelivr, 'loader.js'),
    '<cf-participation-ladder value="consultation"></cf-participation-ladder>',
    '```',
    '',
    'The same from unpkg:',
    '',
    '```html',
    script(unpkg, 'loader.js'),
    '```',
    '',
    `One self-contained classic script with all three widgets in it (${gzipKb('critical-friend.iife.js')} gzip`,
    'whatever the page shows: the heavier choice, for platforms that want one file):',
    '',
    '```html',
    script(jsdelivr, 'critical-friend.iife.js'),
    '```',
    '',
    'As an ES module, one widget (its integrity covers the entry file only):',
    '',
    '```html',
    script(jsdelivr, 'participation-ladder.js', ' type="module"'),
    '```',
    '',
    `Hashes for every file of ${integrity.version}, chunks included, are in \`dist/integrity.json\``,
    `(\`${jsdelivr}/integrity.json\`).`,
  ].join('\n');
}

const cdnPattern = /(<!-- cdn:snippets -->)[\s\S]*?(<!-- \/cdn:snippets -->)/;
if (!cdnPattern.test(readme)) {
  stale.push('README.md has no <!-- cdn:snippets --> ... <!-- /cdn:snippets --> markers');
} else {
  const updated = readme.replace(cdnPattern, `$1\n<!-- generated from dist/integrity.json by scripts/readme-tables.mjs: do not edit by hand -->\n\n${cdnSnippets()}\n\n$2`);
  if (updated !== readme) stale.push('CDN snippets: version or integrity hashes are out of date');
  readme = updated;
}

if (check) {
  if (stale.length) {
    console.error('README.md is out of date with custom-elements.json and dist/integrity.json:\n- ' + stale.join('\n- ') + '\nRun: npm run docs');
    process.exit(1);
  }
  console.log('README.md reference tables match custom-elements.json.');
} else {
  writeFileSync('README.md', readme);
  console.log(stale.length ? 'Updated README.md:\n- ' + stale.join('\n- ') : 'README.md already up to date.');
}
