/**
 * Built-in locales (Welsh) chosen by the nearest `lang`, loaded on demand.
 * This file must not import src/locales/cy.ts itself (the first test checks
 * that an English page never loads it); the tables' completeness is checked
 * in locales-complete.test.ts.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/participation-ladder/define.js';
import '../../src/pros-cons/define.js';
import '../../src/study-feed/define.js';
import type { ParticipationLadder } from '../../src/participation-ladder/participation-ladder.js';
import type { ProsCons } from '../../src/pros-cons/pros-cons.js';
import type { StudyFeed } from '../../src/study-feed/study-feed.js';
import { formatDate } from '../../src/study-feed/relative-time.js';
import { builtInLocaleFor, registerLocale } from '../../src/shared/locales.js';
import { createTranslator, registerStrings } from '../../src/shared/strings.js';

const text = (el: Element, selector: string) => el.shadowRoot?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const loads = () => (globalThis as unknown as Record<symbol, Map<string, Promise<void>> | undefined>)[Symbol.for('critical-friend.locale-loads')];
const welshRequested = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/locales/cy'));

/** Wait (at most 2 s) until `selector` in the element's shadow root reads `expected`. */
async function until(el: Element, selector: string, expected: string): Promise<void> {
  await waitUntil(() => text(el, selector) === expected, `"${selector}" still reads "${text(el, selector)}", not "${expected}"`, { timeout: 2000 });
}

const INLINE_FEED = html`<script type="application/json">
  { "version": "https://jsonfeed.org/version/1.1", "title": "Astudiaeth", "items": [
    { "id": "1", "title": "Diweddariad", "url": "https://example.org/1", "content_text": "Testun.", "date_published": "2011-11-03T10:00:00Z" }],
    "_study": { "status": "completed", "phase": "Ysgrifennu" } }
</script>`;

describe('built-in locales', () => {
  it('an English page stays English and never loads Welsh', async () => {
    const el = await fixture<ParticipationLadder>(html`<div lang="en"><cf-participation-ladder></cf-participation-ladder></div>`);
    const ladder = el.querySelector('cf-participation-ladder')!;
    await ladder.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(text(ladder, '[part="heading"]')).to.equal('Where does participation sit?');
    expect([...(loads()?.keys() ?? [])].some((key) => key.endsWith(':cy'))).to.equal(false);
    expect(welshRequested()).to.equal(false);
    expect(builtInLocaleFor('en-GB')).to.equal(undefined);
    expect(builtInLocaleFor('cy-GB')).to.equal('cy');
  });

  it('shows the ladder in Welsh inside lang="cy", once the table has loaded', async () => {
    const wrapper = await fixture(html`<div lang="cy"><cf-participation-ladder value="consultation" aspiration="partnership"></cf-participation-ladder></div>`);
    const el = wrapper.querySelector<ParticipationLadder>('cf-participation-ladder')!;
    await until(el, '[part="heading"]', 'Ble mae cyfranogiad ar yr ysgol?');
    expect(welshRequested()).to.equal(true);
    expect(text(el, '.intro')).to.match(/^Dewiswch y ffon/);
    // the scale's own words, scoped to Arnstein
    expect(el.shadowRoot!.textContent).to.include('Ymgynghori');
    expect(el.shadowRoot!.textContent).to.include('Graddau o rym dinasyddion');
    await expect(wrapper).to.be.accessible();
  });

  it('gives Welsh to lang="cy-GB" too, and to Hart’s scale its own descriptions', async () => {
    const wrapper = await fixture(html`<div lang="cy-GB"><cf-participation-ladder scale="hart"></cf-participation-ladder></div>`);
    const el = wrapper.querySelector<ParticipationLadder>('cf-participation-ladder')!;
    await until(el, '[part="heading"]', 'Ble mae cyfranogiad ar yr ysgol?');
    await el.updateComplete; // Hart's preset loads on first use (updateComplete waits for it)
    const all = el.shadowRoot!.textContent ?? '';
    expect(all).to.include('Ysgol cyfranogiad plant Hart');
    expect(all).to.include('Mae plant yn cario negeseuon oedolion'); // Hart's "manipulation", not Arnstein's
    expect(all).not.to.include('Caiff pobl eu rhoi ar fyrddau');
  });

  it('translates the pros and cons, with Welsh plural forms for counts', async () => {
    const wrapper = await fixture(html`<div lang="cy"><cf-pros-cons>
      <ul slot="pros"><li>Dysgu gan gymheiriaid</li></ul>
      <ul slot="cons"><li>Gormod o wybodaeth</li></ul>
    </cf-pros-cons></div>`);
    const el = wrapper.querySelector<ProsCons>('cf-pros-cons')!;
    await until(el, '.intro', 'Pwyswch a mesurwch bob pwynt ar gyfer eich ymarfer eich hun: faint mae’n bwysig i chi?');
    expect(el.shadowRoot!.textContent).to.include('Manteision');
    expect(el.shadowRoot!.textContent).to.include('Anfanteision');
    const t = createTranslator({ tagName: 'cf-study-feed', lang: 'cy', defaults: {} });
    expect(t.plural('announce.new', 1, { titles: 'A' })).to.equal('1 diweddariad newydd: A.');
    expect(t.plural('announce.new', 2, { titles: 'A, B' })).to.equal('2 o ddiweddariadau newydd: A, B.');
  });

  it('writes the study feed’s dates in the element’s language (Intl), and its status in Welsh', async () => {
    const wrapper = await fixture(html`<div lang="cy"><cf-study-feed heading="Ein hastudiaeth">${INLINE_FEED}</cf-study-feed></div>`);
    const el = wrapper.querySelector<StudyFeed>('cf-study-feed')!;
    await until(el, '[part="status"]', 'Wedi’i chwblhau');
    const date = new Date('2011-11-03T10:00:00Z');
    expect(text(el, 'time')).to.equal(formatDate(date, 'cy'));
    // Debian's Chromium ships no Welsh calendar data (browsers people use do):
    // check the month name only where Intl knows Welsh.
    if (Intl.DateTimeFormat.supportedLocalesOf('cy').length) expect(text(el, 'time')).to.match(/Tach/);
    const french = await fixture(html`<div lang="fr"><cf-study-feed>${INLINE_FEED}</cf-study-feed></div>`);
    const frenchFeed = french.querySelector<StudyFeed>('cf-study-feed')!;
    await waitUntil(() => text(frenchFeed, 'time') !== '', 'no date shown', { timeout: 2000 });
    expect(text(frenchFeed, 'time')).to.equal(formatDate(date, 'fr'));
    expect(text(frenchFeed, 'time')).to.match(/nov\./);
  });

  it('lets the page’s own strings win over the built-in Welsh', async () => {
    registerStrings('cy-gb', 'cf-pros-cons', { 'label.pros': 'Pethau da' });
    const wrapper = await fixture(html`<div lang="cy-GB"><cf-pros-cons>
      <ul slot="pros"><li>Un</li></ul><ul slot="cons"><li>Dau</li></ul>
    </cf-pros-cons></div>`);
    const el = wrapper.querySelector<ProsCons>('cf-pros-cons')!;
    await until(el, '.intro', 'Pwyswch a mesurwch bob pwynt ar gyfer eich ymarfer eich hun: faint mae’n bwysig i chi?');
    expect(el.shadowRoot!.textContent).to.include('Pethau da');
    expect(el.shadowRoot!.textContent).not.to.include('Manteision');
  });

  it('uses a locale the page registers at run time', async () => {
    registerStrings('xx', 'cf-participation-ladder', { heading: 'Xx heading' });
    registerLocale('xx', { 'cf-study-feed': { 'status.completed': 'Xx done' } });
    const wrapper = await fixture(html`<div lang="xx"><cf-participation-ladder></cf-participation-ladder><cf-study-feed>${INLINE_FEED}</cf-study-feed></div>`);
    const ladder = wrapper.querySelector<ParticipationLadder>('cf-participation-ladder')!;
    const feed = wrapper.querySelector<StudyFeed>('cf-study-feed')!;
    await ladder.updateComplete;
    expect(text(ladder, '[part="heading"]')).to.equal('Xx heading');
    expect(text(ladder, '.intro')).to.match(/^Choose the rung/); // English for the rest
    await until(feed, '[part="status"]', 'Xx done');
  });
});
