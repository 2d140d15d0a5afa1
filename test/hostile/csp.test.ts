/**
 * Strict CSP with Trusted Types (issue 6).
 *
 * The policy a site needs (what the README should state):
 *
 *   Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self';
 *     require-trusted-types-for 'script'; trusted-types lit-html dompurify critical-friend
 *
 * - `lit-html`: Lit's own policy, for its templates (and `unsafeHTML` of DOMPurify's output);
 * - `dompurify`: DOMPurify's policy, created when `rich` first loads the sanitiser chunk;
 * - `critical-friend`: the library's policy, wrapping markup for `DOMParser` only (inert documents).
 * No 'unsafe-inline', 'unsafe-eval' or 'allow-duplicates' is needed, and `style-src 'self'`
 * is enough: the widgets' styles are constructable style sheets and CSSOM properties.
 * (When the library is loaded from a CDN, add its origin to `script-src`; a feed on
 * another site also needs its origin in `connect-src`.)
 *
 * The page is test/hostile/pages/csp.html, served by /__hostile/csp/ (see
 * test/support/test-server-routes.mjs) with exactly that header. It loads
 * dist/critical-friend.js, so `npm run build` must have run.
 */
import { expect } from '@open-wc/testing';
import type { ParticipationLadder } from '../../src/participation-ladder/participation-ladder.js';
import type { ProsCons } from '../../src/pros-cons/pros-cons.js';
import type { StudyFeed } from '../../src/study-feed/study-feed.js';
import type { Feed } from '../../src/feed/types.js';
import { dangers, openFrame, sleep, until, whenDefined, type HostileWindow } from './support.js';

type CspWindow = HostileWindow & { __cf?: { parseFeed(input: string, options?: object): Feed } };

const RSS = `<?xml version="1.0"?><rss version="2.0"><channel><title>Parsed under TT</title><link>https://example.org/</link>
<item><title>One</title><link>https://example.org/1</link><description>&lt;p&gt;Some &lt;b&gt;HTML&lt;/b&gt;&lt;/p&gt;</description></item></channel></rss>`;
const ATOM = `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://example.org/"><title>Atom</title><id>x</id>
<entry><title type="html">&lt;b&gt;Bold&lt;/b&gt;</title><id>1</id><link href="posts/1"/><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hi</p></div></content></entry></feed>`;

function click(root: ParentNode, selector: string): void {
  const element = root.querySelector<HTMLElement>(selector);
  if (!element) throw new Error(`nothing matches ${selector}`);
  element.click();
}

describe('strict CSP with Trusted Types', function () {
  this.timeout(30_000);
  let frame: HTMLIFrameElement | undefined;

  before(async () => {
    const response = await fetch('/dist/critical-friend.js', { method: 'HEAD' });
    if (!response.ok) throw new Error('dist/ is missing: run `npm run build` before these tests (npm test does).');
  });
  afterEach(() => frame?.remove());

  it('every widget with every feature works and no securitypolicyviolation fires', async () => {
    const opened = await openFrame({ src: '/__hostile/csp/csp.html' });
    frame = opened.frame;
    const win = opened.win as CspWindow;
    const doc = opened.doc;
    const report = win.__hostile!;
    expect(report, 'the guard script ran (script-src self)').to.exist;
    await whenDefined(win, ['cf-participation-ladder', 'cf-pros-cons', 'cf-study-feed']);

    // ---- ladder: perspectives, rungs, aim, questionnaire, accept, exports
    const ladder = doc.querySelector('cf-participation-ladder') as ParticipationLadder;
    await ladder.updateComplete;
    const lr = ladder.shadowRoot!;
    expect(lr.querySelectorAll('[role="radio"]').length, 'ladder rungs').to.equal(8);
    click(lr, '[role="radio"][data-level="partnership"]');
    click(lr, 'button[data-marking="aim"]');
    await ladder.updateComplete;
    click(lr, '[role="radio"][data-level="citizen-control"]');
    click(lr, '[role="tab"][data-index="1"]');
    await ladder.updateComplete;
    click(lr, 'button[data-marking="now"]');
    await ladder.updateComplete;
    click(lr, '[role="radio"][data-level="informing"]');
    click(lr, '.help-toggle');
    await ladder.updateComplete;
    for (const fieldset of Array.from(lr.querySelectorAll('fieldset.question'))) {
      fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')[2]!.click();
      await ladder.updateComplete;
    }
    click(lr, 'button.accept');
    await ladder.updateComplete;
    expect(lr.querySelector('[part~="profile"] li'), 'questionnaire profile').to.exist;
    click(lr, '[data-action="copy"]');
    click(lr, '[data-action="json"]');
    click(lr, '[data-action="image"]');
    expect(ladder.value).to.equal('partnership');
    expect(ladder.aspiration).to.equal('citizen-control');

    // ---- pros-cons: weights, a reader's point, the reflection, exports, JSON-LD
    const prosCons = doc.querySelector('cf-pros-cons') as ProsCons;
    await prosCons.updateComplete;
    const pr = prosCons.shadowRoot!;
    expect(pr.querySelector('[role="meter"]'), 'pros-cons meter').to.exist;
    click(pr, '[role="radiogroup"] [role="radio"][data-weight="0"]');
    await prosCons.updateComplete;
    const input = pr.querySelector<HTMLInputElement>('#add-text')!;
    input.value = 'Colleagues answer at night.';
    click(pr, 'form[part~="add"] button[type="submit"]');
    await prosCons.updateComplete;
    const reflection = pr.querySelector<HTMLTextAreaElement>('#reflection')!;
    reflection.value = 'I will check sources before sharing.';
    reflection.dispatchEvent(new win.Event('input', { bubbles: true }));
    reflection.dispatchEvent(new win.Event('change', { bubbles: true }));
    await prosCons.updateComplete;
    expect(prosCons.pros.map((point) => point.text)).to.include('Colleagues answer at night.');
    expect(prosCons.reflection).to.equal('I will check sources before sharing.');
    click(pr, '[data-action="copy"]');
    click(pr, '[data-action="markdown"]');
    click(pr, '[data-action="json"]');

    // ---- study-feed: same-origin src, rich (the sanitiser chunk, DOMPurify with its glue), persist
    const feeds = Array.from(doc.querySelectorAll('cf-study-feed')) as StudyFeed[];
    await until(() => feeds.every((feed) => feed.status !== 'loading'), 'study feeds still loading', 8000);
    for (const feed of feeds) {
      await feed.updateComplete;
      expect(feed.status, `${feed.id} status (${feed.error?.message ?? ''})`).to.equal('ready');
    }
    await until(() => feeds.every((feed) => feed.shadowRoot!.querySelector('[part~="content"]') !== null), 'rich content not rendered');
    expect(win.performance.getEntriesByType('resource').some((entry) => /purify|sanitize/i.test(entry.name)), 'DOMPurify chunk loaded').to.equal(true);
    expect(win.localStorage.getItem('critical-friend:cf-study-feed:csp-feed'), 'persist kept a copy').to.be.a('string');

    // ---- parseFeed in the page's realm (its DOMParser goes through the critical-friend policy)
    const parsed = win.__cf!.parseFeed(RSS, { url: 'https://example.org/feed.xml' });
    expect(parsed.items[0]!.summary).to.contain('Some HTML');
    expect(win.__cf!.parseFeed(ATOM).items[0]!.url).to.equal('https://example.org/posts/1');

    await until(() => report.downloads.length >= 4, `downloads: ${JSON.stringify(report.downloads)}`);
    await sleep(200);
    expect(report.downloads.map((download) => download.filename).sort()).to.deep.equal(
      ['social-media-for-cpd.json', 'social-media-for-cpd.md', 'where-does-participation-sit.json', 'where-does-participation-sit.png'],
    );
    expect(report.downloads.every((download) => download.href.startsWith('blob:'))).to.equal(true);
    expect(dangers([ladder, prosCons, ...feeds])).to.deep.equal([]);
    expect(report.pwned, 'dialogs').to.deep.equal([]);
    expect(report.errors, 'errors').to.deep.equal([]);
    expect(report.violations, 'securitypolicyviolation events').to.deep.equal([]);

    // ---- not vacuous: the page really enforces Trusted Types and the policy list
    let sinkError: unknown;
    try {
      doc.body.innerHTML = '<b>x</b>';
    } catch (error) {
      sinkError = error;
    }
    expect((sinkError as Error | undefined)?.name, 'a string at innerHTML is refused').to.equal('TypeError');
    let policyError: unknown;
    try {
      (win as unknown as { trustedTypes: { createPolicy(name: string, rules: object): unknown } }).trustedTypes.createPolicy('not-listed', {});
    } catch (error) {
      policyError = error;
    }
    expect((policyError as Error | undefined)?.name, 'a policy name outside the list is refused').to.equal('TypeError');
    await sleep(50);
    expect(report.violations.length, 'the listener sees violations when there are some').to.be.greaterThan(0);
  });

  // Chromium treats a script's text as a Trusted Types sink whatever its type: the JSON-LD
  // goes through the critical-friend policy, which accepts only valid JSON (src/shared/trusted-types.ts).
  it('structured-data writes its JSON-LD under Trusted Types with no violation', async () => {
    const opened = await openFrame({ src: '/__hostile/csp/csp.html' });
    frame = opened.frame;
    const win = opened.win;
    await whenDefined(win, ['cf-pros-cons']);
    const prosCons = opened.doc.querySelector('cf-pros-cons') as ProsCons;
    await prosCons.updateComplete;
    prosCons.structuredData = true;
    let thrown: unknown;
    await prosCons.updateComplete.catch((error: unknown) => (thrown = error));
    await sleep(50);
    expect((thrown as Error | undefined)?.message, 'updated() threw').to.equal(undefined);
    expect(prosCons.querySelector('script[type="application/ld+json"]')?.textContent ?? '').to.contain('positiveNotes');
    expect(win.__hostile!.violations).to.deep.equal([]);
  });

  // Lit's styleMap writes a style *attribute* on first render, which `style-src 'self'` blocks:
  // the widgets set these values through the CSSOM instead (`.style=${…}` bindings, which set cssText).
  it('positions meters and bars under style-src self (no style-src-attr violation)', async () => {
    const opened = await openFrame({ src: '/__hostile/csp/csp.html' });
    frame = opened.frame;
    const { win, doc } = opened;
    await whenDefined(win, ['cf-participation-ladder', 'cf-pros-cons']);
    const prosCons = doc.querySelector('cf-pros-cons') as ProsCons;
    await prosCons.updateComplete;
    const needle = prosCons.shadowRoot!.querySelector<HTMLElement>('.needle')!;
    expect(needle.style.getPropertyValue('inset-inline-start'), 'needle position applied').to.not.equal('');
    const ladder = doc.querySelector('cf-participation-ladder') as ParticipationLadder;
    click(ladder.shadowRoot!, '.help-toggle');
    await ladder.updateComplete;
    ladder.shadowRoot!.querySelector<HTMLInputElement>('fieldset.question input[type="radio"]')!.click();
    await ladder.updateComplete;
    // the ladder's profile bar is an SVG rect whose length is an attribute (no style to block)
    const bar = ladder.shadowRoot!.querySelector<SVGRectElement>('.bar rect')!;
    expect(bar.getBoundingClientRect().width, 'profile bar drawn').to.be.greaterThan(0);
    expect(win.__hostile!.violations).to.deep.equal([]);
  });

  it('a hostile feed with rich under the policy: nothing runs, no Trusted Types violation', async () => {
    const opened = await openFrame({ src: '/__hostile/csp/csp.html' });
    frame = opened.frame;
    const { win, doc } = opened;
    await whenDefined(win, ['cf-study-feed']);
    const report = win.__hostile!;
    const hostile = doc.createElement('cf-study-feed') as StudyFeed;
    hostile.setAttribute('src', '/test/study-feed/feeds/hostile.rss');
    hostile.setAttribute('rich', '');
    hostile.setAttribute('max-items', '10');
    doc.body.append(hostile);
    await until(() => hostile.status !== 'loading', 'hostile feed still loading');
    await until(() => hostile.shadowRoot!.querySelector('[part~="content"]') !== null, 'no rich content');
    const malformed = (opened.win as CspWindow).__cf!;
    try {
      malformed.parseFeed('<rss><channel><title>Broken & <item><title>x</title></item>');
    } catch (error) {
      expect((error as Error).name, 'ill-formed XML fails as a feed error, not a Trusted Types one').to.not.equal('TypeError');
    }
    await sleep(300);
    expect(hostile.status).to.equal('ready');
    expect(dangers([hostile])).to.deep.equal([]);
    expect(report.pwned).to.deep.equal([]);
    expect(report.errors).to.deep.equal([]);
    // matched on the directive at the start: a chunk file may be called trusted-types.js
    expect(report.violations.filter((violation) => /^(require-trusted-types-for|trusted-types|script-src-elem|script-src) /.test(violation))).to.deep.equal([]);
    // What remains are reports, not risks: inline handlers, style attributes and <style> in the
    // feed's HTML, seen while it is parsed into inert documents (DOMParser, DOMPurify), Chromium's
    // <parsererror style> for ill-formed XML, and remote images refused by default-src 'self'.
    // A site that collects CSP reports receives them (see the report of issue 6).
    const byDirective: Record<string, number> = {};
    for (const violation of report.violations) {
      const key = violation.replace(/ blocked .*\((.*)\)$/, ' ($1)');
      byDirective[key] = (byDirective[key] ?? 0) + 1;
    }
    console.log(`CSP reports from one hostile feed and one ill-formed parse (nothing blocked that the widget needs): ${JSON.stringify(byDirective)}`);
  });
});
