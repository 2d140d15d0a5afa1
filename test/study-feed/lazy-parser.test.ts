/**
 * The XML side of the feed parser loads on first use (issue 10): a JSON Feed
 * card never imports it, an RSS card starts importing it with the fetch,
 * the card shows its loading state while it arrives, and a failed import is
 * an error the reader can retry.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/study-feed/define.js';
import type { StudyFeed } from '../../src/study-feed/study-feed.js';
import { parseFeed } from '../../src/feed/parse-feed.js';
import { forgetXmlSide, parseFetchedFeed, xmlSideImport, type XmlSide } from '../../src/study-feed/xml-side.js';
import { captureWarnings } from '../support/helpers.js';
import { deferred, FEEDS, feedFixture, heldBodyFetch, watchImports, settled, shadow, state, text } from './helpers.js';

const realLoad = xmlSideImport.load;
const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Slow study</title><item><title>One</title><guid>1</guid></item></channel></rss>`;

describe('<cf-study-feed>: the XML side of the parser loads on first use', () => {
  beforeEach(() => forgetXmlSide());
  afterEach(() => {
    xmlSideImport.load = realLoad;
    forgetXmlSide();
  });

  it('a JSON Feed card (src ending .json) never imports the XML side', async () => {
    const imports = watchImports(xmlSideImport, realLoad);
    const el = await feedFixture(html`<cf-study-feed src="${FEEDS}feed.json"></cf-study-feed>`);
    expect(el.status).to.equal('ready');
    expect(el.feed?.format).to.equal('json');
    expect(imports.count()).to.equal(0);
  });

  it('an inline JSON Feed never imports the XML side', async () => {
    const imports = watchImports(xmlSideImport, realLoad);
    const el = await feedFixture(html`<cf-study-feed><script type="application/json">{"version":"https://jsonfeed.org/version/1.1","title":"Inline","items":[{"id":"1","title":"Hello"}]}</script></cf-study-feed>`);
    expect(el.status).to.equal('ready');
    expect(el.items.map((item) => item.title)).to.deep.equal(['Hello']);
    expect(imports.count()).to.equal(0);
  });

  it('a JSON Feed at a URL without .json is read without waiting for the XML side', async () => {
    watchImports(xmlSideImport, () => new Promise<XmlSide>(() => undefined)); // an XML side that never arrives
    heldBodyFetch('{"version":"https://jsonfeed.org/version/1.1","title":"Elsewhere","items":[]}', 'application/feed+json').release();
    const el = await feedFixture(html`<cf-study-feed src="https://feeds.example.org/study"></cf-study-feed>`);
    expect(el.status).to.equal('ready');
    expect(el.feed?.title).to.equal('Elsewhere');
  });

  it('an RSS card starts importing the XML side when the fetch starts, before the body arrives', async () => {
    const imports = watchImports(xmlSideImport, realLoad);
    const body = heldBodyFetch(RSS, 'application/rss+xml');
    const el = await fixture<StudyFeed>(html`<cf-study-feed src="https://feeds.example.org/study.xml"></cf-study-feed>`);
    await waitUntil(() => imports.count() > 0, 'the XML side was not imported while the body was on its way', { timeout: 4000 });
    expect(body.drained()).to.equal(false);
    expect(el.status).to.equal('loading');
    body.release();
    await settled(el);
    expect(el.status).to.equal('ready');
    expect(el.feed?.format).to.equal('rss2');
    expect(imports.count()).to.equal(1);
  });

  it('shows the loading state while the XML side arrives after the body', async () => {
    const chunk = deferred<XmlSide>();
    watchImports(xmlSideImport, () => chunk.promise);
    const body = heldBodyFetch(RSS, 'application/rss+xml');
    body.release();
    const el = await fixture<StudyFeed>(html`<cf-study-feed src="https://feeds.example.org/study.xml"></cf-study-feed>`);
    await waitUntil(() => body.drained(), 'the body was not read', { timeout: 4000 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(el.status).to.equal('loading');
    expect(state(el)).to.equal('loading');
    expect(shadow(el).querySelector('[part="skeleton"]')).to.not.equal(null);
    expect(shadow(el).querySelector('[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    chunk.resolve(await realLoad());
    await settled(el);
    expect(el.status).to.equal('ready');
    expect(text(el, '[part="heading"]')).to.equal('Slow study');
  });

  it('a failed import shows an error with "Try again" and one warning, and "Try again" loads it', async () => {
    let fail = true;
    const imports = watchImports(xmlSideImport, () => (fail ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : realLoad()));
    let el!: StudyFeed;
    const warnings = await captureWarnings(async () => {
      el = await feedFixture(html`<cf-study-feed src="${FEEDS}rss2.xml"></cf-study-feed>`);
    });
    expect(el.status).to.equal('error');
    expect(state(el)).to.equal('error');
    expect(el.error?.code).to.equal('parser');
    expect(text(el, '[part="message"]')).to.contain('Part of this card could not be loaded');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<cf-study-feed>').and.to.contain('chunks/');
    const retry = shadow(el).querySelector<HTMLButtonElement>('[part="retry"]')!;
    expect(retry).to.not.equal(null);
    await expect(el).to.be.accessible();
    fail = false;
    retry.click();
    await waitUntil(() => el.status === 'ready', 'Try again did not load the feed', { timeout: 8000 });
    expect(el.feed?.format).to.equal('rss2');
    expect(imports.count()).to.equal(2);
  });
});

describe('parseFetchedFeed (the card) reads bodies as parseFeed does', () => {
  const encode = (text: string) => new TextEncoder().encode(text);
  const cases: Array<[string, Uint8Array, string]> = [
    ['UTF-8 JSON', encode('{"version":"https://jsonfeed.org/version/1.1","title":"Caf\u00e9","items":[{"id":"1","title":"x"}]}'), 'application/feed+json'],
    ['JSON with a byte order mark', encode('\ufeff  {"version":"https://jsonfeed.org/version/1","title":"BOM","items":[]}'), 'application/json; charset=utf-8'],
    ['JSON in windows-1252', Uint8Array.from([...encode('{"version":"https://jsonfeed.org/version/1.1","title":"Caf'), 0xe9, ...encode('","items":[]}')]), 'application/json; charset=windows-1252'],
    ['JSON not valid UTF-8, no charset', Uint8Array.from([...encode('{"version":"https://jsonfeed.org/version/1.1","title":"Caf'), 0xe9, ...encode('","items":[]}')]), 'application/json'],
    ['RSS', encode(RSS), 'application/rss+xml'],
  ];
  for (const [name, bytes, contentType] of cases) {
    it(name, async () => {
      const options = { url: 'https://example.org/feed', contentType };
      const feed = await parseFetchedFeed(bytes, options, realLoad);
      expect(feed).to.deep.equal(parseFeed(bytes, options));
    });
  }

  it('does not wait for the XML side for plain UTF-8 JSON', async () => {
    let asked = 0;
    const feed = await parseFetchedFeed(encode('{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[]}'), { contentType: 'application/json' }, () => {
      asked++;
      return realLoad();
    });
    expect(feed.title).to.equal('T');
    expect(asked).to.equal(0);
  });
});
