import { expect, html } from '@open-wc/testing';
import '../../src/study-feed/define.js';
import type { StudyFeed } from '../../src/study-feed/study-feed.js';
import { captureWarnings } from '../support/helpers.js';
import { countAlertsDuringSuite, dangers, FEEDS, feedFixture, shadow, text } from './helpers.js';

type Probe = Window & { __cfPwned?: string };
const dompurifyRequested = () => performance.getEntriesByType('resource').some((entry) => /dompurify/i.test(entry.name));

describe('<cf-study-feed> security', () => {
  const alerts = countAlertsDuringSuite();

  it('does not load DOMPurify until rich is used, then renders sanitised content', async () => {
    const plain = await feedFixture(html`<cf-study-feed src="${FEEDS}rss2.xml"></cf-study-feed>`);
    expect(shadow(plain).querySelector('[part="content"]')).to.equal(null);
    expect(dompurifyRequested()).to.equal(false);
    const rich = await feedFixture(html`<cf-study-feed rich src="${FEEDS}rss2.xml"></cf-study-feed>`);
    expect(dompurifyRequested()).to.equal(true);
    const content = shadow(rich).querySelector('[part="content"]')!;
    expect(content.querySelector('strong')!.textContent).to.equal('mental health charity');
    expect(content.textContent).to.not.contain('bringing social care'); // the content, not the excerpt
    await expect(rich).to.be.accessible();
  });

  it('switching rich on later sanitises what is shown', async () => {
    const el = await feedFixture(html`<cf-study-feed src="${FEEDS}feed.json"></cf-study-feed>`);
    expect(shadow(el).querySelector('[part="content"]')).to.equal(null);
    el.rich = true;
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="content"] em')!.textContent).to.equal('first');
  });

  for (const file of ['hostile.rss', 'hostile.atom', 'hostile.json']) {
    for (const rich of [false, true]) {
      it(`renders ${file}${rich ? ' with rich' : ''} with nothing that runs and only http(s)/mailto URLs`, async () => {
        let el!: StudyFeed;
        await captureWarnings(async () => {
          el = await feedFixture(html`<cf-study-feed src="${FEEDS}${file}" ?rich=${rich} max-items="10"></cf-study-feed>`);
        });
        expect(el.status).to.equal('ready');
        expect(el.items.length).to.be.greaterThan(0);
        if (rich && file !== 'hostile.atom') expect(shadow(el).querySelectorAll('[part="content"]').length).to.be.greaterThan(0);
        expect(dangers(shadow(el))).to.deep.equal([]);
        expect(shadow(el).querySelectorAll('script')).to.have.length(0);
        await new Promise((resolve) => setTimeout(resolve, 50)); // let any image error handler fire
        expect((window as Probe).__cfPwned).to.equal(undefined);
        expect(alerts()).to.equal(0);
        await expect(el).to.be.accessible();
      });
    }
  }

  it('shows hostile markup in titles and study fields as text, never as elements', async () => {
    const el = await feedFixture(html`<cf-study-feed src="${FEEDS}hostile.json" rich></cf-study-feed>`);
    // a JSON Feed title is plain text: markup in it is shown as the characters written
    expect(text(el, '[part="heading"]')).to.equal("<script>window.__cfPwned='title'</script>Hostile JSON");
    expect(shadow(el).querySelectorAll('[part="heading"] *')).to.have.length(0);
    expect(shadow(el).querySelectorAll('[part="link"]')).to.have.length(0); // javascript: item URLs are not linked
    expect([...shadow(el).querySelectorAll<HTMLAnchorElement>('[part="follow-link"]')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.org/good']);
    expect(text(el, '[part="follow-link"]')).to.equal('<b>Good</b> link');
    const content = shadow(el).querySelector('[part="content"]')!;
    expect(content.querySelector('a[href="https://example.org/fine"], a')).to.not.equal(null);
    for (const a of content.querySelectorAll('a[href]')) {
      expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(a.hasAttribute('target')).to.equal(false);
    }
  });

  it('makes images lazy with no referrer, and drops data: images and ids/classes', async () => {
    const el = await feedFixture(html`<cf-study-feed src="${FEEDS}hostile.rss" rich></cf-study-feed>`);
    const images = [...shadow(el).querySelectorAll('[part="content"] img')];
    expect(images.length).to.be.greaterThan(0);
    for (const img of images) {
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
      expect(img.getAttribute('src') ?? '').to.not.match(/^data:/);
    }
    expect(shadow(el).querySelectorAll('[part="content"] [id], [part="content"] [class]')).to.have.length(0);
    expect(shadow(el).querySelectorAll('#heading')).to.have.length(1); // a feed cannot take the card's own ids
  });
});
