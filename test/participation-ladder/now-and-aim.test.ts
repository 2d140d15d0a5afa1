/**
 * Issue 12, items 2 and 3: both marks and the gap between them drawn on the
 * ladder at once, a switch that says what the next click sets (and moves on
 * to the aim by itself), and rows that stay rows on a narrow screen.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/participation-ladder/define.js';
import type { ParticipationLadder } from '../../src/participation-ladder/participation-ladder.js';
import { captureDownloads, nextFrames } from '../support/helpers.js';

const shadow = (el: HTMLElement) => el.shadowRoot!;
const rung = (el: HTMLElement, id: string) => shadow(el).querySelector<HTMLElement>(`[role="radio"][data-level="${id}"]`)!;
const switchFor = (el: HTMLElement, marking: 'now' | 'aim') => shadow(el).querySelector<HTMLButtonElement>(`[data-marking="${marking}"]`)!;
const liveRegion = (el: HTMLElement) => shadow(el).querySelector('[role="status"]')!.textContent!.trim();
const middleOf = (rect: DOMRect) => rect.top + rect.height / 2;

/** Painted and on screen: a box with a size, not hidden by visibility, display or opacity. */
function isVisible(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  return rect.width > 0 && rect.height > 0 && style.visibility === 'visible' && style.display !== 'none' && Number(style.opacity) > 0;
}

/** The text of the elements an aria-describedby names, as a screen reader hears the description. */
function description(el: HTMLElement, radio: HTMLElement): string {
  return (radio.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => shadow(el).getElementById(id)?.textContent?.trim() ?? '')
    .join(' ');
}

describe('<cf-participation-ladder>: now and aim together', () => {
  it('shows both marks and the gap drawn between them at the same time', async () => {
    const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder value="consultation" aspiration="partnership"></cf-participation-ladder>`);
    await nextFrames();
    const now = rung(el, 'consultation');
    const aim = rung(el, 'partnership');
    const gap = shadow(el).querySelector<HTMLElement>('.gap')!;
    for (const [name, element] of [['now', now], ['aim', aim], ['gap', gap]] as const) expect(isVisible(element), name).to.equal(true);
    expect(now.hasAttribute('data-now') && aim.hasAttribute('data-aim')).to.equal(true);
    // the two rungs look different from each other and from an unmarked rung
    const border = (element: HTMLElement) => getComputedStyle(element).borderTopStyle;
    expect([border(now), border(aim), border(rung(el, 'placation'))]).to.deep.equal(['solid', 'dashed', 'solid']);
    expect(getComputedStyle(now).backgroundColor).not.to.equal(getComputedStyle(rung(el, 'placation')).backgroundColor);
    // the gap runs from the middle of the aim rung (above) to the middle of the now rung
    const span = gap.getBoundingClientRect();
    const rungHeight = now.getBoundingClientRect().height;
    expect(Math.abs(span.top - middleOf(aim.getBoundingClientRect())) / rungHeight).to.be.below(0.25);
    expect(Math.abs(span.bottom - middleOf(now.getBoundingClientRect())) / rungHeight).to.be.below(0.25);
    expect(gap.dataset['direction']).to.equal('up');
    expect(gap.getAttribute('aria-hidden')).to.equal('true');
    // both marks are in the rungs' descriptions, and the gap in words
    expect(description(el, now)).to.contain('Now');
    expect(description(el, aim)).to.contain('Aim');
    expect(shadow(el).querySelector('[part="summary"]')!.textContent).to.contain('move up 2 rungs');
    await expect(el).to.be.accessible();
  });

  it('measures the gap once laid out, not in its first update: a page inserting many ladders forces no layout per ladder', async () => {
    const reads = { count: 0 };
    const offsetTop = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetTop')!;
    Object.defineProperty(HTMLElement.prototype, 'offsetTop', {
      configurable: true,
      get(this: HTMLElement) {
        reads.count++;
        return offsetTop.get!.call(this);
      },
    });
    try {
      const el = document.createElement('cf-participation-ladder') as ParticipationLadder;
      el.setAttribute('value', 'consultation');
      el.setAttribute('aspiration', 'partnership');
      document.body.append(el);
      try {
        await el.updateComplete;
        const gap = shadow(el).querySelector<HTMLElement>('.gap')!;
        expect(reads.count, 'layout read in the first update').to.equal(0);
        expect([gap.hidden, gap.dataset['direction']], 'shown, pointing at the aim above').to.deep.equal([false, 'up']);
        await nextFrames();
        expect(reads.count, 'measured once laid out').to.be.above(0);
        const span = gap.getBoundingClientRect();
        const now = rung(el, 'consultation').getBoundingClientRect();
        expect(Math.abs(span.bottom - middleOf(now)) / now.height).to.be.below(0.25);
      } finally {
        el.remove();
      }
    } finally {
      Object.defineProperty(HTMLElement.prototype, 'offsetTop', offsetTop);
    }
  });

  it('draws no gap until both marks are set on different rungs, and follows the rungs when the width changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px"><cf-participation-ladder value="therapy"></cf-participation-ladder></div>`);
    const el = wrapper.querySelector('cf-participation-ladder')!;
    const gap = () => shadow(el).querySelector<HTMLElement>('.gap')!;
    expect(isVisible(gap()), 'only now').to.equal(false);
    el.aspiration = 'therapy';
    await el.updateComplete;
    expect(isVisible(gap()), 'the same rung').to.equal(false);
    el.aspiration = 'citizen-control';
    await el.updateComplete;
    expect(isVisible(gap())).to.equal(true);
    wrapper.style.width = '320px'; // the rungs' text wraps: taller rungs, a longer gap
    await nextFrames(3);
    const span = gap().getBoundingClientRect();
    const rungHeight = rung(el, 'therapy').getBoundingClientRect().height;
    expect(Math.abs(span.bottom - middleOf(rung(el, 'therapy').getBoundingClientRect())) / rungHeight).to.be.below(0.25);
    expect(Math.abs(span.top - middleOf(rung(el, 'citizen-control').getBoundingClientRect())) / rungHeight).to.be.below(0.25);
    el.value = 'partnership'; // now above the aim: the arrow points down
    el.aspiration = 'informing';
    await el.updateComplete;
    expect(gap().dataset['direction']).to.equal('down');
  });

  it('moves the switch on to "Where we want to be" after the first click sets now, and says so', async () => {
    const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder></cf-participation-ladder>`);
    const marking = shadow(el).querySelector('[part="marking"]')!;
    expect(marking.textContent).to.contain('Next click sets');
    expect(switchFor(el, 'now').getAttribute('aria-pressed')).to.equal('true');
    rung(el, 'informing').click();
    await el.updateComplete;
    expect(el.value).to.equal('informing');
    expect(switchFor(el, 'aim').getAttribute('aria-pressed')).to.equal('true');
    await nextFrames();
    // a screen reader in browse mode clicks too: it hears that the switch moved, so the rung it has just chosen reading "not checked" is no surprise
    expect(liveRegion(el)).to.equal('Where we are now: Informing. Next, choose where you want to be: the next click sets that.');
    rung(el, 'partnership').click();
    await el.updateComplete;
    expect([el.value, el.aspiration]).to.deep.equal(['informing', 'partnership']);
    expect(switchFor(el, 'aim').getAttribute('aria-pressed'), 'stays on aim').to.equal('true');
    // the reader can go back: a click then moves now, and the switch stays on now
    switchFor(el, 'now').click();
    await el.updateComplete;
    rung(el, 'consultation').click();
    await el.updateComplete;
    expect([el.value, el.aspiration]).to.deep.equal(['consultation', 'partnership']);
    expect(switchFor(el, 'now').getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('previews on the focused rung which mark Space would set', async () => {
    const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder value="informing"></cf-participation-ladder>`);
    const preview = (id: string) => getComputedStyle(rung(el, id), '::after').content;
    switchFor(el, 'aim').click();
    await el.updateComplete;
    switchFor(el, 'aim').focus();
    await sendKeys({ press: 'Tab' });
    expect((shadow(el).activeElement as HTMLElement).dataset['level']).to.equal('informing');
    expect(preview('informing')).to.contain('Aim');
    expect(preview('partnership'), 'not focused, not hovered').to.equal('none');
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(el.aspiration).to.equal('consultation');
    expect(preview('consultation'), 'already the aim').to.equal('none');
    await expect(el).to.be.accessible();
  });
});

describe('<cf-participation-ladder>: rows stay rows from 320 to 1280 px', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const width of [320, 360, 480, 768, 900, 1280]) {
    it(`at ${width} px: the tabs are one row with the chosen tab in view, two buttons share a row, no horizontal scroll`, async () => {
      await setViewport({ width, height: 800 });
      const el = await fixture<ParticipationLadder>(
        html`<cf-participation-ladder perspectives="Staff; People who use the service; Family carers and supporters" value="consultation" aspiration="partnership" persist id="rows-${width}"></cf-participation-ladder>`,
      );
      const tabs = [...shadow(el).querySelectorAll<HTMLElement>('[role="tab"]')];
      tabs[2]!.click();
      await el.updateComplete;
      await nextFrames();
      const tops = (elements: HTMLElement[]) => new Set(elements.map((element) => Math.round(element.getBoundingClientRect().top)));
      expect(tops(tabs).size, 'tabs in one row').to.equal(1);
      const list = shadow(el).querySelector('[role="tablist"]')!.getBoundingClientRect();
      const chosen = tabs[2]!.getBoundingClientRect();
      expect(chosen.left >= list.left - 1 && chosen.right <= list.right + 1, 'chosen tab scrolled into view').to.equal(true);
      expect(tops([switchFor(el, 'now'), switchFor(el, 'aim')]).size, 'the two switch halves side by side').to.equal(1);
      const actions = [...shadow(el).querySelectorAll<HTMLElement>('[part="actions"] [data-action]')];
      expect(tops(actions.slice(0, 2)).size, 'the first two export buttons side by side').to.equal(1);
      const page = document.scrollingElement!;
      expect(page.scrollWidth, 'no horizontal scroll').to.be.at.most(page.clientWidth);
      await expect(el).to.be.accessible();
      el.clearAnswers(); // leave nothing stored for the next width
    });
  }
});

/**
 * Which edges of the tab row are shaded: an inset shadow from the left edge
 * has a positive x offset, from the right edge a negative one; a transparent
 * shadow is no shade.
 */
function shadedEdges(row: Element): { left: boolean; right: boolean } {
  const shadows = getComputedStyle(row).boxShadow.split(/,(?![^(]*\))/);
  const shaded = (sign: number) =>
    shadows.some((shadow) => {
      // the colour comes first, as rgb(), rgba() or oklab() (what color-mix gives)
      const [colour = '', offsets = ''] = /^\s*(\w+\([^)]*\))(.*)$/.exec(shadow)?.slice(1) ?? [];
      const transparent = /[/,]\s*0\)$/.test(colour);
      return !transparent && parseFloat(offsets) * sign > 0;
    });
  return { left: shaded(1), right: shaded(-1) };
}

describe('<cf-participation-ladder>: the tab row shows where more tabs are', () => {
  after(() => setViewport({ width: 800, height: 600 }));
  const perspectives = 'Staff; People who use the service; Family carers and supporters';

  it('at 360 px: shades the edge with tabs beyond it and not the other, as the row scrolls or the keys move along it', async () => {
    await setViewport({ width: 360, height: 800 });
    const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder perspectives=${perspectives}></cf-participation-ladder>`);
    const row = shadow(el).querySelector<HTMLElement>('[role="tablist"]')!;
    const tabs = [...row.querySelectorAll<HTMLElement>('[role="tab"]')];
    await nextFrames();
    expect(row.scrollWidth, 'the row overflows').to.be.greaterThan(row.clientWidth + 10);
    expect(shadedEdges(row), 'at the start').to.deep.equal({ left: false, right: true });
    await expect(el).to.be.accessible();
    row.scrollLeft = (row.scrollWidth - row.clientWidth) / 2;
    await nextFrames();
    expect(shadedEdges(row), 'in the middle').to.deep.equal({ left: true, right: true });
    row.scrollLeft = 0;
    // the keys as before: End goes to the last tab, which scrolls into view, and the shade moves
    tabs[0]!.focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    await nextFrames();
    const inView = (tab: HTMLElement) => tab.getBoundingClientRect().left >= row.getBoundingClientRect().left - 1 && tab.getBoundingClientRect().right <= row.getBoundingClientRect().right + 1;
    expect(shadow(el).activeElement, 'End focuses the last tab').to.equal(tabs[2]);
    expect(inView(tabs[2]!), 'the last tab in view').to.equal(true);
    expect(shadedEdges(row), 'at the end').to.deep.equal({ left: true, right: false });
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    await nextFrames();
    expect(shadow(el).activeElement, 'ArrowRight wraps to the first tab').to.equal(tabs[0]);
    expect(inView(tabs[0]!), 'the first tab in view').to.equal(true);
    expect(shadedEdges(row), 'back at the start').to.deep.equal({ left: false, right: true });
  });

  it('shades the left edge first in a right-to-left row, and neither edge when every tab fits', async () => {
    await setViewport({ width: 360, height: 800 });
    const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder dir="rtl" perspectives=${perspectives}></cf-participation-ladder>`);
    const row = shadow(el).querySelector<HTMLElement>('[role="tablist"]')!;
    await nextFrames();
    expect(row.scrollWidth, 'the row overflows').to.be.greaterThan(row.clientWidth + 10);
    expect(shadedEdges(row), 'at the start, on the right').to.deep.equal({ left: true, right: false });
    await setViewport({ width: 1280, height: 800 });
    el.removeAttribute('dir');
    await nextFrames();
    expect(row.scrollWidth, 'every tab fits').to.be.at.most(row.clientWidth);
    expect(shadedEdges(row), 'no shade').to.deep.equal({ left: false, right: false });
  });
});

/** The PNG that "Download image" saves, as pixels. */
async function downloadedImage(el: ParticipationLadder): Promise<ImageData> {
  // the drawing code is a chunk loaded on first use: on a busy machine that and the drawing take seconds
  const [download] = await captureDownloads(() => shadow(el).querySelector<HTMLButtonElement>('[data-action="image"]')!.click(), 1, 15_000);
  if (!download) throw new Error('"Download image" saved nothing within 15 s');
  const bitmap = await createImageBitmap(download.blob);
  const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height);
}

const pixel = (image: ImageData, x: number, y: number) => [...image.data.slice((y * image.width + x) * 4, (y * image.width + x) * 4 + 3)] as [number, number, number];
const isWhite = (image: ImageData, x: number, y: number) => pixel(image, x, y).every((channel) => channel > 245);
/** The image's accent: a strong blue (the rungs' tints and the text are not). */
const isAccent = (image: ImageData, x: number, y: number) => {
  const [red, , blue] = pixel(image, x, y);
  return blue - red > 100;
};

/** The middle of each rung's row, top first: the runs of colour down a column right of the labels and left of the marks. */
function rowMiddles(image: ImageData): number[] {
  const x = Math.round(image.width * 0.6);
  const middles: number[] = [];
  let start = -1;
  for (let y = 0; y < image.height; y++) {
    const painted = !isWhite(image, x, y);
    if (painted && start < 0) start = y;
    if (!painted && start >= 0) {
      middles.push(Math.round((start + y - 1) / 2));
      start = -1;
    }
  }
  return middles;
}

/** Where the rungs start: the first painted pixel along a row that has no bracket. */
const rungsLeft = (image: ImageData, y: number) => {
  let x = 0;
  while (isWhite(image, x, y)) x++;
  return x;
};

/** Accent pixels left of the rungs, within `reach` of row `y` (the whole gutter without `y`). */
function accentLeftOf(image: ImageData, left: number, y?: number, reach = 10): number {
  let count = 0;
  for (let row = y === undefined ? 0 : y - reach; row <= (y === undefined ? image.height - 1 : y + reach); row++) {
    for (let x = 0; x < left; x++) if (isAccent(image, x, row)) count++;
  }
  return count;
}

describe('<cf-participation-ladder>: the gap in the downloaded image', function () {
  // two drawings in a test, each up to 15 s on a busy machine (downloadedImage)
  this.timeout(40_000);
  for (const [now, aim, way] of [
    ['informing', 'partnership', 'up'],
    ['partnership', 'informing', 'down'],
  ] as const) {
    it(`draws the now-to-aim bracket left of the rungs, joining their rows with its arrow at the aim (${way})`, async () => {
      const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder value=${now} aspiration=${aim}></cf-participation-ladder>`);
      const withAim = await downloadedImage(el);
      el.aspiration = '';
      await el.updateComplete;
      const withoutAim = await downloadedImage(el);
      const topFirst = [...el.scaleDefinition.levels].reverse().map((level) => level.id);
      const rows = rowMiddles(withoutAim);
      expect(rows, 'one row per rung').to.have.length(topFirst.length);
      const [nowRow, aimRow] = [rows[topFirst.indexOf(now)]!, rows[topFirst.indexOf(aim)]!];
      expect(rowMiddles(withAim), 'the rungs in the same rows').to.deep.equal(rows);
      const left = rungsLeft(withoutAim, nowRow);
      expect(left, 'a gutter left of the rungs').to.be.greaterThan(0);
      // between the rows, some column of the gutter is the accent all the way down, and only with an aim
      const joined = (image: ImageData) =>
        Array.from({ length: left }, (_, x) => x).filter((x) => {
          for (let y = Math.min(nowRow, aimRow); y <= Math.max(nowRow, aimRow); y++) if (!isAccent(image, x, y)) return false;
          return true;
        });
      expect(joined(withAim), 'a bracket joins the rows').to.not.be.empty;
      expect(accentLeftOf(withoutAim, left), 'nothing there without an aim').to.equal(0);
      // the arrow head makes the aim's end of the bracket heavier than the now's
      expect(accentLeftOf(withAim, left, aimRow), 'arrow at the aim').to.be.greaterThan(accentLeftOf(withAim, left, nowRow) * 1.2);
    });
  }

  it("draws each perspective's bracket in a column of its own, between its own rows", async () => {
    const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder perspectives="Staff; Members" value="consultation" aspiration="partnership"></cf-participation-ladder>`);
    shadow(el).querySelectorAll<HTMLElement>('[role="tab"]')[1]!.click();
    await el.updateComplete;
    rung(el, 'therapy').click(); // now, and the switch moves on to the aim
    await el.updateComplete;
    rung(el, 'informing').click(); // rows apart from the staff's, so each bracket is found alone
    await el.updateComplete;
    const image = await downloadedImage(el);
    const topFirst = [...el.scaleDefinition.levels].reverse().map((level) => level.id);
    const rows = rowMiddles(image);
    const row = (id: string) => rows[topFirst.indexOf(id)]!;
    const left = rungsLeft(image, rows[0]!);
    /** The gutter's columns that are the accent all the way from one row to the other. */
    const joining = (from: string, to: string) =>
      Array.from({ length: left }, (_, x) => x).filter((x) => {
        for (let y = Math.min(row(from), row(to)); y <= Math.max(row(from), row(to)); y++) if (!isAccent(image, x, y)) return false;
        return true;
      });
    const staff = joining('consultation', 'partnership');
    const members = joining('therapy', 'informing');
    expect(staff, "staff's bracket").to.not.be.empty;
    expect(members, "members' bracket").to.not.be.empty;
    expect(Math.max(...members), 'the second a step further out').to.be.lessThan(Math.min(...staff));
  });

  it('draws no bracket when now and aim are the same rung', async () => {
    const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder value="placation" aspiration="placation"></cf-participation-ladder>`);
    const image = await downloadedImage(el);
    const rows = rowMiddles(image);
    expect(accentLeftOf(image, rungsLeft(image, rows[0]!))).to.equal(0);
  });
});
