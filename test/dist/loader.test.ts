/**
 * dist/loader.js (issue 10): the snippet's one classic script. It registers
 * nothing itself and imports, from its own folder, only the modules of the
 * cf-* tags on the page, including those added later. Needs a built dist/.
 */
import { expect } from '@open-wc/testing';
import { WIDGETS, TAGS, loadPage, type PageReport } from './load-page.js';

const loader = (extra = '') => `<script src="/dist/loader.js"${extra}></script>`;
const everyTag = (value: boolean) => Object.fromEntries(TAGS.map((tag) => [tag, value]));
const entryFiles = WIDGETS.map((widget) => `/dist/${widget.file}`);

function expectAllWorking(report: PageReport) {
  expect(report.errors, 'errors').to.deep.equal([]);
  expect(report.warnings, 'warnings').to.deep.equal([]);
  expect(report.defined).to.deep.equal(everyTag(true));
  expect(report.rendered).to.deep.equal(everyTag(true));
}

describe('dist/loader.js', () => {
  before(async () => {
    const response = await fetch('/dist/loader.js');
    if (!response.ok) throw new Error('dist/ is missing: run `npm run build` before these tests (npm test does).');
    if ((await response.text()).includes('__CF_LOADER_MANIFEST__')) throw new Error('dist/loader.js has no manifest: scripts/integrity.mjs completes it (npm run build runs it).');
  });

  const placements: Array<[string, string[], string[]]> = [
    ['in <head>', [loader()], []],
    ['in <head> with defer', [loader(' defer')], []],
    ['in <head> with async', [loader(' async')], []],
    ['at the end of <body>', [], [loader()]],
    ['at the end of <body> with async', [], [loader(' async')]],
  ];
  for (const [where, head, atEnd] of placements) {
    it(`${where}: every widget on the page registers and renders`, async () => {
      expectAllWorking(await loadPage(head, '', { atEnd }));
    });
  }

  it('defines nothing by itself on a page without widgets, and fetches no widget', async () => {
    const report = await loadPage([loader()], '', { body: '<p>No widgets here.</p>', waitFor: [] });
    expect(report.defined).to.deep.equal(everyTag(false));
    expect(report.fetched).to.deep.equal(['/dist/loader.js']);
    expect(report.warnings).to.deep.equal([]);
  });

  for (const widget of WIDGETS) {
    it(`a page with only <${widget.tag}> fetches only its module and chunks`, async () => {
      const report = await loadPage([loader()], '', { body: widget.markup, waitFor: [widget.tag] });
      expect(report.rendered[widget.tag], 'rendered').to.equal(true);
      expect(report.errors).to.deep.equal([]);
      const otherEntries = entryFiles.filter((file) => file !== `/dist/${widget.file}`);
      expect(report.fetched.filter((file) => otherEntries.includes(file) || file.endsWith('critical-friend.js'))).to.deep.equal([]);
      expect(report.fetched).to.include(`/dist/${widget.file}`);
      expect(TAGS.filter((tag) => report.defined[tag])).to.deep.equal([widget.tag]);
    });
  }

  it('loads a widget added to the page later', async () => {
    const [first, later] = WIDGETS;
    const report = await loadPage([loader()], '', {
      body: first.markup,
      waitFor: [first.tag],
      then: async (win) => {
        const box = win.document.createElement('div');
        box.innerHTML = later.markup; // a trusted test string, inside a wrapper, as a page script would add it
        win.document.body.append(box);
        await Promise.race([win.customElements.whenDefined(later.tag), new Promise((resolve) => setTimeout(resolve, 3000))]);
      },
    });
    expect(report.rendered[first.tag]).to.equal(true);
    expect(report.rendered[later.tag]).to.equal(true);
  });

  it('pasted twice: one import map, every widget once, no error', async () => {
    const report = await loadPage([loader(), loader()], '', { atEnd: [loader()] });
    expectAllWorking(report);
    expect(report.importMaps).to.have.length(1);
    for (const file of entryFiles) expect(report.fetched.filter((path) => path === file), file).to.have.length(1);
  });

  const neighbours: Array<[string, string[]]> = [
    ['beside the IIFE (loaded first)', ['<script src="/dist/critical-friend.iife.js"></script>', loader()]],
    ['beside the IIFE (loaded after)', [loader(), '<script src="/dist/critical-friend.iife.js"></script>']],
    ['beside the ES modules', [loader(), '<script type="module" src="/dist/critical-friend.js"></script>']],
  ];
  for (const [name, scripts] of neighbours) {
    it(`${name}: no error, every element works`, async () => {
      expectAllWorking(await loadPage(scripts));
    });
  }

  it('adds an import map that hashes every file it may import, before the first import', async () => {
    const report = await loadPage([loader()]);
    expect(report.importMaps).to.have.length(1);
    const map = JSON.parse(report.importMaps[0]) as { integrity: Record<string, string> };
    const hashed = Object.keys(map.integrity).map((url) => new URL(url).pathname);
    // every script the page fetched through the loader is in the map, with a sha256 hash
    for (const file of report.fetched.filter((path) => path !== '/dist/loader.js')) expect(hashed, file).to.include(file);
    for (const hash of Object.values(map.integrity)) expect(hash).to.match(/^sha256-[A-Za-z0-9+/]{43}=$/);
  });

  it("the import map's hashes are those of the files served (a changed file is refused: test/delivery/site.test.mjs)", async () => {
    const report = await loadPage([loader()], '', { body: '<p>No widgets.</p>', waitFor: [] });
    const map = JSON.parse(report.importMaps[0]) as { integrity: Record<string, string> };
    for (const [url, hash] of Object.entries(map.integrity)) {
      const digest = await crypto.subtle.digest('SHA-256', await (await fetch(url)).arrayBuffer());
      const base64 = btoa(String.fromCharCode(...new Uint8Array(digest)));
      expect(`sha256-${base64}`, url).to.equal(hash);
    }
  });

  it('under a strict CSP with Trusted Types every widget still loads; the import map is the one thing refused', async function () {
    this.timeout(15_000);
    const report = await hostilePageReport('/__hostile/csp/csp-loader.html');
    // Trusted Types refuse the import map's text (no policy may make it): reported once, caught, files load unchecked
    expect(report.violations).to.have.length.at.most(1);
    for (const violation of report.violations) expect(violation).to.match(/^require-trusted-types-for blocked trusted-types-sink "HTMLScriptElement textContent\|\{"integrity"/);
  });

  it("under a policy that allows inline scripts by nonce, the import map carries the loader's nonce and is not refused", async function () {
    this.timeout(15_000);
    const report = await hostilePageReport('/__hostile/nonce/csp-loader.html');
    expect(report.violations).to.deep.equal([]);
    expect(report.importMaps).to.equal(1);
  });
});

/**
 * Open `path` (a page of test/hostile/pages/ served under a policy) in a
 * frame, check that every widget registers and renders with no error, and
 * return the policy violations that csp-guard.js recorded.
 */
async function hostilePageReport(path: string): Promise<{ violations: string[]; importMaps: number }> {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  try {
    await loaded;
    const win = frame.contentWindow as Window & { __hostile: { violations: string[]; errors: string[] } };
    await Promise.race([Promise.all(TAGS.map((tag) => win.customElements.whenDefined(tag))), new Promise((resolve) => setTimeout(resolve, 5000))]);
    const signs: Record<string, string> = { 'cf-participation-ladder': '[role="radio"]', 'cf-pros-cons': '[role="meter"]', 'cf-study-feed': '[part~="item"]' };
    const shown = await until(() => TAGS.every((tag) => win.document.querySelector(tag)?.shadowRoot?.querySelector(signs[tag])), 5000);
    const state = TAGS.map((tag) => `${tag}: ${Boolean(win.customElements.get(tag))} ${win.document.querySelector(tag)?.shadowRoot?.innerHTML.slice(0, 80)}`);
    expect(shown, `every widget rendered (${JSON.stringify(win.__hostile)} ${state.join(' | ')})`).to.equal(true);
    expect(win.__hostile.errors).to.deep.equal([]);
    return { violations: win.__hostile.violations, importMaps: win.document.querySelectorAll('script[type="importmap"]').length };
  } finally {
    frame.remove();
  }
}

async function until(check: () => boolean, timeout: number): Promise<boolean> {
  for (let waited = 0; waited < timeout; waited += 50) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return check();
}
