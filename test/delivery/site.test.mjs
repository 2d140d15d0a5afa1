// site/ (issue 10), served as it is by a plain static server under a
// sub-path, as a tutor would upload it to https://example.ac.uk/~tutor/cf/:
// the demo, the builder and the iframe embed work there; a snippet copied
// from that builder renders on a page of another origin (another port); the
// README's first snippet works once its CDN has the files; and what those
// pages fetch stays within the size ceilings.
// Needs site/ assembled: `npm run site` (or `node scripts/site.mjs` after a
// build and a Storybook build).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MARKUP, RENDERED, launchBrowser, openPage, rendered, serve } from './support.mjs';
import { KB, PAGE_BUDGETS, oneWidgetCeiling } from '../../scripts/lib/size-budgets.mjs';

const SITE = resolve('site');
const SUB_PATH = '/~tutor/cf/';
const README_CDN = /https:\/\/cdn\.jsdelivr\.net\/npm\/critical-friend@[^/]+\/dist\//;

let browser;
let host; // the site's host, with site/ under SUB_PATH
let blog; // another origin: the blogger's pages
let blogRoot;
let temp;
const opened = [];

/** A page on the blog's origin holding `body`; returns its URL. */
function blogPage(name, body) {
  writeFileSync(join(blogRoot, name), `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${name}</title></head><body><h1>A blog post</h1>\n${body}\n</body></html>`);
  return `${blog.origin}/${name}`;
}

async function open(url, options) {
  const result = await openPage(browser, url, options);
  opened.push(result.page);
  return result;
}

/**
 * The builder's snippet for its default output, or for the iframe when
 * `iframe`: read from the builder once per kind (the first read checks the
 * builder's own files), since every test pastes the same default snippet and
 * each builder visit costs seconds of measuring.
 */
const builderSnippets = new Map();
function snippetFromBuilder(iframe = false) {
  if (!builderSnippets.has(iframe)) builderSnippets.set(iframe, readBuilderSnippet(iframe));
  return builderSnippets.get(iframe);
}

async function readBuilderSnippet(iframe) {
  const { page, failed } = await open(`${host.origin}${SUB_PATH}demo/builder.html`);
  assert.deepEqual(failed, [], 'every file of the builder loads under the sub-path');
  if (iframe) await page.click('#cf-output-iframe');
  await page.waitForFunction((kind) => document.querySelector('#cf-snippet').value.includes(kind), {}, iframe ? '<iframe' : 'integrity=');
  const snippet = await page.$eval('#cf-snippet', (textarea) => textarea.value);
  return snippet;
}

before(async () => {
  if (!existsSync(join(SITE, 'demo/builder.html'))) throw new Error('site/ is missing: run `npm run site` (or `node scripts/site.mjs` after npm run build and npm run storybook:build).');
  temp = mkdtempSync(join(tmpdir(), 'cf-site-'));
  mkdirSync(join(temp, 'host', '~tutor'), { recursive: true });
  symlinkSync(SITE, join(temp, 'host', '~tutor', 'cf'), 'dir');
  blogRoot = join(temp, 'blog');
  mkdirSync(blogRoot);
  [host, blog] = await Promise.all([serve(join(temp, 'host')), serve(blogRoot)]);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  host?.stop();
  blog?.stop();
  if (temp) rmSync(temp, { recursive: true, force: true });
});

describe('site/ under a sub-path of a plain static server', () => {
  it('the demo renders every widget, with no missing file', async () => {
    const { page, failed, messages } = await open(`${host.origin}${SUB_PATH}`);
    assert.match(page.url(), /\/~tutor\/cf\/demo\/index\.html$/);
    // every widget of the post (the first appraisal is in read mode: no meter)
    const count = await page
      .waitForFunction(
        (tags) => {
          const widgets = [...document.querySelectorAll(tags)];
          return widgets.length && widgets.every((widget) => widget.shadowRoot?.querySelector('[part~="base"], [part~="item"], [role]')) && widgets.length;
        },
        { timeout: 10_000 },
        Object.keys(RENDERED).join(','),
      )
      .then((handle) => handle.jsonValue());
    assert.ok(count >= 3, `${count} widgets rendered`);
    assert.deepEqual(failed, []);
    assert.deepEqual(messages.filter((text) => text.startsWith('pageerror')), []);
  });

  it("the builder's snippet loads the loader from the site itself, pinned by integrity", async () => {
    const snippet = await snippetFromBuilder();
    const integrity = JSON.parse(readFileSync(join(SITE, 'dist/integrity.json'), 'utf8'));
    assert.ok(snippet.includes(`src="${host.origin}${SUB_PATH}dist/loader.js"`), snippet);
    assert.ok(snippet.includes(`integrity="${integrity.files['loader.js']}"`), snippet);
  });

  it('its snippet, pasted into a page of another origin, renders the widget within the one-widget ceiling', async () => {
    const snippet = await snippetFromBuilder();
    const { page, gzipTotal, messages } = await open(blogPage('one.html', snippet));
    await rendered(page, { 'cf-pros-cons': RENDERED['cf-pros-cons'] });
    assert.deepEqual(messages.filter((text) => /pageerror|integrity/i.test(text)), []);
    console.log(`builder snippet, one widget: ${(gzipTotal() / KB).toFixed(2)} KB gzip fetched`);
    assert.ok(gzipTotal() <= oneWidgetCeiling('cf-pros-cons'), `${gzipTotal()} bytes over ${oneWidgetCeiling('cf-pros-cons')}`);
  });

  for (const [tag, markup] of Object.entries(MARKUP)) {
    it(`the same script tag with only <${tag}> fetches that widget alone, within the one-widget ceiling`, async () => {
      const snippet = await snippetFromBuilder();
      const script = /<script src="[^"]+loader\.js"[^>]*><\/script>/.exec(snippet)[0];
      const { page, scripts, gzipTotal } = await open(blogPage(`${tag}.html`, `${script}\n${markup}`));
      await rendered(page, { [tag]: RENDERED[tag] });
      const others = Object.keys(MARKUP).filter((other) => other !== tag);
      assert.equal(await page.evaluate((tags) => tags.filter((other) => customElements.get(other)).length, others), 0, 'no other widget was loaded');
      // the study card here has an inline JSON Feed: the parser's XML side is never fetched
      assert.deepEqual(scripts.filter((file) => /parse-xml-feed/.test(file.url)), []);
      // nor, without persist, the stored copy's code (its name is checked by the persist test below)
      assert.deepEqual(scripts.filter((file) => /stored-copy/.test(file.url)), []);
      console.log(`builder snippet, <${tag}> alone: ${(gzipTotal() / KB).toFixed(2)} KB gzip fetched in ${scripts.length} files`);
      assert.ok(gzipTotal() <= oneWidgetCeiling(tag), `${gzipTotal()} bytes over ${oneWidgetCeiling(tag)}`);
    });
  }

  it('a study card with persist fetches the stored copy, on first use', async () => {
    const snippet = await snippetFromBuilder();
    const script = /<script src="[^"]+loader\.js"[^>]*><\/script>/.exec(snippet)[0];
    const card = MARKUP['cf-study-feed'].replace('<cf-study-feed>', '<cf-study-feed id="kept" persist>');
    const { page, scripts } = await open(blogPage('persist.html', `${script}\n${card}`));
    await rendered(page, { 'cf-study-feed': RENDERED['cf-study-feed'] });
    await page.waitForFunction(() => localStorage.length > 0, { timeout: 10_000 });
    assert.equal(scripts.filter((file) => /\/chunks\/stored-copy-[\w-]+\.js$/.test(file.url)).length, 1, scripts.map((file) => file.url).join('\n'));
  });

  it('a study card fed by RSS fetches the XML side of the parser too, within its own ceiling', async () => {
    const snippet = await snippetFromBuilder();
    const script = /<script src="[^"]+loader\.js"[^>]*><\/script>/.exec(snippet)[0];
    writeFileSync(
      join(blogRoot, 'updates.xml'),
      '<?xml version="1.0"?><rss version="2.0"><channel><title>A study</title><link>https://example.org/</link><description>Updates</description>' +
        '<item><title>Fieldwork begins</title><link>https://example.org/1</link><description>We start on Monday.</description></item></channel></rss>',
    );
    const { page, scripts, gzipTotal } = await open(blogPage('rss.html', `${script}\n<cf-study-feed src="updates.xml"></cf-study-feed>`));
    await rendered(page, { 'cf-study-feed': RENDERED['cf-study-feed'] });
    assert.ok(scripts.some((file) => /parse-xml-feed/.test(file.url)), 'the XML side was fetched');
    console.log(`builder snippet, <cf-study-feed> with an RSS feed: ${(gzipTotal() / KB).toFixed(2)} KB gzip fetched in ${scripts.length} files`);
    assert.ok(gzipTotal() <= PAGE_BUDGETS.oneXmlFeed, `${gzipTotal()} bytes over ${PAGE_BUDGETS.oneXmlFeed}`);
  });

  it('the same script tag with all three widgets renders them all within the three-widget ceiling', async () => {
    const snippet = await snippetFromBuilder();
    const script = /<script src="[^"]+loader\.js"[^>]*><\/script>/.exec(snippet)[0];
    const { page, gzipTotal } = await open(blogPage('three.html', `${script}\n${Object.values(MARKUP).join('\n')}`));
    await rendered(page, RENDERED);
    console.log(`builder snippet, three widgets: ${(gzipTotal() / KB).toFixed(2)} KB gzip fetched`);
    assert.ok(gzipTotal() <= PAGE_BUDGETS.allThree, `${gzipTotal()} bytes over ${PAGE_BUDGETS.allThree}`);
  });

  it("the builder's iframe snippet frames the site's embed.html, which renders on another origin", async () => {
    const snippet = await snippetFromBuilder(true);
    assert.ok(snippet.includes(`src="${host.origin}${SUB_PATH}dist/embed.html#`), snippet);
    const { page } = await open(blogPage('frame.html', snippet));
    const frame = await (await page.waitForSelector('iframe[data-cf-embed]')).contentFrame();
    await frame.waitForFunction((selector) => document.querySelector('cf-pros-cons')?.shadowRoot?.querySelector(selector), { timeout: 10_000 }, RENDERED['cf-pros-cons']);
  });

  it('Storybook is there', () => {
    assert.ok(existsSync(join(SITE, 'storybook/index.html')));
    assert.ok(existsSync(join(SITE, 'storybook/iframe.html')));
  });
});

describe("the loader's hash checks", () => {
  it('a chunk changed in transit is refused (the import map covers it), and the loader says so', async () => {
    const snippet = await snippetFromBuilder();
    const tampered = new Set();
    const { page, messages } = await open(blogPage('tampered.html', snippet), {
      intercept: async (request) => {
        const url = request.url();
        if (!url.includes('/dist/chunks/') || !url.endsWith('.js')) return request.continue();
        const file = url.slice(url.indexOf('/dist/') + '/dist/'.length);
        tampered.add(file);
        return request.respond({ status: 200, contentType: 'text/javascript', headers: { 'Access-Control-Allow-Origin': '*' }, body: `${readFileSync(join(SITE, 'dist', file), 'utf8')}\n// changed` });
      },
    });
    assert.ok(tampered.size > 0, 'a chunk was requested');
    assert.equal(await page.evaluate(() => Boolean(customElements.get('cf-pros-cons'))), false, 'the widget did not run');
    assert.ok(messages.some((text) => text.includes('could not load <cf-pros-cons>')), messages.join('\n'));
  });
});

describe("the README's first snippet", () => {
  it('renders once the CDN serves the version (here from site/dist), and its bytes fit the ceiling', async () => {
    const readme = readFileSync('README.md', 'utf8');
    const first = /```html\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf('<!-- cdn:snippets -->')))[1];
    assert.match(first, /loader\.js/, 'the first snippet uses the loader');
    const { page, gzipTotal } = await open(blogPage('readme.html', first), {
      intercept: async (request) => {
        const url = request.url();
        if (!README_CDN.test(url)) return request.continue();
        const file = join(SITE, 'dist', url.replace(README_CDN, ''));
        if (!existsSync(file)) return request.respond({ status: 404, body: 'not found' });
        return request.respond({ status: 200, contentType: 'text/javascript', headers: { 'Access-Control-Allow-Origin': '*' }, body: readFileSync(file) });
      },
    });
    const tags = [...first.matchAll(/<(cf-[a-z-]+)/g)].map((match) => match[1]);
    assert.ok(tags.length >= 1);
    await rendered(page, Object.fromEntries(tags.map((tag) => [tag, RENDERED[tag]])));
    console.log(`README snippet: ${(gzipTotal() / KB).toFixed(2)} KB gzip fetched`);
    const ceiling = tags.length === 1 ? oneWidgetCeiling(tags[0]) : PAGE_BUDGETS.allThree;
    assert.ok(gzipTotal() <= ceiling, `${gzipTotal()} bytes over ${ceiling}`);
  });
});

after(async () => {
  await Promise.all(opened.map((page) => page.close().catch(() => {})));
});
