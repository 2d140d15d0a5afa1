/**
 * Broken storage (issue 6): `localStorage` missing, throwing on every access
 * (SecurityError, as with blocked cookies), or full (QuotaExceededError on
 * setItem). Every widget with `persist` and an `id` must render and work,
 * and `persist` must degrade with exactly one console warning per widget.
 * The storage is broken in the page before the library loads. Uses dist/.
 */
import { expect } from '@open-wc/testing';
import type { ParticipationLadder } from '../../src/participation-ladder/participation-ladder.js';
import type { ProsCons } from '../../src/pros-cons/pros-cons.js';
import type { StudyFeed } from '../../src/study-feed/study-feed.js';
import { openFrame, sleep, until, whenDefined } from './support.js';

const BREAKERS: Record<string, string> = {
  missing: `Object.defineProperty(window, 'localStorage', { configurable: true, get: () => undefined });`,
  'throwing on access': `Object.defineProperty(window, 'localStorage', { configurable: true, get: () => { throw new DOMException('Access is denied for this document.', 'SecurityError'); } });`,
  'throwing on every call': `for (const name of ['getItem', 'setItem', 'removeItem', 'clear', 'key']) Storage.prototype[name] = () => { throw new DOMException('Access is denied for this document.', 'SecurityError'); };`,
  full: `Storage.prototype.setItem = () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };`,
};

const LOADERS: Record<string, { head: string; tail: string }> = {
  'the ES module': { head: '', tail: '<script type="module" src="/dist/critical-friend.js"></script>' },
  'the IIFE in <head>': { head: '<script src="/dist/critical-friend.iife.js"></script>', tail: '' },
};

const BODY = `
  <cf-participation-ladder id="ladder" persist></cf-participation-ladder>
  <cf-pros-cons id="appraisal" persist><ul slot="pros"><li>Quick answers</li></ul><ul slot="cons"><li>Not peer reviewed</li></ul></cf-pros-cons>
  <cf-study-feed id="feed" persist src="/test/study-feed/feeds/rss2.xml"></cf-study-feed>`;

describe('broken storage', function () {
  this.timeout(20_000);

  before(async () => {
    const response = await fetch('/dist/critical-friend.iife.js', { method: 'HEAD' });
    if (!response.ok) throw new Error('dist/ is missing: run `npm run build` before these tests (npm test does).');
  });

  for (const [breakage, breaker] of Object.entries(BREAKERS)) {
    for (const [loaderName, loader] of Object.entries(LOADERS)) {
      it(`localStorage ${breakage}, ${loaderName}: every widget works, one warning each`, async () => {
        const { frame, win, doc } = await openFrame({
          srcdoc: `<!doctype html><html lang="en-GB"><head><script>
            window.__report = { errors: [], warnings: [] };
            addEventListener('error', (e) => __report.errors.push(String(e.message || e)));
            addEventListener('unhandledrejection', (e) => __report.errors.push(String(e.reason)));
            const warn = console.warn;
            console.warn = (...args) => { __report.warnings.push(args.join(' ')); warn(...args); };
            ${breaker}
          </script>${loader.head}</head><body>${BODY}${loader.tail}</body></html>`,
        });
        try {
          await whenDefined(win, ['cf-participation-ladder', 'cf-pros-cons', 'cf-study-feed']);
          const report = (win as unknown as { __report: { errors: string[]; warnings: string[] } }).__report;
          const ladder = doc.querySelector('cf-participation-ladder') as ParticipationLadder;
          const prosCons = doc.querySelector('cf-pros-cons') as ProsCons;
          const feed = doc.querySelector('cf-study-feed') as StudyFeed;
          await Promise.all([ladder.updateComplete, prosCons.updateComplete, feed.updateComplete]);

          // the reader works with each widget: every change tries to save
          ladder.shadowRoot!.querySelector<HTMLElement>('[role="radio"][data-level="partnership"]')!.click();
          await ladder.updateComplete;
          ladder.shadowRoot!.querySelector<HTMLElement>('[role="radio"][data-level="placation"]')!.click();
          await ladder.updateComplete;
          expect([ladder.value, ladder.aspiration], 'the first click sets now, the second the aim').to.deep.equal(['partnership', 'placation']);
          prosCons.shadowRoot!.querySelector<HTMLElement>('[role="radiogroup"] [role="radio"][data-weight="3"]')!.click();
          await prosCons.updateComplete;
          const reflection = prosCons.shadowRoot!.querySelector<HTMLTextAreaElement>('#reflection')!;
          reflection.value = 'Check the source first.';
          reflection.dispatchEvent(new win.Event('input'));
          await prosCons.updateComplete;
          expect(prosCons.pros[0]!.weight).to.equal(3);
          expect(prosCons.reflection).to.equal('Check the source first.');
          await until(() => feed.status !== 'loading', 'feed still loading');
          await feed.updateComplete;
          expect(feed.status).to.equal('ready');
          expect(feed.shadowRoot!.querySelectorAll('[part~="item"]').length).to.be.greaterThan(0);
          await feed.refresh(); // a second save
          // "Clear my answers" with storage broken
          prosCons.shadowRoot!.querySelector<HTMLElement>('[data-action="clear"]')!.click();
          ladder.shadowRoot!.querySelector<HTMLElement>('[data-action="clear"]')!.click();
          await Promise.all([ladder.updateComplete, prosCons.updateComplete]);
          expect(ladder.value).to.equal('');
          expect(prosCons.pros[0]!.weight).to.equal(2);
          await sleep(50);

          expect(report.errors, 'errors').to.deep.equal([]);
          const storageWarnings = (id: string) => report.warnings.filter((warning) => warning.includes(`id="${id}"`) && /localStorage/.test(warning));
          expect(storageWarnings('ladder'), 'ladder warnings').to.have.length(1);
          expect(storageWarnings('appraisal'), 'pros-cons warnings').to.have.length(1);
          expect(storageWarnings('feed'), 'study-feed warnings').to.have.length(1);
          expect(report.warnings, 'no other warning').to.have.length(3);
          // the reader is told too (ladder and pros-cons say their answers are not kept)
          for (const host of [ladder, prosCons]) {
            expect(host.shadowRoot!.querySelector('.persist-note')?.textContent ?? '').to.not.equal('');
          }
        } finally {
          frame.remove();
        }
      });
    }
  }
});
