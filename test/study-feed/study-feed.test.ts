import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/study-feed/define.js';
import { StudyFeed } from '../../src/study-feed/study-feed.js';
import { captureWarnings } from '../support/helpers.js';
import { FEEDS, feedFixture, hits, settled, shadow, state, text, texts, uniqueKey } from './helpers.js';

const titles = (el: HTMLElement) => texts(el, '[part="item"] .item-title').map((title) => title.replace(/^New /, ''));

describe('<cf-study-feed>', () => {
  describe('sources and formats', () => {
    it('renders an RSS 2.0 feed from src: heading, linked titles, dates, authors and excerpts', async () => {
      const el = await feedFixture(html`<cf-study-feed src="${FEEDS}rss2.xml"></cf-study-feed>`);
      expect(el.status).to.equal('ready');
      expect(el.feed?.format).to.equal('rss2');
      expect(text(el, '[part="heading"]')).to.equal('Connecting People (RSS 2.0)');
      expect(shadow(el).querySelector('[part="heading"]')!.getAttribute('aria-level')).to.equal('2');
      expect(titles(el)).to.deep.equal(['A new researcher joins the study', 'The final phase of the ethnography begins', 'Consultation on the intervention model']);
      const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('[part="link"]')];
      expect(links[0]!.getAttribute('href')).to.equal('https://example.org/connecting-people/new-researcher');
      expect(links[0]!.rel).to.equal('noopener noreferrer');
      // a relative link is resolved against the feed's own URL
      expect(links[1]!.getAttribute('href')).to.equal(new URL('/connecting-people/final-phase', location.href).href);
      const time = shadow(el).querySelector('[part="item"] time')!;
      expect(time.getAttribute('datetime')).to.equal('2011-11-05T09:00:00.000Z');
      expect(time.textContent).to.equal('5 Nov 2011');
      expect(text(el, '[part="item"] .authors')).to.equal('by Martin Webber');
      expect(text(el, '[part="item"] [part="excerpt"]')).to.contain('Hannah joins us from a mental health charity');
      expect(shadow(el).querySelector('[part="base"]')!.getAttribute('aria-busy')).to.equal('false');
      await expect(el).to.be.accessible();
    });

    it("renders the demo's Connecting People RSS feed", async () => {
      const el = await feedFixture(html`<cf-study-feed src="/demo/feeds/connecting-people.xml" max-items="5"></cf-study-feed>`);
      expect(el.status).to.equal('ready');
      expect(text(el, '[part="heading"]')).to.equal('Connecting People study');
      expect(titles(el)).to.deep.equal([
        'Follow the study on our new blog and Facebook page',
        'A manual for the intervention, then a Delphi consultation',
        'Consulting on the intervention model before Christmas',
        'The final phase of the ethnography begins',
        'A new researcher joins the team',
      ]);
    });

    it('renders an RSS 1.0 (RDF) feed', async () => {
      const el = await feedFixture(html`<cf-study-feed src="${FEEDS}rss1.rdf"></cf-study-feed>`);
      expect(el.feed?.format).to.equal('rss1');
      expect(titles(el)).to.deep.equal(['RDF update one', 'RDF update two']);
      expect(text(el, '[part="item"] .authors')).to.equal('by Hannah Reidy');
    });

    it('renders an Atom feed with several authors and xml:base links', async () => {
      const el = await feedFixture(html`<cf-study-feed src="${FEEDS}atom.xml"></cf-study-feed>`);
      expect(el.feed?.format).to.equal('atom');
      expect(titles(el)).to.deep.equal(['Atom update one', 'Atom update two']);
      expect(text(el, '[part="item"] .authors')).to.equal('by Martin Webber and Hannah Reidy');
      expect(shadow(el).querySelector('[part="link"]')!.getAttribute('href')).to.equal('https://example.org/atom/posts/one');
    });

    it('renders a JSON Feed from src, with its _study status, phase, milestones and links', async () => {
      const el = await feedFixture(html`<cf-study-feed src="${FEEDS}feed.json"></cf-study-feed>`);
      expect(el.feed?.format).to.equal('json');
      expect(titles(el)).to.deep.equal(['JSON update one', 'JSON update two']);
      expect(text(el, '[part="status"]')).to.equal('Active');
      expect(text(el, '[part="study"]')).to.equal('Status: Active Phase: Final phase of the ethnography');
      const milestones = [...shadow(el).querySelectorAll<HTMLElement>('[part="milestone"]')];
      expect(milestones.map((m) => m.dataset['status'])).to.deep.equal(['done', 'current', 'planned', 'planned']);
      expect(milestones.map((m) => m.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        'Ethnography in partner agencies Done·September 2011',
        'Consultation on the intervention model In progress·December 2011',
        'Intervention manual Planned·April 2012',
        'Delphi consultation Planned·Spring 2012',
      ]);
      expect(milestones[1]!.getAttribute('aria-current')).to.equal('step');
      expect(shadow(el).querySelector('[part="milestones"]')!.localName).to.equal('ol');
      expect(milestones[2]!.querySelector('time')!.getAttribute('datetime')).to.equal('2012-04');
      const follow = [...shadow(el).querySelectorAll<HTMLAnchorElement>('[part="follow-link"]')];
      expect(follow.map((a) => [a.dataset['kind'], a.textContent!.trim(), a.getAttribute('href'), a.rel])).to.deep.equal([
        ['blog', 'Study blog', 'https://example.org/connecting-people/', 'noopener noreferrer'],
        ['facebook', 'Facebook page', 'https://facebook.example.org/connectingpeople', 'noopener noreferrer'],
        ['email', 'Email the study', 'mailto:study@example.org', 'noopener noreferrer'],
      ]);
      expect(follow.every((a) => a.querySelector('svg[aria-hidden="true"]'))).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('renders an inline JSON Feed child, with no request', async () => {
      const el = await feedFixture(html`<cf-study-feed heading="Our study">
        <script type="application/json">
          { "version": "https://jsonfeed.org/version/1.1", "title": "Inline", "items": [{ "id": "1", "title": "Inline update", "url": "https://example.org/1", "content_text": "Written into the page." }],
            "_study": { "status": "completed", "phase": "Writing up" } }
        </script>
      </cf-study-feed>`);
      expect(el.status).to.equal('ready');
      expect(text(el, '[part="heading"]')).to.equal('Our study');
      expect(titles(el)).to.deep.equal(['Inline update']);
      expect(text(el, '[part="status"]')).to.equal('Completed');
      expect(text(el, '.phase')).to.equal('Writing up');
      expect(shadow(el).querySelector('[part="refresh"]')).to.equal(null); // nothing to refetch
    });

    it('takes study details from a child <script data-study> for an RSS feed', async () => {
      const el = await feedFixture(html`<cf-study-feed src="${FEEDS}rss2.xml">
        <script type="application/json" data-study>
          { "status": "active", "phase": "Ethnography", "milestones": [{ "title": "Manual", "date": "2012-04", "status": "planned" }],
            "links": [{ "title": "Study blog", "url": "https://example.org/blog", "kind": "blog" }, { "title": "Bad", "url": "javascript:alert(1)" }] }
        </script>
      </cf-study-feed>`);
      expect(text(el, '[part="status"]')).to.equal('Active');
      expect(text(el, '.phase')).to.equal('Ethnography');
      expect(texts(el, '[part="milestone"] .milestone-title')).to.deep.equal(['Manual']);
      expect(texts(el, '[part="follow-link"]')).to.deep.equal(['Study blog']);
    });

    it('shows max-items updates (default 3) and says how many there are', async () => {
      const five = await feedFixture(html`<cf-study-feed src="${FEEDS}rss2.xml" max-items="5"></cf-study-feed>`);
      expect(five.items).to.have.length(5);
      expect(titles(five)).to.have.length(5);
      const one = await feedFixture(html`<cf-study-feed src="${FEEDS}rss2.xml" max-items="1"></cf-study-feed>`);
      expect(one.items.map((item) => item.title)).to.deep.equal(['A new researcher joins the study']);
      expect(text(one, '.more')).to.equal('Showing the latest 1 of 5 updates.');
      one.maxItems = 2;
      await one.updateComplete;
      expect(titles(one)).to.have.length(2);
    });

    it('falls back to 3 items with one warning for max-items="abc"', async () => {
      let el!: StudyFeed;
      const warnings = await captureWarnings(async () => {
        el = await feedFixture(html`<cf-study-feed src="${FEEDS}rss2.xml" max-items="abc"></cf-study-feed>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(el.items).to.have.length(3);
      expect(warnings.filter((w) => w.includes('max-items'))).to.have.length(1);
      expect(warnings[0]).to.contain('max-items="abc"');
    });

    it('reads a feed on another site that allows any site to read it, with no preflight (the server answers none)', async () => {
      // localhost and 127.0.0.1 are different origins: this fetch is cross-origin
      const other = new URL('/__feeds/public', location.href);
      other.hostname = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
      const el = await feedFixture(html`<cf-study-feed src="${other.href}"></cf-study-feed>`);
      expect(el.status, el.error?.message).to.equal('ready');
      expect(titles(el)).to.deep.equal(['Second update', 'First update']);
    });

    it('uses a proxy URL template with the encoded feed URL', async () => {
      const feedUrl = 'https://feeds.example.org/study?x=1&y=2';
      const el = await feedFixture(html`<cf-study-feed src=${feedUrl} proxy="/__feeds/proxy?url={url}"></cf-study-feed>`);
      expect(el.status).to.equal('ready');
      expect(el.feed!.title).to.equal(`Proxied ${feedUrl}`);
    });

    it('reads a legacy windows-1252 feed correctly', async () => {
      const el = await feedFixture(html`<cf-study-feed src="/__feeds/legacy"></cf-study-feed>`);
      expect(el.feed?.encoding).to.equal('windows-1252');
      expect(text(el, '[part="heading"]')).to.equal('Café research – £5 study');
      expect(titles(el)).to.deep.equal(['Hannah’s first week at the café']);
      expect(text(el, '[part="excerpt"]')).to.equal('Fees of £5 – naïve questions welcome.');
    });

    it('shows "No updates yet" for an empty feed', async () => {
      const el = await feedFixture(html`<cf-study-feed src="${FEEDS}empty.rss"></cf-study-feed>`);
      expect(el.status).to.equal('ready');
      expect(state(el)).to.equal('empty');
      expect(text(el, '[part="empty"]')).to.equal('No updates yet.');
      await expect(el).to.be.accessible();
    });

    it('uses heading-level for the heading and one below for sub-headings', async () => {
      const el = await feedFixture(html`<cf-study-feed src="${FEEDS}feed.json" heading-level="3"></cf-study-feed>`);
      expect(shadow(el).querySelector('[part="heading"]')!.getAttribute('aria-level')).to.equal('3');
      expect([...shadow(el).querySelectorAll('.subheading')].map((h) => h.getAttribute('aria-level'))).to.deep.equal(['4', '4', '4']);
    });
  });

  describe('loading state', () => {
    it('reserves space, is busy and accessible while loading', async () => {
      const el = await fixture<StudyFeed>(html`<cf-study-feed src="/__feeds/slow?ms=1500"></cf-study-feed>`);
      expect(el.status).to.equal('loading');
      expect(state(el)).to.equal('loading');
      const card = shadow(el).querySelector('[part="base"]')!;
      expect(card.localName).to.equal('article');
      expect(card.getAttribute('aria-busy')).to.equal('true');
      expect(shadow(el).querySelector('[part="skeleton"]')).to.not.equal(null);
      expect(el.getBoundingClientRect().height).to.be.greaterThan(100);
      await expect(el).to.be.accessible();
      await settled(el);
      expect(card.getAttribute('aria-busy')).to.equal('false');
    });

    it('aborts the fetch in flight when src changes, showing only the new feed', async () => {
      const el = await fixture<StudyFeed>(html`<cf-study-feed src="/__feeds/slow?ms=1500" timeout="5000"></cf-study-feed>`);
      let errors = 0;
      el.addEventListener('error', () => errors++);
      el.src = `${FEEDS}rss1.rdf`;
      await settled(el);
      expect(el.feed?.format).to.equal('rss1');
      await new Promise((resolve) => setTimeout(resolve, 1700));
      expect(el.feed?.format).to.equal('rss1');
      expect(errors).to.equal(0);
    });
  });

  describe('events', () => {
    it('fires load (not bubbling) when the feed has rendered', async () => {
      const el = document.createElement('cf-study-feed');
      el.src = `${FEEDS}rss2.xml`;
      let bubbled = false;
      const onDocument = () => (bubbled = true);
      document.addEventListener('load', onDocument);
      const loaded = oneEvent(el, 'load');
      document.body.append(el);
      const event = await loaded;
      document.removeEventListener('load', onDocument);
      expect(event.bubbles).to.equal(false);
      expect(bubbled).to.equal(false);
      expect(el.status).to.equal('ready');
      expect(shadow(el).querySelectorAll('[part="item"]')).to.have.length(3);
      el.remove();
    });
  });

  describe('errors', () => {
    const cases: Array<[string, string, string, RegExp]> = [
      ['HTTP 404', '/__feeds/status?code=404', 'http', /not found at this address \(HTTP 404\)/],
      ['HTTP 500', '/__feeds/status?code=500', 'http', /server had a problem \(HTTP 500\)/],
      ['an HTML page', '/__feeds/html', 'not-a-feed', /web page or another kind of file, not a feed/],
      ['a huge feed', '/__feeds/huge', 'too-large', /too large to show \(over 5 MB\)/],
      ['a huge feed without Content-Length', '/__feeds/huge?chunked=1', 'too-large', /too large to show/],
      ['a dead server', 'http://127.0.0.1:59321/feed.xml', 'network', /could not be reached.*proxy attribute/],
    ];
    for (const [name, src, code, words] of cases) {
      it(`explains ${name} (${code}) with a retry button, a source link and one warning`, async () => {
        let el!: StudyFeed;
        const warnings = await captureWarnings(async () => {
          el = await feedFixture(html`<cf-study-feed src=${src}><a href="https://example.org/blog">Read the study blog</a></cf-study-feed>`);
        });
        expect(el.status).to.equal('error');
        expect(state(el)).to.equal('error');
        expect(el.error?.code).to.equal(code);
        expect(el.error).to.be.instanceOf(Error);
        expect(text(el, '[part="message"]')).to.match(words);
        expect(shadow(el).querySelector('[part="retry"]')).to.not.equal(null);
        expect(shadow(el).querySelector<HTMLAnchorElement>('a.source')!.href).to.equal(new URL(src, location.href).href);
        // the light-DOM fallback is shown again
        const slot = shadow(el).querySelector('slot')!;
        expect(slot.assignedNodes().some((node) => node.textContent?.includes('Read the study blog'))).to.equal(true);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('<cf-study-feed>');
        await expect(el).to.be.accessible();
      });
    }

    it("keeps the placeholder's height when the feed fails, with the message in the middle of it, not above an empty card", async () => {
      let el!: StudyFeed;
      let placeholderHeight = 0;
      await captureWarnings(async () => {
        el = await fixture<StudyFeed>(html`<cf-study-feed src="/__feeds/slow?ms=600" timeout="300"></cf-study-feed>`);
        placeholderHeight = el.getBoundingClientRect().height;
        await settled(el);
      });
      expect(el.error?.code).to.equal('timeout');
      // the placeholder's height is kept, so the page below does not move up...
      expect(el.getBoundingClientRect().height).to.be.closeTo(placeholderHeight, 1);
      const card = shadow(el).querySelector('[part="base"]')!.getBoundingClientRect();
      const heading = shadow(el).querySelector('[part="heading"]')!.getBoundingClientRect();
      const message = shadow(el).querySelector('[part="message"]')!.getBoundingClientRect();
      // ...the card fills it...
      expect(card.height - heading.height - message.height, 'room left around the message').to.be.greaterThan(150);
      // ...and the room is shared above and below the message
      const above = message.top - heading.bottom;
      const below = card.bottom - message.bottom;
      expect(Math.abs(above - below), `${Math.round(above)} px above the message, ${Math.round(below)} px below`).to.be.lessThan(40);
      await expect(el).to.be.accessible();
    });

    it('gives up after timeout milliseconds', async () => {
      const started = Date.now();
      let el!: StudyFeed;
      const warnings = await captureWarnings(async () => {
        el = await feedFixture(html`<cf-study-feed src="/__feeds/slow?ms=3000" timeout="300"></cf-study-feed>`);
      });
      expect(warnings[0]).to.contain('Raise the timeout attribute');
      expect(Date.now() - started).to.be.lessThan(2500);
      expect(el.error?.code).to.equal('timeout');
      expect(text(el, '[part="message"]')).to.contain('took too long to answer (more than 0.3 seconds)');
    });

    it('says when inline JSON is invalid, with one warning, and never throws', async () => {
      let el!: StudyFeed;
      const warnings = await captureWarnings(async () => {
        el = await feedFixture(html`<cf-study-feed><script type="application/json">{ "items": [ }</script></cf-study-feed>`);
      });
      expect(el.error?.code).to.equal('inline');
      expect(text(el, '[part="message"]')).to.contain('not valid JSON');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('not valid JSON');
    });

    it('says when there is no feed at all', async () => {
      let el!: StudyFeed;
      const warnings = await captureWarnings(async () => {
        el = await feedFixture(html`<cf-study-feed></cf-study-feed>`);
      });
      expect(el.error?.code).to.equal('no-source');
      expect(warnings[0]).to.contain('Add a src attribute');
    });

    it('fires error (not bubbling), sets status and error, and "Try again" fetches again and recovers', async () => {
      const key = uniqueKey('fail-once');
      const el = document.createElement('cf-study-feed');
      el.src = `/__feeds/fail-once?key=${key}`;
      let bubbled = false;
      const onDocument = () => (bubbled = true);
      document.addEventListener('error', onDocument);
      const failed = oneEvent(el, 'error');
      const warnings = await captureWarnings(async () => {
        document.body.append(el);
        const event = await failed;
        expect(event.bubbles).to.equal(false);
        expect(event.composed).to.equal(false);
      });
      document.removeEventListener('error', onDocument);
      expect(bubbled).to.equal(false);
      expect(warnings).to.have.length(1);
      expect(el.status).to.equal('error');
      expect(el.error?.code).to.equal('http');
      expect(el.error?.httpStatus).to.equal(503);
      expect(text(el, '[part="message"]')).to.contain('HTTP 503');
      const loaded = oneEvent(el, 'load');
      shadow(el).querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      await loaded;
      expect(el.status).to.equal('ready');
      expect(el.error).to.equal(undefined);
      expect(await hits(key)).to.equal(2);
      expect(titles(el)).to.deep.equal(['Second update', 'First update']);
      el.remove();
    });

    it('a failing feed does not affect another card on the page', async () => {
      let bad!: StudyFeed;
      let good!: StudyFeed;
      const warnings = await captureWarnings(async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div>
          <cf-study-feed id="bad" src="/__feeds/status?code=500"></cf-study-feed>
          <cf-study-feed id="good" src="${FEEDS}rss2.xml"></cf-study-feed>
        </div>`);
        [bad, good] = [...wrapper.querySelectorAll('cf-study-feed')] as [StudyFeed, StudyFeed];
        await Promise.all([settled(bad), settled(good)]);
      });
      expect(warnings).to.have.length(1);
      expect(bad!.status).to.equal('error');
      expect(good!.status).to.equal('ready');
      expect(shadow(good!).querySelectorAll('[part="item"]')).to.have.length(3);
    });
  });
});
