/**
 * A blog theme's large text in a phone's column: the widgets must fit it.
 * Many themes set 18-20px body text; at 320px wide every part of a widget
 * has to shrink to the host's content box, not push past it (and off the
 * screen). What can force a box wider than its column is a min-content
 * width: an `auto` grid track, or a flex item whose basis in `em` is wider
 * than the column at that text size. Uses dist/ (npm run build).
 */
import { expect } from '@open-wc/testing';
import { openFrame, until, whenDefined } from './support.js';

/** The theme: 20px text with a tall line everywhere, in a 320px column. */
const THEME_CSS = `
  body { margin: 0; font-size: 20px; }
  * { line-height: 2; }
  .column { width: 320px; }
`;

const FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Connecting People: an intervention study',
  _study: {
    status: 'active',
    phase: 'Fieldwork',
    milestones: [{ title: 'Practice manual published', date: '2012-04', status: 'planned' }],
    links: [{ title: 'Study blog', url: 'https://example.org/', kind: 'blog' }],
  },
  items: [{ id: '1', title: 'Fieldwork begins in two sites', url: 'https://example.org/1', content_text: 'We start on Monday.', date_published: '2011-11-01T09:00:00Z' }],
});

/** Each widget in a state the test reaches cheaply; one per column. */
const WIDGETS = `
  <div class="column"><cf-pros-cons id="appraise" heading="Social media for CPD">
    <ul slot="pros"><li>Good practice travels fast.</li><li data-weight="3">Debate sharpens thinking.</li></ul>
    <ul slot="cons"><li>Nothing is peer reviewed.</li><li>It eats into time.</li></ul>
  </cf-pros-cons></div>
  <div class="column"><cf-pros-cons id="read" mode="read" heading="Social media for CPD">
    <ul slot="pros"><li>Good practice travels fast.</li></ul>
    <ul slot="cons"><li>Nothing is peer reviewed.</li></ul>
  </cf-pros-cons></div>
  <div class="column"><cf-participation-ladder value="consultation" perspectives="Staff; Residents; Families"></cf-participation-ladder></div>
  <div class="column"><cf-study-feed><script type="application/json">${FEED}</script></cf-study-feed></div>`;

type Host = HTMLElement & { updateComplete: Promise<unknown>; status?: string };

/** Is `element` inside a box that clips or scrolls (the ladder's tab row), below `root`? Then the box is what must fit. */
function insideClippingBox(element: Element, win: Window): boolean {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    if (win.getComputedStyle(parent).overflowX !== 'visible') return true;
  }
  return false;
}

/** Shadow-root parts whose right edge is past the host's content box (1px tolerance), as readable lines. */
function overflowing(host: Host, win: Window): string[] {
  const style = win.getComputedStyle(host);
  const contentRight = host.getBoundingClientRect().right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight);
  const found: string[] = [];
  for (const element of Array.from(host.shadowRoot!.querySelectorAll('*'))) {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 || insideClippingBox(element, win) || element.classList.contains('cf-visually-hidden')) continue;
    if (rect.right > contentRight + 1) {
      const name = `${element.localName}${element.id ? `#${element.id}` : ''}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}`;
      found.push(`${host.id || host.localName}: ${name} ends ${Math.round(rect.right - contentRight)}px past the content box`);
    }
  }
  return found;
}

describe('widgets in a 320px column with 20px theme text', function () {
  this.timeout(30_000);
  let frame: HTMLIFrameElement;
  let win: Window;
  let doc: Document;

  before(async () => {
    const response = await fetch('/dist/critical-friend.js', { method: 'HEAD' });
    if (!response.ok) throw new Error('dist/ is missing: run `npm run build` before these tests (npm test does).');
    ({ frame, win, doc } = await openFrame(
      { srcdoc: `<!doctype html><html lang="en-GB"><head><style>${THEME_CSS}</style><script type="module" src="/dist/critical-friend.js"></script></head><body>${WIDGETS}</body></html>` },
      'width: 320px; height: 800px',
    ));
    await whenDefined(win, ['cf-participation-ladder', 'cf-pros-cons', 'cf-study-feed']);
    const card = doc.querySelector<Host>('cf-study-feed')!;
    await until(() => card.status !== undefined && card.status !== 'loading', 'the study card left its loading state');
    await Promise.all(Array.from(doc.querySelectorAll<Host>('cf-pros-cons, cf-participation-ladder, cf-study-feed')).map((host) => host.updateComplete));
  });
  after(() => frame?.remove());

  for (const [state, selector] of [
    ['pros-cons, appraising', '#appraise'],
    ['pros-cons, read mode', '#read'],
    ['the ladder with perspectives', 'cf-participation-ladder'],
    ['the study card from an inline JSON Feed', 'cf-study-feed'],
  ] as const) {
    it(`${state}: no part is wider than the host's content box`, () => {
      const host = doc.querySelector<Host>(selector)!;
      expect(host.shadowRoot!.querySelectorAll('*').length, 'rendered').to.be.greaterThan(5);
      expect(overflowing(host, win)).to.deep.equal([]);
    });
  }

  it('pros-cons with a point of the reader\'s own being edited: no part is wider than the host', async () => {
    const host = doc.querySelector<Host>('#appraise')!;
    const root = host.shadowRoot!;
    const field = root.querySelector<HTMLInputElement>('#add-text')!;
    field.value = 'Colleagues share what worked on the ward.';
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    root.querySelector<HTMLFormElement>('form.add')!.requestSubmit();
    await until(() => root.querySelector('button[data-action="edit"]') !== null, 'the point was added');
    root.querySelector<HTMLButtonElement>('button[data-action="edit"]')!.click();
    await until(() => root.querySelector('.edit .text-input') !== null, 'the point is being edited');
    await host.updateComplete;
    expect(overflowing(host, win)).to.deep.equal([]);
  });

  it('the ladder with its "Help me decide" questions open: no part is wider than the host', async () => {
    const ladder = doc.querySelector<Host>('cf-participation-ladder')!;
    const help = Array.from(ladder.shadowRoot!.querySelectorAll('button')).find((button) => /Help me decide/.test(button.textContent ?? ''))!;
    help.click();
    await until(() => ladder.shadowRoot!.querySelector('fieldset.question') !== null, 'the questions arrived');
    await ladder.updateComplete;
    expect(overflowing(ladder, win)).to.deep.equal([]);
  });
});
