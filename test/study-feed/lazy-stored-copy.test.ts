/**
 * The stored copy (`persist`) loads on first use (issue 10): cards without
 * `persist` never import it; with it, the card shows its loading state while
 * the code arrives, then the saved copy; and when it cannot be loaded, the
 * feed is shown fresh with one warning.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/study-feed/define.js';
import type { StudyFeed } from '../../src/study-feed/study-feed.js';
import { storageKey } from '../../src/shared/storage.js';
import { storedCopyImport, type StoredCopy } from '../../src/study-feed/stored-copy-import.js';
import { captureWarnings } from '../support/helpers.js';
import { deferred, FEEDS, feedFixture, heldBodyFetch, watchImports, settled, shadow, state, texts, uniqueKey } from './helpers.js';

const realLoad = storedCopyImport.load;
const SRC = 'https://feeds.example.org/stored.xml';
const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Fresh study</title><item><title>Fresh update</title><guid>f</guid></item></channel></rss>`;

function saveCopy(id: string): void {
  const when = new Date(Date.now() - 60 * 60 * 1000).toISOString();
  const record = {
    version: 1,
    source: SRC,
    fetchedAt: when,
    lastVisit: when,
    feed: { format: 'rss2', title: 'Saved study', url: 'https://example.org/', description: '', items: [{ id: 's', title: 'Saved update', url: 'https://example.org/s', authors: [], summary: 'Saved.', categories: [] }] },
  };
  localStorage.setItem(storageKey('cf-study-feed', id), JSON.stringify(record));
}

describe('<cf-study-feed>: the stored copy loads on first use', () => {
  afterEach(() => {
    storedCopyImport.load = realLoad;
    localStorage.clear();
  });

  it('a card without persist never imports it', async () => {
    const imports = watchImports(storedCopyImport, realLoad);
    const el = await feedFixture(html`<cf-study-feed id=${uniqueKey('plain')} src="${FEEDS}rss2.xml"></cf-study-feed>`);
    expect(el.status).to.equal('ready');
    expect(imports.count()).to.equal(0);
  });

  it('shows the loading state while it arrives, then the saved copy, then the fresh feed', async () => {
    const id = uniqueKey('lazy-copy');
    saveCopy(id);
    const code = deferred<StoredCopy>();
    watchImports(storedCopyImport, () => code.promise);
    const body = heldBodyFetch(RSS, 'application/rss+xml');
    const el = await fixture<StudyFeed>(html`<cf-study-feed id=${id} persist src=${SRC}></cf-study-feed>`);
    expect(el.status).to.equal('loading');
    expect(el.stale).to.equal(false);
    expect(state(el)).to.equal('loading');
    expect(shadow(el).querySelector('[part="skeleton"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
    code.resolve(await realLoad());
    await waitUntil(() => el.stale, 'the saved copy was not shown', { timeout: 4000 });
    await el.updateComplete;
    expect(state(el)).to.equal('stale');
    expect(texts(el, '[part="item"] .item-title')).to.deep.equal(['Saved update']);
    body.release();
    await waitUntil(() => el.status === 'ready', 'the fresh feed did not replace the saved copy', { timeout: 4000 });
    await el.updateComplete;
    expect(el.stale).to.equal(false);
    expect(texts(el, '[part="item"] .item-title').map((title) => title.replace(/^New /, ''))).to.deep.equal(['Fresh update']);
    expect(localStorage.getItem(storageKey('cf-study-feed', id))).to.contain('Fresh update');
  });

  it('a fresh feed that comes before the stored copy waits for it and still wins', async () => {
    const id = uniqueKey('race');
    saveCopy(id);
    const code = deferred<StoredCopy>();
    watchImports(storedCopyImport, () => code.promise);
    heldBodyFetch(RSS, 'application/rss+xml').release();
    const el = await fixture<StudyFeed>(html`<cf-study-feed id=${id} persist src=${SRC}></cf-study-feed>`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(el.status).to.equal('loading');
    code.resolve(await realLoad());
    await settled(el);
    expect(el.status).to.equal('ready');
    expect(el.stale).to.equal(false);
    expect(texts(el, '[part="item"] .item-title').map((title) => title.replace(/^New /, ''))).to.deep.equal(['Fresh update']);
  });

  it('when it cannot be loaded, shows the fresh feed with one warning', async () => {
    const id = uniqueKey('no-copy');
    saveCopy(id);
    watchImports(storedCopyImport, () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    let el!: StudyFeed;
    const warnings = await captureWarnings(async () => {
      el = await feedFixture(html`<cf-study-feed id=${id} persist src="${FEEDS}rss2.xml"></cf-study-feed>`);
    });
    expect(el.status).to.equal('ready');
    expect(el.stale).to.equal(false);
    expect(warnings.filter((warning) => warning.includes('saved copy'))).to.have.length(1);
    expect(warnings[0]).to.contain('<cf-study-feed').and.to.contain('chunks/');
    await expect(el).to.be.accessible();
  });
});
