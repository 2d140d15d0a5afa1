// Every module of the package imports in Node without a DOM (issue 5), as a
// server-rendering framework (Next.js, Astro, Nuxt, SvelteKit...) would import
// it. Imports go through the package's own name, so the "exports" map of
// package.json is what is tested: its "node" condition picks dist/node/*.js,
// which leave Lit to Node (Lit's Node build brings its own DOM shim).
// Needs `npm run build` first. Run: npm run test:node
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const specifier = (key) => (key === '.' ? pkg.name : `${pkg.name}${key.slice(1)}`);
const CLASSIC_SCRIPTS = /(\.iife|\/embed-frame|\/embed-resizer|\/loader)\.js$/;
const conditionsOf = (target) => (typeof target === 'string' ? ['default'] : Object.keys(target));

test('there is no DOM here', () => {
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.window, 'undefined');
});

for (const [key, target] of Object.entries(pkg.exports)) {
  const conditions = conditionsOf(target);
  const file = typeof target === 'string' ? target : (target.node ?? target.default);
  if (!file) {
    // types only (critical-friend/jsx)
    test(`${specifier(key)} is types only`, () => assert.deepEqual(conditions, ['types']));
  } else if (file.endsWith('.json')) {
    test(`${specifier(key)} is JSON`, async () => {
      const { default: data } = await import(specifier(key), { with: { type: 'json' } });
      assert.equal(typeof data, 'object');
    });
  } else if (file.endsWith('.html')) {
    // the iframe embed page: served, never imported
    test(`${specifier(key)} is a page, not for Node`, () => assert.match(file, /^\.\/dist\/embed\.html$/));
  } else if (CLASSIC_SCRIPTS.test(file)) {
    // a classic <script> for pages, not a module: nothing imports it on a server
    test(`${specifier(key)} is a classic script, not for Node`, () => assert.equal(typeof target, 'string'));
  } else {
    test(`import '${specifier(key)}' in Node`, async () => {
      assert.ok(target.node, `${key} has a "node" condition`);
      const module = await import(specifier(key));
      assert.ok(Object.keys(module).length > 0, 'it exports something');
    });
  }
}

test('the elements are classes with their tag names, registered in Lit\'s server registry', async () => {
  const { ParticipationLadder, ProsCons, StudyFeed } = await import(pkg.name);
  for (const [element, tag] of [
    [ParticipationLadder, 'cf-participation-ladder'],
    [ProsCons, 'cf-pros-cons'],
    [StudyFeed, 'cf-study-feed'],
  ]) {
    assert.equal(element.tagName, tag);
    assert.equal(globalThis.customElements?.get(tag), element);
  }
});

test('the React wrappers render to HTML on the server', async () => {
  const React = await import('react');
  const { renderToString } = await import('react-dom/server');
  const { ProsCons, ParticipationLadder } = await import(`${pkg.name}/react`);
  assert.equal(ProsCons.displayName, 'ProsCons');
  const html = renderToString(
    React.createElement('div', null, React.createElement(ProsCons, { heading: 'Key workers', mode: 'read' }), React.createElement(ParticipationLadder, { scale: 'hart' })),
  );
  assert.match(html, /<cf-pros-cons[^>]*>/);
  assert.match(html, /<cf-participation-ladder[^>]*>/);
});

test('parseFeed reads a JSON Feed in Node', async () => {
  const { parseFeed } = await import(pkg.name);
  const feed = parseFeed(
    JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Connecting People',
      home_page_url: '/blog/',
      items: [{ id: 1, url: 'posts/1', title: 'Manual due in April', content_text: 'The manual is due.', date_published: '2012-01-10T09:00:00Z' }],
    }),
    { url: 'https://example.org/feed.json' },
  );
  assert.equal(feed.format, 'json');
  assert.equal(feed.title, 'Connecting People');
  assert.equal(feed.items[0].url, 'https://example.org/posts/1');
  assert.equal(feed.items[0].date.toISOString(), '2012-01-10T09:00:00.000Z');
});

test('parseFeed reads well-formed RSS in Node with its own XML reader, and says clearly when a feed needs a DOMParser', async () => {
  const { parseFeed, isFeedError } = await import(pkg.name);
  const rss = '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>A</title><description>&lt;p&gt;Hi &amp;amp; bye&lt;/p&gt;</description></item></channel></rss>';
  const feed = parseFeed(rss);
  assert.equal(feed.items[0].title, 'A');
  assert.equal(feed.items[0].summary, 'Hi & bye');
  // A DOCTYPE is beyond the strict reader (issue 14): only DOMParser reads it.
  const withDoctype = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY who "me">]>${rss.slice(rss.indexOf('<rss'))}`;
  assert.throws(
    () => parseFeed(withDoctype),
    (error) => isFeedError(error) || /DOMParser/.test(String(error)),
  );
});

test('the embed helpers read a configuration and write a snippet in Node', async () => {
  const { configFromUrl, scriptSnippet, iframeSnippet } = await import(`${pkg.name}/embed`);
  const result = configFromUrl('https://example.org/embed.html#widget=pros-cons&heading=Key+workers&pros=["Reach"]');
  assert.equal(result.ok, true);
  assert.match(scriptSnippet(result.config, { url: 'https://cdn.example/cf.js' }), /<cf-pros-cons heading="Key workers">\n  <ul slot="pros">\n    <li>Reach<\/li>/);
  assert.match(iframeSnippet(result.config, { embedPage: 'https://example.org/embed.html' }), /<iframe data-cf-embed src="https:\/\/example.org\/embed.html#widget=pros-cons&amp;heading=Key\+workers/);
});

test('parseFeed without a DOM: RSS and HTML content that need the browser parsers fail with a FeedError that says what to do', async () => {
  const { parseFeed, isFeedError } = await import(pkg.name);
  // Feeds the string readers hand over (issue 14): a DOCTYPE, and item HTML whose text the HTML parser may reorder (a table).
  const rss = '<!DOCTYPE rss><rss version="2.0"><channel><title>Study</title><item><title>One</title></item></channel></rss>';
  const html = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Study', items: [{ id: '1', content_html: '<table><tr><td>Hi</td></tr></table>' }] });
  for (const input of [rss, html]) {
    assert.throws(
      () => parseFeed(input),
      (error) => isFeedError(error) && error.code === 'needs-dom' && /jsdom|linkedom/.test(error.message),
    );
  }
});
