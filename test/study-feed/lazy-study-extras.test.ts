/**
 * The study's milestones and follow links load on first use (issue 10): a
 * card without them never imports their code; a card with them stays in its
 * loading state while the code arrives; and when it cannot be loaded, the
 * updates are shown with a note in their place and one warning.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/study-feed/define.js';
import type { StudyFeed } from '../../src/study-feed/study-feed.js';
import { studyExtrasImport, type StudyExtras } from '../../src/study-feed/study-view.js';
import { captureWarnings } from '../support/helpers.js';
import { deferred, feedFixture, heldBodyFetch, settled, shadow, state, texts, watchImports } from './helpers.js';

const realLoad = studyExtrasImport.load;
const FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'A study',
  items: [{ id: '1', title: 'Fieldwork begins', content_text: 'We start on Monday.' }],
  _study: { status: 'active', milestones: [{ title: 'Ethics approval', status: 'done', date: '2012-04' }], links: [{ title: 'The study blog', url: 'https://example.org/blog', kind: 'blog' }] },
});

/** A card with an inline feed (built with DOM calls: a Lit binding cannot sit inside <script>). */
function card(feed: string): StudyFeed {
  const el = document.createElement('cf-study-feed');
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = feed;
  el.append(script);
  document.body.append(el);
  return el;
}

describe('<cf-study-feed>: milestones and follow links load on first use', () => {
  afterEach(() => {
    studyExtrasImport.load = realLoad;
    document.querySelectorAll('body > cf-study-feed').forEach((el) => el.remove());
  });

  it('a card without milestones or links never imports their code', async () => {
    const imports = watchImports(studyExtrasImport, realLoad);
    const el = await feedFixture(html`<cf-study-feed
      ><script type="application/json">
        {"version":"https://jsonfeed.org/version/1.1","title":"Plain","items":[{"id":"1","title":"Hello"}]}
      </script></cf-study-feed
    >`);
    expect(el.status).to.equal('ready');
    expect(imports.count()).to.equal(0);
  });

  it('shows the loading state while their code arrives, then the milestones and links', async () => {
    const code = deferred<StudyExtras>();
    const imports = watchImports(studyExtrasImport, () => code.promise);
    const el = card(FEED);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(imports.count()).to.equal(1);
    expect(el.status).to.equal('loading');
    expect(state(el)).to.equal('loading');
    expect(shadow(el).querySelector('[part="skeleton"]')).to.not.equal(null);
    expect(shadow(el).querySelector('[part~="milestone"]')).to.equal(null);
    await expect(el).to.be.accessible();
    code.resolve(await realLoad());
    await settled(el);
    expect(state(el)).to.equal('ready');
    expect(texts(el, '[part~="milestone"] .milestone-title')).to.deep.equal(['Ethics approval']);
    expect(texts(el, '[part~="follow-link"]')).to.deep.equal(['The study blog']);
    expect(shadow(el).querySelector('.extras-loading')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a data-study child shows placeholders for them in the loading state', async () => {
    const code = deferred<StudyExtras>();
    watchImports(studyExtrasImport, () => code.promise);
    heldBodyFetch('{}', 'application/feed+json'); // the feed never comes: the card stays loading
    const el = await fixture<StudyFeed>(html`<cf-study-feed src="https://feeds.example.org/held.json"
      ><script type="application/json" data-study>
        {"milestones":[{"title":"Ethics approval","status":"done"}]}
      </script></cf-study-feed
    >`);
    expect(shadow(el).querySelector('.extras-loading')).to.not.equal(null);
    await expect(el).to.be.accessible();
    code.resolve(await realLoad());
    await waitUntil(() => shadow(el).querySelector('[part~="milestone"]') !== null, 'the milestones were not shown', { timeout: 4000 });
    expect(shadow(el).querySelector('.extras-loading')).to.equal(null);
    expect(el.status).to.equal('loading');
  });

  it('when their code cannot be loaded, shows the updates with a note in their place and one warning, and "Refresh" tries again', async () => {
    watchImports(studyExtrasImport, () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    let el!: StudyFeed;
    const warnings = await captureWarnings(async () => {
      el = await settled(card(FEED));
    });
    expect(el.status).to.equal('ready');
    expect(texts(el, '[part="item"] .item-title')).to.deep.equal(['Fieldwork begins']);
    expect(shadow(el).querySelector('[part~="milestone"]')).to.equal(null);
    expect(texts(el, '.extras-failed')).to.deep.equal(['Part of this card could not be loaded. Check your connection and try again.']);
    const mine = warnings.filter((warning) => warning.includes('milestones and follow links'));
    expect(mine).to.have.length(1);
    expect(mine[0]).to.contain('<cf-study-feed').and.to.contain('chunks/');
    await expect(el).to.be.accessible();
    studyExtrasImport.load = realLoad;
    await el.refresh();
    await waitUntil(() => shadow(el).querySelector('[part~="milestone"]') !== null, 'Refresh did not load them again', { timeout: 4000 });
    expect(shadow(el).querySelector('.extras-failed')).to.equal(null);
  });
});
