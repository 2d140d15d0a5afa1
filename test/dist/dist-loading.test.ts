/**
 * Loads the built files of dist/ (npm run build first) the way pages do: with
 * plain <script> tags, straight from a static server, once, twice and
 * together, and checks that every element registers and works with no error.
 */
import { expect } from '@open-wc/testing';

/** Each widget: its tag, its own dist file, markup for the page, and a sign that it rendered. */
const WIDGETS = [
  // a custom scale in child JSON, which a script in <head> meets before it is parsed
  {
    tag: 'cf-participation-ladder',
    file: 'participation-ladder.js',
    markup: `<cf-participation-ladder value="asked"><script type="application/json">
      { "name": "Ours", "levels": [{ "id": "told", "label": "Told" }, { "id": "asked", "label": "Asked" }, { "id": "deciding", "label": "Deciding" }] }
    </script></cf-participation-ladder>`,
    rendered: '[role="radio"][data-level="asked"][aria-checked="true"]',
  },
  {
    tag: 'cf-study-feed',
    file: 'study-feed.js',
    markup: `<cf-study-feed><script type="application/json">
      { "version": "https://jsonfeed.org/version/1.1", "title": "A study", "items": [{ "id": "1", "title": "Fieldwork begins", "content_text": "We start on Monday." }] }
    </script></cf-study-feed>`,
    rendered: '[part~="item"]',
  },
  { tag: 'cf-pros-cons', file: 'pros-cons.js', markup: '<cf-pros-cons><ul slot="pros"><li>Quick answers</li></ul><ul slot="cons"><li>Not peer reviewed</li></ul></cf-pros-cons>', rendered: '[role="meter"]' },
];
const TAGS = WIDGETS.map((widget) => widget.tag);

interface PageReport {
  errors: string[];
  warnings: string[];
  defined: Record<string, boolean>;
  rendered: Record<string, boolean>;
  /** SVG shapes nested inside other shapes: how a minifier that mistakes <path/> for HTML breaks icons. */
  nestedShapes: number;
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
  </head><body>${WIDGETS.map((widget) => widget.markup).join('\n')}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = page;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { __report: { errors: string[]; warnings: string[] }; CriticalFriend?: object };
  await Promise.all(TAGS.map((tag) => Promise.race([win.customElements.whenDefined(tag), new Promise((resolve) => setTimeout(resolve, 3000))])));
  await new Promise((resolve) => setTimeout(resolve, 50));
  const report: PageReport = {
    errors: [...win.__report.errors],
    warnings: [...win.__report.warnings],
    defined: Object.fromEntries(TAGS.map((tag) => [tag, Boolean(win.customElements.get(tag))])),
    rendered: Object.fromEntries(WIDGETS.map((widget) => [widget.tag, Boolean(win.document.querySelector(widget.tag)?.shadowRoot?.querySelector(widget.rendered))])),
    nestedShapes: TAGS.map((tag) => win.document.querySelector(tag)?.shadowRoot?.querySelectorAll(':is(path, circle, rect) > *').length ?? 0).reduce((a, b) => a + b, 0),
    globalKeys: Object.keys(win.CriticalFriend ?? {}).sort(),
  };
  frame.remove();
  return report;
}

const iife = '<script src="/dist/critical-friend.iife.js"></script>';
const esm = '<script type="module" src="/dist/critical-friend.js"></script>';
const perWidget = WIDGETS.map((widget) => `<script type="module" src="/dist/${widget.file}"></script>`).join('');
// A second copy of a module needs another URL, as a second CDN or version would have.
const esmCopy = '<script type="module" src="/dist/critical-friend.js?copy=2"></script>';
const perWidgetCopy = WIDGETS.map((widget) => `<script type="module" src="/dist/${widget.file}?copy=2"></script>`).join('');

function expectWorking(report: PageReport) {
  expect(report.errors, 'errors').to.deep.equal([]);
  expect(report.warnings, 'warnings').to.deep.equal([]);
  expect(report.defined).to.deep.equal(Object.fromEntries(TAGS.map((tag) => [tag, true])));
  expect(report.rendered).to.deep.equal(Object.fromEntries(TAGS.map((tag) => [tag, true])));
  expect(report.nestedShapes, 'SVG shapes nested in shapes').to.equal(0);
}

describe('dist/ files loaded by plain script tags', () => {
  before(async () => {
    const response = await fetch('/dist/critical-friend.iife.js', { method: 'HEAD' });
    if (!response.ok) throw new Error('dist/ is missing: run `npm run build` before these tests (npm test does).');
  });

  it('the IIFE registers everything and sets window.CriticalFriend', async () => {
    const report = await loadPage([iife]);
    expectWorking(report);
    expect(report.globalKeys).to.include.members(['ParticipationLadder', 'ProsCons', 'StudyFeed', 'parseFeed', 'version']);
  });

  const cases: Array<[string, string[]]> = [
    ['the all-in-one ES module', [esm]],
    ['the per-widget ES modules', [perWidget]],
    ['the IIFE twice', [iife, iife]],
    ['the all-in-one ES module twice', [esm, esmCopy]],
    ['the per-widget ES modules twice', [perWidget, perWidgetCopy]],
    ['IIFE, then ES modules', [iife, esm, perWidget]],
    ['ES modules, then IIFE', [perWidget, esm, iife]],
    ['everything twice, mixed', [esmCopy, iife, perWidget, esm, iife, perWidgetCopy]],
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
