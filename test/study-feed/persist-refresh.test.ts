import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/study-feed/define.js';
import type { StudyFeed } from '../../src/study-feed/study-feed.js';
import { storageKey } from '../../src/shared/storage.js';
import { breakStorage, captureWarnings, nextFrames } from '../support/helpers.js';
import { FEEDS, feedFixture, hits, settled, shadow, state, text, texts, uniqueKey } from './helpers.js';

const key = (id: string) => storageKey('cf-study-feed', id);
const liveRegion = (el: HTMLElement) => text(el, '[role="status"]');
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function setVisibility(value: 'visible' | 'hidden'): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => value });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('<cf-study-feed> persist', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('keeps the last good copy and shows it, saying when it was saved, when the next fetch fails', async () => {
    const id = uniqueKey('stale');
    const src = `/__feeds/once?key=${id}`;
    const first = await feedFixture(html`<cf-study-feed id=${id} persist src=${src}></cf-study-feed>`);
    expect(first.status).to.equal('ready');
    expect(localStorage.getItem(key(id))).to.contain('First update');
    first.remove();

    let second!: StudyFeed;
    const warnings = await captureWarnings(async () => {
      // the fetch is held until the checks below, so they see it under way
      const realFetch = window.fetch;
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      window.fetch = (async (...args: Parameters<typeof fetch>) => {
        window.fetch = realFetch;
        await held;
        return realFetch(...args);
      }) as typeof fetch;
      second = await fixture<StudyFeed>(html`<cf-study-feed id=${id} persist src=${src}></cf-study-feed>`);
      // the saved copy is shown as soon as the stored copy's code is in (issue 10), while the fetch is under way
      await waitUntil(() => second.stale, 'the saved copy was not shown', { timeout: 4000 });
      await second.updateComplete;
      expect(second.stale).to.equal(true);
      expect(second.status).to.equal('loading');
      expect(state(second)).to.equal('stale');
      expect(texts(second, '[part="item"] .item-title')).to.deep.equal(['Second update', 'First update']);
      expect(text(second, '[part="notice"]')).to.match(/^Showing the copy saved today at \d\d:\d\d while checking for new updates\.$/);
      const failed = oneEvent(second, 'error');
      release();
      await failed;
      await second.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(second.status).to.equal('error');
    expect(second.stale).to.equal(true);
    expect(second.error?.httpStatus).to.equal(503);
    expect(second.items.map((item) => item.title)).to.deep.equal(['Second update', 'First update']);
    expect(text(second, '[part="notice"]')).to.match(/Showing the copy saved today at \d\d:\d\d, because the latest updates could not be loaded\. The feed's server had a problem \(HTTP 503\)/);
    expect(shadow(second).querySelector('[part="notice"] [part="retry"]')).to.not.equal(null);
    // one button for one action: the footer's Refresh gives way to the notice's Try again
    expect(shadow(second).querySelectorAll('[part="retry"], [part="refresh"]')).to.have.length(1);
    await expect(second).to.be.accessible();
  });

  it('says how old the saved copy is, and shows it when the server cannot be reached', async () => {
    const id = uniqueKey('old');
    const src = 'http://127.0.0.1:59321/feed.xml';
    const saved = new Date(Date.now() - 3 * 24 * 60 * 60 * 1000);
    const old = new Date(2011, 10, 3, 10, 0);
    const record = (fetchedAt: Date) => ({
      version: 1,
      source: src,
      fetchedAt: fetchedAt.toISOString(),
      lastVisit: fetchedAt.toISOString(),
      feed: { format: 'rss2', title: 'Saved study', url: 'https://example.org/', description: '', items: [{ id: 'x', title: 'A saved update', url: 'https://example.org/x', authors: [], summary: 'Saved.', categories: [] }] },
    });
    localStorage.setItem(key(id), JSON.stringify(record(saved)));
    let el!: StudyFeed;
    await captureWarnings(async () => {
      el = await feedFixture(html`<cf-study-feed id=${id} persist src=${src}></cf-study-feed>`);
    });
    expect(el.error?.code).to.equal('network');
    expect(el.stale).to.equal(true);
    expect(text(el, '[part="heading"]')).to.equal('Saved study');
    expect(text(el, '[part="notice"]')).to.contain('Showing the copy saved 3 days ago, because');
    expect(text(el, '[part="notice"]')).to.contain('could not be reached');
    el.remove();

    localStorage.setItem(key(id), JSON.stringify(record(old)));
    await captureWarnings(async () => {
      el = await feedFixture(html`<cf-study-feed id=${id} persist src=${src}></cf-study-feed>`);
    });
    expect(text(el, '[part="notice"]')).to.contain('Showing the copy saved on 3 Nov 2011, because');
  });

  it('marks updates published since the last visit as new, and no others', async () => {
    const id = uniqueKey('new');
    localStorage.setItem(key(id), JSON.stringify({ version: 1, lastVisit: '2011-11-03T12:00:00.000Z' }));
    const el = await feedFixture(html`<cf-study-feed id=${id} persist src="${FEEDS}rss2.xml"></cf-study-feed>`);
    const items = [...shadow(el).querySelectorAll('[part="item"]')];
    expect(items.map((item) => item.hasAttribute('data-new'))).to.deep.equal([true, true, false]);
    expect(items[0]!.querySelector('[part="new"]')!.textContent).to.equal('New');
    expect(items[0]!.querySelector('.item-title')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('New A new researcher joins the study');
    // the visit is remembered: next time, nothing older than now is new
    const stored = JSON.parse(localStorage.getItem(key(id))!) as { lastVisit: string };
    expect(Date.now() - new Date(stored.lastVisit).getTime()).to.be.lessThan(60_000);
    el.remove();
    const again = await feedFixture(html`<cf-study-feed id=${id} persist src="${FEEDS}rss2.xml"></cf-study-feed>`);
    expect(shadow(again).querySelectorAll('[part="new"]')).to.have.length(0);
    again.remove();
    document.body.append(el);
    await settled(el);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('marks new updates in an inline JSON Feed too: the visit is remembered, the copy is never shown instead', async () => {
    const id = uniqueKey('inline-new');
    const inline = (titles: Array<[string, string]>) =>
      JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Inline study', items: titles.map(([title, date]) => ({ id: title, title, content_text: title, date_published: date })) });
    const first = await feedFixture(html`<cf-study-feed id=${id} persist><script type="application/json">${inline([['Older', '2011-11-01T09:00:00Z']])}</script></cf-study-feed>`);
    expect(shadow(first).querySelectorAll('[part="new"]')).to.have.length(0);
    const stored = JSON.parse(localStorage.getItem(key(id))!) as { lastVisit: string };
    expect(Date.now() - new Date(stored.lastVisit).getTime()).to.be.lessThan(60_000);
    first.remove();
    // the blogger adds an update after the reader's visit
    const later = new Date(Date.now() + 60_000).toISOString();
    const second = await feedFixture(html`<cf-study-feed id=${id} persist><script type="application/json">${inline([['Newer', later], ['Older', '2011-11-01T09:00:00Z']])}</script></cf-study-feed>`);
    expect(second.stale).to.equal(false);
    expect(texts(second, '[part="item"] .item-title')).to.deep.equal(['New Newer', 'Older']);
    second.remove();
  });

  it('shows no "new" marks on a first visit, nor without persist', async () => {
    const first = await feedFixture(html`<cf-study-feed id=${uniqueKey('first')} persist src="${FEEDS}rss2.xml"></cf-study-feed>`);
    expect(shadow(first).querySelectorAll('[part="new"]')).to.have.length(0);
    const id = uniqueKey('nopersist');
    localStorage.setItem(key(id), JSON.stringify({ version: 1, lastVisit: '2011-11-03T12:00:00.000Z' }));
    const plain = await feedFixture(html`<cf-study-feed id=${id} src="${FEEDS}rss2.xml"></cf-study-feed>`);
    expect(shadow(plain).querySelectorAll('[part="new"]')).to.have.length(0);
  });

  it('stores nothing at all without persist', async () => {
    const el = await feedFixture(html`<cf-study-feed id="no-persist" src="${FEEDS}rss2.xml"></cf-study-feed>`);
    expect(el.status).to.equal('ready');
    expect(localStorage.length).to.equal(0);
    expect(document.cookie).to.equal('');
  });

  it('warns once and stores nothing when persist has no id', async () => {
    let el!: StudyFeed;
    const warnings = await captureWarnings(async () => {
      el = await feedFixture(html`<cf-study-feed persist src="${FEEDS}rss2.xml"></cf-study-feed>`);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(el.status).to.equal('ready');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('persist needs an id');
    expect(localStorage.length).to.equal(0);
  });

  for (const kind of ['throws-always', 'throws-on-write'] as const) {
    it(`still works, with one warning, when storage ${kind}`, async () => {
      const restore = breakStorage(kind);
      let el!: StudyFeed;
      let warnings: string[] = [];
      try {
        warnings = await captureWarnings(async () => {
          el = await feedFixture(html`<cf-study-feed id=${uniqueKey('broken')} persist src="${FEEDS}rss2.xml"></cf-study-feed>`);
          await el.refresh();
        });
      } finally {
        restore();
      }
      expect(el.status).to.equal('ready');
      expect(el.items).to.have.length(3);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('could not use localStorage');
    });
  }
});

describe('<cf-study-feed> refresh', () => {
  afterEach(() => {
    delete (document as unknown as Record<string, unknown>)['visibilityState'];
  });

  it('refetches every refresh seconds and announces new updates politely', async () => {
    const id = uniqueKey('interval');
    const el = await feedFixture(html`<cf-study-feed refresh="1" src="/__feeds/counter?key=${id}"></cf-study-feed>`);
    expect(el.items.map((item) => item.title)).to.deep.equal(['Update number 1']);
    await waitUntil(() => el.items.length === 2, 'no second fetch within 4 s', { timeout: 4000 });
    expect(await hits(id)).to.be.at.least(2);
    await el.updateComplete;
    await nextFrames();
    expect(liveRegion(el)).to.equal('1 new update: Update number 2.');
    expect(shadow(el).querySelector('[role="status"]')!.getAttribute('aria-live')).to.equal('polite');
    el.remove();
  });

  it('stops the timer when the element is removed', async () => {
    const id = uniqueKey('removed');
    const el = await feedFixture(html`<cf-study-feed refresh="1" src="/__feeds/counter?key=${id}"></cf-study-feed>`);
    el.remove();
    const before = await hits(id);
    await wait(2300);
    expect(await hits(id)).to.equal(before);
  });

  it('pauses while the page is hidden and catches up when it is visible again', async () => {
    const id = uniqueKey('hidden');
    const el = await feedFixture(html`<cf-study-feed refresh="1" src="/__feeds/counter?key=${id}"></cf-study-feed>`);
    setVisibility('hidden');
    const before = await hits(id);
    await wait(2300);
    expect(await hits(id)).to.equal(before);
    setVisibility('visible');
    await waitUntil(async () => (await hits(id)) > before, 'no fetch after becoming visible', { timeout: 3000 });
    el.remove();
  });

  it('refreshes on demand with refresh() and the Refresh button', async () => {
    const id = uniqueKey('manual');
    const el = await feedFixture(html`<cf-study-feed src="/__feeds/counter?key=${id}"></cf-study-feed>`);
    expect(text(el, '.checked')).to.match(/^Checked today at \d\d:\d\d\.$/);
    await el.refresh();
    expect(await hits(id)).to.equal(2);
    expect(el.items).to.have.length(2);
    const loaded = oneEvent(el, 'load');
    const button = shadow(el).querySelector<HTMLButtonElement>('[part="refresh"]')!;
    expect(button.textContent!.trim()).to.equal('Refresh');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    await loaded;
    expect(await hits(id)).to.equal(3);
    await nextFrames();
    expect(liveRegion(el)).to.equal('1 new update: Update number 3.');
    await expect(el).to.be.accessible();
  });

  it('says "No new updates." when the reader refreshes and nothing is new', async () => {
    const el = await feedFixture(html`<cf-study-feed src="${FEEDS}rss2.xml"></cf-study-feed>`);
    await el.refresh();
    await nextFrames();
    expect(liveRegion(el)).to.equal('No new updates.');
  });

  it('warns once and does not poll for refresh="soon"', async () => {
    const id = uniqueKey('bad-refresh');
    let el!: StudyFeed;
    const warnings = await captureWarnings(async () => {
      el = await feedFixture(html`<cf-study-feed refresh="soon" src="/__feeds/counter?key=${id}"></cf-study-feed>`);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('refresh="soon"');
    await wait(1200);
    expect(await hits(id)).to.equal(1);
    el.remove();
  });
});
