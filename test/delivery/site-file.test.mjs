// site/ opened from disk (file:), as a tutor double-clicks site/index.html or
// site/demo/builder.html: browsers run no module scripts there, so the pages
// say so and how to serve them (demo/file-note.js); served over http, they
// do not. Needs site/ assembled: `npm run site` (or `node scripts/site.mjs`
// after a build and a Storybook build).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser, serve } from './support.mjs';

const SITE = resolve('site');
const AXE = resolve('node_modules/axe-core/axe.min.js');
let browser;
let host;

/** The note's text on `url` once it has loaded (its deferred scripts have run), or '' when there is none, and what axe finds wrong with it. */
async function fileNote(url) {
  const page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    // site/index.html moves on by a refresh: wait for the page it lands on (a demo page, or a file listing)
    for (let tries = 0; url.endsWith('/site/index.html') && page.url() === url && tries < 200; tries++) await new Promise((resolve) => setTimeout(resolve, 50));
    await page.waitForFunction(() => document.readyState === 'complete');
    const text = await page.evaluate(() => document.querySelector('.file-note')?.textContent ?? '');
    let violations = [];
    if (text) {
      await page.addScriptTag({ path: AXE });
      violations = await page.evaluate(async () => (await window.axe.run('.file-note')).violations.map((violation) => violation.id));
    }
    return { text, violations, landed: page.url() };
  } finally {
    await page.close();
  }
}

before(async () => {
  if (!existsSync(join(SITE, 'demo/builder.html'))) throw new Error('site/ is missing: run `npm run site` (or `node scripts/site.mjs` after npm run build and npm run storybook:build).');
  [host, browser] = await Promise.all([serve(SITE), launchBrowser()]);
});

after(async () => {
  await browser?.close();
  host?.stop();
});

describe('site/ opened from disk', () => {
  for (const page of ['demo/builder.html', 'demo/index.html']) {
    it(`${page} says it must be opened from a web server, and how`, async () => {
      const { text, violations } = await fileNote(pathToFileURL(join(SITE, page)).href);
      assert.deepEqual(violations, [], 'the note passes axe');
      assert.match(text, /opened from your disk/);
      assert.match(text, /npm start/);
      assert.match(text, /python3 -m http\.server/);
    });
  }

  it('site/index.html leads to the demo page that says so, not to a file listing', async () => {
    const { text, landed } = await fileNote(pathToFileURL(join(SITE, 'index.html')).href);
    assert.ok(landed.endsWith('/site/demo/index.html'), `landed on ${landed}`);
    assert.match(text, /opened from your disk/);
  });

  it('over http, the pages say nothing of it', async () => {
    for (const page of ['demo/builder.html', 'demo/index.html']) assert.equal((await fileNote(`${host.origin}/${page}`)).text, '', page);
  });
});
