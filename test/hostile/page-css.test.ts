/**
 * Hostile page CSS (issue 6): the same widgets on a clean page and on a page
 * whose global CSS is aggressive must keep their layout and readable sizes.
 * Page CSS cannot reach into a shadow root, except inherited properties and
 * what the widget shows of the light DOM through slots. Uses dist/ (npm run build).
 */
import { expect } from '@open-wc/testing';
import { openFrame, until, whenDefined } from './support.js';

/** The page's own CSS. `body { font-size: 1.6rem }` is the "62.5%" trick: the widgets see a 16px host font. */
const HOSTILE_CSS = `
  html { font-size: 10px; }
  body { font-size: 1.6rem; }
  li { display: none !important; }
  button { all: unset; }
  * { box-sizing: content-box; }
  div { padding: 3em; }
  p { color: red; font-size: 8px; }
  [role] { display: none; }
  span { font-size: 6px !important; }
  a { display: none; }
  input, textarea { all: unset; }
  ul, ol { list-style: none; margin: 0; padding: 0; }
  section, article { display: inline; }
`;
const CLEAN_CSS = 'body { font-size: 16px; }';

const WIDGETS = `
  <cf-participation-ladder value="consultation" perspectives="Staff; Residents"></cf-participation-ladder>
  <cf-pros-cons id="appraise" heading="Social media for CPD">
    <ul slot="pros"><li>Good practice travels fast.</li><li data-weight="3">Debate sharpens thinking.</li></ul>
    <ul slot="cons"><li>Nothing is peer reviewed.</li><li>It eats into time.</li></ul>
  </cf-pros-cons>
  <cf-pros-cons id="read" mode="read" heading="Social media for CPD">
    <ul slot="pros"><li>Good practice travels fast.</li><li>Debate sharpens thinking.</li></ul>
    <ul slot="cons"><li>Nothing is peer reviewed.</li><li>It eats into time.</li></ul>
  </cf-pros-cons>
  <cf-study-feed><script type="application/json">
    { "version": "https://jsonfeed.org/version/1.1", "title": "Connecting People",
      "_study": { "status": "active", "phase": "Fieldwork", "milestones": [{ "title": "Manual", "date": "2012-04", "status": "planned" }],
                  "links": [{ "title": "Study blog", "url": "https://example.org/", "kind": "blog" }] },
      "items": [{ "id": "1", "title": "Fieldwork begins", "url": "https://example.org/1", "content_text": "We start on Monday.", "date_published": "2011-11-01T09:00:00Z" },
                { "id": "2", "title": "The manual", "url": "https://example.org/2", "content_text": "Due in April.", "date_published": "2011-11-02T09:00:00Z" }] }
  </script></cf-study-feed>`;

/** Key parts of each widget: [name, host selector, part selector inside its shadow root]. */
const PARTS: Array<[string, string, string]> = [
  ['ladder rung', 'cf-participation-ladder', '[part~="level"]'],
  ['ladder rung label', 'cf-participation-ladder', '.level-label'],
  ['ladder marking button', 'cf-participation-ladder', 'button[data-marking]'],
  ['ladder tab', 'cf-participation-ladder', '[role="tab"]'],
  ['ladder action button', 'cf-participation-ladder', '[part~="actions"] button'],
  ['ladder heading', 'cf-participation-ladder', '[part~="heading"]'],
  ['pros-cons point', '#appraise', '[part~="point"]'],
  ['pros-cons point text', '#appraise', '.point-text'],
  ['pros-cons weight radio', '#appraise', '[part~="weight"]'],
  ['pros-cons add input', '#appraise', '#add-text'],
  ['pros-cons add button', '#appraise', 'form button[type="submit"]'],
  ['pros-cons reflection', '#appraise', '#reflection'],
  ['pros-cons meter', '#appraise', '[part~="meter"]'],
  ['pros-cons verdict', '#appraise', '[part~="verdict"]'],
  ['pros-cons action button', '#appraise', '[part~="actions"] button'],
  ['pros-cons read side label', '#read', '[part~="side-label"]'],
  ['study-feed item', 'cf-study-feed', '[part~="item"]'],
  ['study-feed link', 'cf-study-feed', '[part~="link"]'],
  ['study-feed excerpt', 'cf-study-feed', '[part~="excerpt"]'],
  ['study-feed milestone', 'cf-study-feed', '[part~="milestone"]'],
  ['study-feed follow link', 'cf-study-feed', '[part~="follow-link"]'],
  ['study-feed heading', 'cf-study-feed', '[part~="heading"]'],
];

interface Measure {
  count: number;
  display: string;
  visible: boolean;
  width: number;
  height: number;
  fontSize: number;
  borderTop: number;
  paddingTop: number;
  color: string;
}

async function measurePage(css: string): Promise<{ measures: Record<string, Measure>; readPoints: Record<string, boolean>; frame: HTMLIFrameElement }> {
  const { frame, win, doc } = await openFrame({
    srcdoc: `<!doctype html><html lang="en-GB"><head><style>${css}</style><script type="module" src="/dist/critical-friend.js"></script></head><body>${WIDGETS}</body></html>`,
  });
  await whenDefined(win, ['cf-participation-ladder', 'cf-pros-cons', 'cf-study-feed']);
  const hosts = Array.from(doc.querySelectorAll('cf-participation-ladder, cf-pros-cons, cf-study-feed')) as Array<HTMLElement & { updateComplete: Promise<unknown> }>;
  await Promise.all(hosts.map((host) => host.updateComplete));
  // the study card reads its inline JSON, then the code for its milestones and
  // links arrives on first use: measure once it has left its loading state
  const card = doc.querySelector('cf-study-feed') as HTMLElement & { status?: string };
  await until(() => card.status !== undefined && card.status !== 'loading', 'the study card left its loading state');
  await Promise.all(hosts.map((host) => host.updateComplete));
  const measures: Record<string, Measure> = {};
  for (const [name, hostSelector, selector] of PARTS) {
    const all = Array.from(doc.querySelector(hostSelector)?.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? []);
    const element = all[0];
    if (!element) {
      measures[name] = { count: 0, display: 'missing', visible: false, width: 0, height: 0, fontSize: 0, borderTop: 0, paddingTop: 0, color: '' };
      continue;
    }
    const style = win.getComputedStyle(element);
    const rect = element.getBoundingClientRect();
    measures[name] = {
      count: all.length,
      display: style.display,
      visible: all.every((each) => each.getBoundingClientRect().height > 0 && win.getComputedStyle(each).visibility !== 'hidden'),
      width: Math.round(rect.width),
      height: Math.round(rect.height),
      fontSize: parseFloat(style.fontSize),
      borderTop: parseFloat(style.borderTopWidth),
      paddingTop: parseFloat(style.paddingTop),
      color: style.color,
    };
  }
  // read mode: is each of the author's points shown (on screen, with its text)?
  const read = doc.querySelector('#read')!;
  const readPoints: Record<string, boolean> = {};
  for (const item of Array.from(read.querySelectorAll('li'))) {
    const text = item.textContent ?? '';
    const shown = [item, ...Array.from(read.shadowRoot!.querySelectorAll('*'))].some(
      (element) => element.textContent?.includes(text) && element.getBoundingClientRect().height > 0 && element.children.length === 0,
    );
    readPoints[text] = shown;
  }
  return { measures, readPoints, frame };
}

describe('hostile page CSS', function () {
  this.timeout(20_000);
  let clean: Awaited<ReturnType<typeof measurePage>>;
  let hostile: Awaited<ReturnType<typeof measurePage>>;

  before(async () => {
    const response = await fetch('/dist/critical-friend.js', { method: 'HEAD' });
    if (!response.ok) throw new Error('dist/ is missing: run `npm run build` before these tests (npm test does).');
    clean = await measurePage(CLEAN_CSS);
    hostile = await measurePage(HOSTILE_CSS);
  });
  after(() => {
    clean?.frame.remove();
    hostile?.frame.remove();
  });

  it('every key part keeps its layout and size (same computed styles as on a clean page)', () => {
    const differences: string[] = [];
    for (const [name] of PARTS) {
      const a = clean.measures[name]!;
      const b = hostile.measures[name]!;
      for (const key of ['count', 'display', 'visible', 'fontSize', 'borderTop', 'paddingTop', 'height', 'color'] as const) {
        const same = typeof a[key] === 'number' ? Math.abs((a[key] as number) - (b[key] as number)) <= 1 : a[key] === b[key];
        if (!same) differences.push(`${name} ${key}: ${String(a[key])} on a clean page, ${String(b[key])} on the hostile one`);
      }
    }
    expect(differences).to.deep.equal([]);
  });

  it('targets, borders and text sizes stay readable at a 16px host font', () => {
    const m = hostile.measures;
    console.log(`hostile page CSS, measured on the hostile page: ${Object.entries(m).map(([name, each]) => `${name} ${each.height}px high, font ${each.fontSize}px`).join('; ')}`);
    for (const name of ['ladder rung', 'pros-cons weight radio']) {
      expect(m[name]!.count, name).to.be.greaterThan(0);
      expect(m[name]!.visible, `${name} visible`).to.equal(true);
      expect(m[name]!.height, `${name} height`).to.be.at.least(44);
    }
    for (const name of ['ladder marking button', 'ladder action button', 'pros-cons add button', 'pros-cons action button', 'ladder tab']) {
      expect(m[name]!.visible, `${name} visible`).to.equal(true);
      expect(m[name]!.borderTop, `${name} border`).to.be.at.least(1);
      expect(m[name]!.height, `${name} height`).to.be.at.least(44);
    }
    for (const name of ['ladder rung label', 'pros-cons point text', 'pros-cons verdict', 'study-feed link', 'study-feed excerpt', 'ladder heading', 'study-feed heading']) {
      expect(m[name]!.fontSize, `${name} font size`).to.be.at.least(14);
    }
    for (const name of ['pros-cons point', 'study-feed item', 'study-feed milestone', 'study-feed follow link', 'pros-cons meter', 'pros-cons reflection', 'pros-cons add input']) {
      expect(m[name]!.visible, `${name} visible`).to.equal(true);
    }
  });

  it('read mode shows the author points on a clean page', () => {
    expect(Object.values(clean.readPoints)).to.deep.equal([true, true, true, true]);
  });

  // .cf-button's min-height is 2.75em divided by its 0.95em font size (src/shared/tokens.ts).
  it('buttons are at least 44px tall, as the other controls', () => {
    for (const name of ['ladder marking button', 'ladder action button', 'pros-cons add button', 'pros-cons action button']) {
      expect(hostile.measures[name]!.height, name).to.be.at.least(44);
    }
  });

  // Read mode draws its own copy of the points in the shadow root, out of reach of page CSS.
  it('read mode shows the author points despite li { display: none !important }', () => {
    expect(hostile.readPoints).to.deep.equal(clean.readPoints);
  });
});
