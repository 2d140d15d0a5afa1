// The npm package as a user gets it (issue 10): `npm pack`, then an install
// of that tarball into an empty project outside the repository (its
// dependencies come from the npm registry), where every export of the
// exports map resolves and the JavaScript ones import in Node, and each
// widget renders in Chromium from the installed files. Needs a built dist/.
// One pack, one install: about half a minute, most of it npm.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import vm from 'node:vm';
import { MARKUP, RENDERED, launchBrowser, openPage, rendered, serve } from './support.mjs';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
// the optional peer the React wrappers need, at the version the repository tests with
const REACT = `react@${JSON.parse(readFileSync('package.json', 'utf8')).devDependencies.react}`;
// classic scripts for browsers: they resolve and parse in Node, and run in Chromium below
const CLASSIC = /(\.iife|embed-frame|embed-resizer|loader)\.js$/;

let project;
let installed;

before(() => {
  if (!existsSync('dist/loader.js')) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  project = mkdtempSync(join(tmpdir(), 'cf-pack-'));
  const tarball = execFileSync(NPM, ['pack', '--silent', '--pack-destination', project], { encoding: 'utf8' }).trim().split('\n').pop();
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'pack-check', private: true, type: 'module' }));
  execFileSync(NPM, ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', join(project, tarball), REACT], { cwd: project, stdio: 'inherit' });
  installed = join(project, 'node_modules', 'critical-friend');
});

after(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

/** Run `code` as an ES module inside the project (so bare imports resolve there only); returns its stdout. */
function inProject(code) {
  const file = join(project, `check-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, code);
  return execFileSync(process.execPath, [file], { cwd: project, encoding: 'utf8' });
}

describe('the npm package, installed from its tarball', () => {
  it('holds the loader and no test files', () => {
    const files = execFileSync('find', ['.', '-type', 'f'], { cwd: installed, encoding: 'utf8' }).split('\n');
    assert.deepEqual(files.filter((file) => /\.test\./.test(file)), []);
    assert.ok(files.includes('./dist/loader.js'));
  });

  it("every picture and link of its README and docs that is not a web address names a file in the package (npm shows the README; node_modules holds the rest)", () => {
    const pages = ['README.md', ...readdirSync(join(installed, 'docs')).filter((name) => name.endsWith('.md')).map((name) => join('docs', name))];
    const missing = [];
    for (const page of pages) {
      const text = readFileSync(join(installed, page), 'utf8').replace(/```[\s\S]*?```/g, '');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^(?:[a-z]+:|#)/i.test(target)) continue; // a web address, or a place in the same page
        const file = join(installed, dirname(page), decodeURI(target.replace(/#.*$/, '')));
        if (!existsSync(file)) missing.push(`${page}: ${target}`);
      }
    }
    assert.deepEqual(missing, []);
  });

  it('every export of the exports map resolves to a file; the ES modules import in Node, the classic scripts parse', () => {
    const exports = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).exports;
    for (const [subpath, target] of Object.entries(exports)) {
      const specifier = `critical-friend${subpath.slice(1)}`;
      if (typeof target === 'object' && !target.default && !target.node) {
        assert.ok(existsSync(join(installed, target.types)), `${subpath}: types at ${target.types}`); // types only (./jsx)
        continue;
      }
      const file = typeof target === 'string' ? target : target.node ?? target.default;
      assert.ok(existsSync(join(installed, file)), `${subpath}: ${file} is in the package`);
      if (file.endsWith('.json')) {
        inProject(`import data from ${JSON.stringify(specifier)} with { type: 'json' }; if (!data) throw new Error('empty');`);
      } else if (CLASSIC.test(file)) {
        assert.doesNotThrow(() => new vm.Script(readFileSync(join(installed, file), 'utf8'), { filename: file }), `${subpath} parses`);
      } else if (file.endsWith('.js')) {
        const keys = inProject(`const module = await import(${JSON.stringify(specifier)}); console.log(Object.keys(module).join(','));`);
        assert.ok(keys.trim() !== '' || subpath.endsWith('-frame.js'), `${subpath} exports something`);
      } else {
        // embed.html: a file to copy, not to import
        assert.equal(inProject(`console.log(import.meta.resolve(${JSON.stringify(specifier)}));`).trim().endsWith(file.slice(1)), true, `${subpath} resolves`);
      }
    }
  });

  it('the main entry exports the three classes, parseFeed and the version', () => {
    const out = inProject(`import * as cf from 'critical-friend'; console.log(JSON.stringify([typeof cf.ProsCons, typeof cf.ParticipationLadder, typeof cf.StudyFeed, typeof cf.parseFeed, cf.version]));`);
    const [a, b, c, d, version] = JSON.parse(out);
    assert.deepEqual([a, b, c, d], ['function', 'function', 'function', 'function']);
    assert.equal(version, JSON.parse(readFileSync('package.json', 'utf8')).version);
  });

  it('each widget renders in Chromium from the installed files: with the loader, and with the IIFE', async () => {
    const server = await serve(resolve(project));
    const browser = await launchBrowser();
    try {
      const body = Object.values(MARKUP).join('\n');
      for (const script of ['<script src="node_modules/critical-friend/dist/loader.js"></script>', '<script src="node_modules/critical-friend/dist/critical-friend.iife.js"></script>']) {
        writeFileSync(join(project, 'page.html'), `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>installed</title>${script}</head><body>${body}</body></html>`);
        const { page, failed, messages } = await openPage(browser, `${server.origin}/page.html`);
        await rendered(page, RENDERED);
        assert.deepEqual(failed, [], script);
        assert.deepEqual(messages.filter((text) => text.startsWith('pageerror')), [], script);
        await page.close();
      }
    } finally {
      await browser.close();
      server.stop();
    }
  });
});
