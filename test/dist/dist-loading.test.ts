/**
 * Loads the built files of dist/ (npm run build first) the way pages do: with
 * plain <script> tags, straight from a static server, once, twice and
 * together, and checks that every element registers and works with no error.
 */
import { expect } from '@open-wc/testing';

const TAGS = ['cf-participation-ladder'];

interface PageReport {
  errors: string[];
  warnings: string[];
  defined: Record<string, boolean>;
  radios: number;
  globalKeys: string[];
}

/** Build a page from script tags, load it in an iframe, and report what happened. */
async function loadPage(scripts: string[], before = ''): Promise<PageReport> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px';
  const page = `<!doctype html><html lang="en-GB"><head>
    <script>
      window.__report = { errors: [], warnings: [] };
      addEventListener('error', (e) => __report.errors.push(String(e.message || e)));
      addEventListener('unhandledrejection', (e) => __report.errors.push(String(e.reason)));
      const warn = console.warn;
      console.warn = (...args) => { __report.warnings.push(args.join(' ')); warn(...args); };
      ${before}
    </script>
    ${scripts.join('\n')}
  </head><body><cf-participation-ladder value="consultation"></cf-participation-ladder></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = page;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { __report: { errors: string[]; warnings: string[] }; CriticalFriend?: object };
  await Promise.all(TAGS.map((tag) => Promise.race([win.customElements.whenDefined(tag), new Promise((resolve) => setTimeout(resolve, 3000))])));
  await new Promise((resolve) => setTimeout(resolve, 50));
  const ladder = win.document.querySelector('cf-participation-ladder');
  const report: PageReport = {
    errors: [...win.__report.errors],
    warnings: [...win.__report.warnings],
    defined: Object.fromEntries(TAGS.map((tag) => [tag, Boolean(win.customElements.get(tag))])),
    radios: ladder?.shadowRoot?.querySelectorAll('[role="radio"]').length ?? 0,
    globalKeys: Object.keys(win.CriticalFriend ?? {}).sort(),
  };
  frame.remove();
  return report;
}

const iife = '<script src="/dist/critical-friend.iife.js"></script>';
const esm = '<script type="module" src="/dist/critical-friend.js"></script>';
const ladderOnly = '<script type="module" src="/dist/participation-ladder.js"></script>';
// A second copy of a module needs another URL, as a second CDN or version would have.
const esmCopy = '<script type="module" src="/dist/critical-friend.js?copy=2"></script>';
const ladderCopy = '<script type="module" src="/dist/participation-ladder.js?copy=2"></script>';

function expectWorking(report: PageReport) {
  expect(report.errors, 'errors').to.deep.equal([]);
  expect(report.warnings, 'warnings').to.deep.equal([]);
  expect(report.defined).to.deep.equal(Object.fromEntries(TAGS.map((tag) => [tag, true])));
  expect(report.radios, 'rendered rungs').to.equal(8);
}

describe('dist/ files loaded by plain script tags', () => {
  before(async () => {
    const response = await fetch('/dist/critical-friend.iife.js', { method: 'HEAD' });
    if (!response.ok) throw new Error('dist/ is missing: run `npm run build` before these tests (npm test does).');
  });

  it('the IIFE registers everything and sets window.CriticalFriend', async () => {
    const report = await loadPage([iife]);
    expectWorking(report);
    expect(report.globalKeys).to.include.members(['ParticipationLadder', 'version']);
  });

  const cases: Array<[string, string[]]> = [
    ['the all-in-one ES module', [esm]],
    ['the per-widget ES module', [ladderOnly]],
    ['the IIFE twice', [iife, iife]],
    ['the all-in-one ES module twice', [esm, esmCopy]],
    ['the per-widget ES module twice', [ladderOnly, ladderCopy]],
    ['IIFE, then ES modules', [iife, esm, ladderOnly]],
    ['ES modules, then IIFE', [ladderOnly, esm, iife]],
    ['everything twice, mixed', [esmCopy, iife, ladderOnly, esm, iife, ladderCopy]],
  ];
  for (const [name, scripts] of cases) {
    it(`${name}: no error, every element works`, async () => {
      expectWorking(await loadPage(scripts));
    });
  }

  it('warns once, without throwing, when another version already defined a tag', async () => {
    const fake = `customElements.define('cf-participation-ladder', class extends HTMLElement { static version = '0.0.0-other'; });`;
    const report = await loadPage([iife, esm], fake);
    expect(report.errors).to.deep.equal([]);
    expect(report.warnings).to.have.length(1);
    expect(report.warnings[0]).to.contain('0.0.0-other');
  });
});
