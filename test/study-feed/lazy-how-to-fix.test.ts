/**
 * The words of the warning that says how to fix a failed feed load on first
 * use (issue 10): cards whose feed loads never import them; a failing card
 * stays in its loading state until they arrive, then shows the error and
 * warns; when they cannot be loaded, the error still shows, with a warning
 * that names the failure and where the library's chunks belong.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/study-feed/define.js';
import type { StudyFeed } from '../../src/study-feed/study-feed.js';
import { howToFixImport, type HowToFix } from '../../src/study-feed/load-feed.js';
import { captureWarnings } from '../support/helpers.js';
import { deferred, FEEDS, feedFixture, settled, shadow, state, text, watchImports } from './helpers.js';

const realLoad = howToFixImport.load;
const MISSING = '/__feeds/status?code=404';

describe('<cf-study-feed>: the advice on a failed load loads on first use', () => {
  afterEach(() => {
    howToFixImport.load = realLoad;
  });

  it('a card whose feed loads never imports it', async () => {
    const imports = watchImports(howToFixImport, realLoad);
    const el = await feedFixture(html`<cf-study-feed src="${FEEDS}rss2.xml"></cf-study-feed>`);
    expect(el.status).to.equal('ready');
    expect(imports.count()).to.equal(0);
  });

  it('shows the loading state while it arrives, then the error, with the warning saying how to fix it', async () => {
    const code = deferred<HowToFix>();
    const imports = watchImports(howToFixImport, () => code.promise);
    const warnings = await captureWarnings(async () => {
      const el = await fixture<StudyFeed>(html`<cf-study-feed src=${MISSING}></cf-study-feed>`);
      const failed = oneEvent(el, 'error');
      await new Promise((resolve) => setTimeout(resolve, 300)); // the 404 has long come back
      await el.updateComplete;
      expect(imports.count()).to.equal(1);
      expect(el.status).to.equal('loading');
      expect(state(el)).to.equal('loading');
      expect(shadow(el).querySelector('[part="skeleton"]')).to.not.equal(null);
      await expect(el).to.be.accessible();
      code.resolve(await realLoad());
      await failed;
      await settled(el);
      expect(state(el)).to.equal('error');
      expect(text(el, '[part="message"] .reason')).to.contain('not found');
      await expect(el).to.be.accessible();
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('answered HTTP 404').and.to.contain('Check the src address');
  });

  it('when it cannot be loaded, shows the error with one warning naming the failure and the chunks', async () => {
    watchImports(howToFixImport, () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    let el!: StudyFeed;
    const warnings = await captureWarnings(async () => {
      el = await feedFixture(html`<cf-study-feed src=${MISSING}></cf-study-feed>`);
    });
    expect(el.status).to.equal('error');
    expect(state(el)).to.equal('error');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<cf-study-feed').and.to.contain('HTTP 404').and.to.contain('chunks/');
    await expect(el).to.be.accessible();
  });
});
