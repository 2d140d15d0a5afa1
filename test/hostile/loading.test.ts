/**
 * Double and mixed loading (issue 6): the IIFE, the all-in-one ES module and
 * the three per-widget files, each loaded twice, in several orders (a second
 * copy of a module needs another URL: `?copy=N`, as a second CDN would have).
 * Every widget must work (a rung and a weight are clicked) with no error and
 * no warning. Complements test/dist/dist-loading.test.ts. Uses dist/.
 */
import { expect } from '@open-wc/testing';
import type { ParticipationLadder } from '../../src/participation-ladder/participation-ladder.js';
import type { ProsCons } from '../../src/pros-cons/pros-cons.js';
import type { StudyFeed } from '../../src/study-feed/study-feed.js';
import { openFrame, until, whenDefined } from './support.js';

const TAGS = ['cf-participation-ladder', 'cf-pros-cons', 'cf-study-feed'];
const BODY = `
  <cf-participation-ladder value="informing"></cf-participation-ladder>
  <cf-pros-cons><ul slot="pros"><li>Quick answers</li></ul><ul slot="cons"><li>Not peer reviewed</li></ul></cf-pros-cons>
  <cf-study-feed><script type="application/json">
    { "version": "https://jsonfeed.org/version/1.1", "title": "A study", "items": [{ "id": "1", "title": "Fieldwork begins", "content_text": "We start on Monday." }] }
  </script></cf-study-feed>`;

type Loader = 'ladder' | 'pros' | 'feed' | 'esm' | 'iife';
const FILES: Record<Loader, string> = { ladder: 'participation-ladder.js', pros: 'pros-cons.js', feed: 'study-feed.js', esm: 'critical-friend.js', iife: 'critical-friend.iife.js' };

/** A script tag: `copy` > 1 gives a module another URL; `defer` runs the IIFE in order with the modules. */
function tag(loader: Loader, copy = 1, defer = false): string {
  const query = copy > 1 ? `?copy=${copy}` : '';
  if (loader === 'iife') return `<script ${defer ? 'defer ' : ''}src="/dist/${FILES.iife}${query}"></script>`;
  return `<script type="module" src="/dist/${FILES[loader]}${query}"></script>`;
}

const ORDERS: Array<[string, string[], string[]]> = [
  // [name, scripts in <head>, scripts at the end of <body>]
  ['per-widget files, ES module, IIFE; then all again', [tag('ladder'), tag('pros'), tag('feed'), tag('esm'), tag('iife')], [tag('ladder', 2), tag('pros', 2), tag('feed', 2), tag('esm', 2), tag('iife')]],
  ['IIFE, ES module, per-widget files backwards; then all again', [tag('iife'), tag('esm'), tag('feed'), tag('pros'), tag('ladder'), tag('iife', 2)], [tag('esm', 2), tag('feed', 2), tag('pros', 2), tag('ladder', 2)]],
  ['modules first, the IIFE deferred after them, twice', [tag('feed'), tag('esm'), tag('pros', 2), tag('iife', 1, true), tag('ladder'), tag('iife', 2, true)], [tag('esm', 3), tag('ladder', 2), tag('pros'), tag('feed', 2)]],
  ['everything after the elements, interleaved', [], [tag('pros'), tag('iife'), tag('ladder', 2), tag('esm'), tag('feed'), tag('iife'), tag('ladder'), tag('feed', 2), tag('esm', 2), tag('pros', 2)]],
  ['only per-widget files, each twice, mixed', [tag('feed'), tag('ladder', 2)], [tag('pros'), tag('ladder'), tag('feed', 2), tag('pros', 2)]],
];

describe('double and mixed loading of dist/', function () {
  this.timeout(20_000);

  before(async () => {
    const response = await fetch('/dist/critical-friend.iife.js', { method: 'HEAD' });
    if (!response.ok) throw new Error('dist/ is missing: run `npm run build` before these tests (npm test does).');
  });

  for (const [name, head, tail] of ORDERS) {
    it(`${name}: no error or warning, every widget works`, async () => {
      const { frame, win, doc } = await openFrame({
        srcdoc: `<!doctype html><html lang="en-GB"><head><script>
          window.__report = { errors: [], warnings: [] };
          addEventListener('error', (e) => __report.errors.push(String(e.message || e)));
          addEventListener('unhandledrejection', (e) => __report.errors.push(String(e.reason)));
          const warn = console.warn;
          console.warn = (...args) => { __report.warnings.push(args.join(' ')); warn(...args); };
        </script>${head.join('')}</head><body>${BODY}${tail.join('')}</body></html>`,
      });
      try {
        await whenDefined(win, TAGS);
        const report = (win as unknown as { __report: { errors: string[]; warnings: string[] } }).__report;
        const ladder = doc.querySelector('cf-participation-ladder') as ParticipationLadder;
        const prosCons = doc.querySelector('cf-pros-cons') as ProsCons;
        const feed = doc.querySelector('cf-study-feed') as StudyFeed;
        await Promise.all([ladder.updateComplete, prosCons.updateComplete, feed.updateComplete]);
        let changes = 0;
        doc.addEventListener('change', () => changes++);
        ladder.shadowRoot!.querySelector<HTMLElement>('[role="radio"][data-level="partnership"]')!.click();
        await ladder.updateComplete;
        expect(ladder.value).to.equal('partnership');
        prosCons.shadowRoot!.querySelector<HTMLElement>('[role="radiogroup"] [role="radio"][data-weight="3"]')!.click();
        await prosCons.updateComplete;
        expect(prosCons.pros[0]!.weight).to.equal(3);
        expect(prosCons.shadowRoot!.querySelector('[role="radiogroup"] [data-weight="3"]')!.getAttribute('aria-checked')).to.equal('true');
        expect(changes, 'change events').to.equal(2);
        await until(() => feed.status === 'ready', `study feed: ${feed.status}`);
        await feed.updateComplete;
        expect(feed.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(1);
        expect(report.errors, 'errors').to.deep.equal([]);
        expect(report.warnings, 'warnings').to.deep.equal([]);
        // one class per tag, whichever copy won
        for (const each of TAGS) expect(win.customElements.get(each), each).to.exist;
      } finally {
        frame.remove();
      }
    });
  }
});
