/**
 * Loads the built files of dist/ (npm run build first) the way pages do: with
 * plain <script> tags, straight from a static server, once, twice and
 * together, and checks that every element registers and works with no error.
 */
import { expect } from '@open-wc/testing';
import { WIDGETS, TAGS, loadPage, type PageReport } from './load-page.js';

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
