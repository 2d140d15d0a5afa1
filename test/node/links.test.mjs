// Every link in README.md and docs/**/*.md resolves (issue 12, item 6):
// - a relative link names a file or folder of the repository, and its #anchor
//   is a heading of the target (GitHub's slug rules) or an explicit id;
// - an image exists;
// - an absolute link cannot be fetched here (no network), so it must be well
//   formed and start with one of ALLOWED_PREFIXES; CDN links must carry the
//   version in package.json.
// Links inside code (fenced blocks, `inline code`) are examples, not links.
// Run: node --test test/node/links.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/**
 * The only absolute addresses the docs may link to, each for a reason. Keep it
 * short: every prefix here is an address this test cannot check.
 */
const ALLOWED_PREFIXES = [
  `https://cdn.jsdelivr.net/npm/${name}@${version}/`, // the blogger's snippet, pinned to this version
  `https://unpkg.com/${name}@${version}/`, // the same from unpkg
  'https://www.npmjs.com/package/', // packages we depend on or name
];

/** README.md and every Markdown file under docs/. */
function markdownFiles() {
  const found = [join(root, 'README.md')];
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md')) found.push(path);
    }
  };
  if (existsSync(join(root, 'docs'))) walk(join(root, 'docs'));
  return found;
}

/** Markdown without code: fenced blocks and inline code spans blanked (their line breaks kept). */
export function withoutCode(markdown) {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, (block) => block.replace(/[^\n]/g, ' ')).replace(/(`+)[^`\n][\s\S]*?\1/g, (span) => span.replace(/[^\n]/g, ' '));
}

/** Every link target in a Markdown text: inline links and images, reference definitions, HTML href/src. */
export function linksIn(markdown) {
  const text = withoutCode(markdown);
  const links = [];
  const lineOf = (index) => text.slice(0, index).split('\n').length;
  for (const match of text.matchAll(/(!?)\[(?:[^\]\\]|\\.)*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) links.push({ target: match[2], image: match[1] === '!', line: lineOf(match.index) });
  for (const match of text.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)) links.push({ target: match[1], image: false, line: lineOf(match.index) });
  for (const match of text.matchAll(/<(a|img|source)\b[^>]*?\s(href|src|srcset)="([^"]+)"/gi)) links.push({ target: match[3], image: match[1].toLowerCase() !== 'a', line: lineOf(match.index) });
  return links;
}

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading) {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // a link in a heading reads as its text
    .replace(/<[^>]+>/g, (tag) => (/^<\/?[a-z][\w-]*(\s[^>]*)?>$/i.test(tag) && !/^<\/?cf-/i.test(tag) ? '' : tag)) // HTML tags go; element names in text stay
    .toLowerCase()
    .trim()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** The anchors a Markdown file offers: its headings' slugs (repeats get -1, -2, …) and explicit ids. */
export function anchorsOf(markdown) {
  const text = withoutCode(markdown);
  const anchors = new Set();
  const seen = new Map();
  for (const match of text.matchAll(/^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) {
    // code spans were blanked: read the heading's words from the original line
    const original = markdown.slice(match.index, match.index + match[0].length).replace(/^ {0,3}#{1,6}[ \t]+/, '').replace(/[ \t#]*$/, '');
    const base = slug(original.replace(/`/g, ''));
    const count = seen.get(base) ?? 0;
    anchors.add(count ? `${base}-${count}` : base);
    seen.set(base, count + 1);
  }
  for (const match of text.matchAll(/<[a-z][^>]*\s(?:id|name)="([^"]+)"/gi)) anchors.add(match[1]);
  return anchors;
}

/** What is wrong with one link of `file`, or '' when it resolves. */
export function problemWith(link, file) {
  const { target } = link;
  if (/^https?:/i.test(target)) {
    let url;
    try {
      url = new URL(target);
    } catch {
      return `${target} is not a well-formed address`;
    }
    if (url.href !== target && `${url.href}` !== `${target}/`) return `${target} is not written as the address it means (${url.href})`;
    if (!ALLOWED_PREFIXES.some((prefix) => target.startsWith(prefix))) return `${target} is outside the allowed hosts (ALLOWED_PREFIXES in test/node/links.test.mjs: add it there, with its reason, if it belongs)`;
    return '';
  }
  if (/^mailto:[^@\s]+@[^@\s]+$/i.test(target)) return '';
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) return `${target}: only relative links, http(s) and mailto are allowed`;

  const [pathPart, anchor] = target.split('#');
  const path = decodeURIComponent(pathPart);
  const resolved = path ? resolve(dirname(file), path) : file;
  if (!resolved.startsWith(root)) return `${target} points outside the repository`;
  if (!existsSync(resolved)) return `${target}: ${relative(root, resolved)} does not exist`;
  if (anchor === undefined) return '';
  if (!resolved.endsWith('.md') || statSync(resolved).isDirectory()) return `${target}: an #anchor needs a Markdown file to point into`;
  const anchors = anchorsOf(readFileSync(resolved, 'utf8'));
  return anchors.has(anchor) ? '' : `${target}: ${relative(root, resolved)} has no heading with the anchor #${anchor}`;
}

test('the slug rules follow GitHub', () => {
  assert.equal(slug('Set-up (two commands)'), 'set-up-two-commands');
  assert.equal(slug('<cf-pros-cons>'), 'cf-pros-cons');
  assert.equal(slug('Security, CSP and Trusted Types'), 'security-csp-and-trusted-types');
  assert.equal(slug('Iframe embed: [tutors](x.md)'), 'iframe-embed-tutors');
  assert.deepEqual([...anchorsOf('# A\n## A\n```\n# not a heading\n```\n## `code` b\n')], ['a', 'a-1', 'code-b']);
});

test('a broken link, a missing anchor, a missing image and a stray host are each found', () => {
  const file = join(root, 'README.md');
  const found = (target, image = false) => problemWith({ target, image }, file);
  assert.match(found('docs/no-such-file.md'), /does not exist/);
  assert.match(found('#no-such-heading'), /no heading/);
  assert.match(found('docs/images/no-such.png', true), /does not exist/);
  assert.match(found('https://evil.example.com/x'), /outside the allowed hosts/);
  assert.match(found(`https://cdn.jsdelivr.net/npm/${name}@0.0.0-not-this/dist/loader.js`), /outside the allowed hosts/);
  assert.match(found('javascript:alert(1)'), /only relative links/);
  assert.match(found('../../outside.md'), /outside the repository/);
  assert.equal(found('package.json'), '');
  assert.deepEqual(linksIn('`[not](a-link.md)`\n```\n[nor](this.md)\n```\n[yes](b.md) <img src="c.png">').map((link) => link.target), ['b.md', 'c.png']);
});

const files = markdownFiles();
test('the docs are found', () => assert.ok(files.length >= 2, `README.md and docs/*.md: found ${files.map((file) => relative(root, file)).join(', ')}`));

for (const file of files) {
  test(`${relative(root, file)}: every link resolves`, () => {
    const links = linksIn(readFileSync(file, 'utf8'));
    const problems = links.map((link) => [link, problemWith(link, file)]).filter(([, problem]) => problem);
    assert.deepEqual(problems.map(([link, problem]) => `line ${link.line}: ${problem}`), []);
  });
}

test("the README's first screen: a screenshot of each widget with alt text, the pinned snippet and the builder, before any other section", () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const sections = readme.split(/^## /m);
  const firstScreen = sections.slice(0, 2).join('## '); // the pitch, then the blogger's section
  const images = [...firstScreen.matchAll(/<img\b[^>]*\ssrc="([^"]+)"[^>]*\salt="([^"]*)"/g)].map((match) => ({ src: match[1], alt: match[2] }));
  assert.deepEqual(images.map((image) => image.src).sort(), ['docs/images/participation-ladder.png', 'docs/images/pros-cons.png', 'docs/images/study-feed.png']);
  for (const image of images) assert.ok(image.alt.length >= 40, `${image.src} has alt text that says what it shows ("${image.alt}")`);
  for (const image of images) assert.ok(statSync(join(root, image.src)).size < 150 * 1024, `${image.src} is under 150 KB (npm run screenshots)`);
  assert.match(firstScreen, new RegExp(`<!-- cdn:snippets -->[\\s\\S]*https://cdn\\.jsdelivr\\.net/npm/${name}@${version.replace(/\./g, '\\.')}/dist/loader\\.js"\\s+integrity="sha384-[A-Za-z0-9+/=]+"`), 'the loader snippet, pinned, with its hash');
  assert.match(firstScreen, /builder/i, 'where the builder is');
  assert.match(readme, /^npm test\b/m, 'the set-up command that runs the tests (.ci/run runs it)');
  assert.match(readme, /npm start\b/, 'the set-up command that runs the demo');
});
