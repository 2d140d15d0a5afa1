/**
 * Issue 12 item 1: one weight control that never breaks 3 + 1, short labels
 * that never wrap, and the author's weight shown as a suggestion until the
 * reader weighs the point.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/pros-cons/define.js';
import type { ProsCons } from '../../src/pros-cons/pros-cons.js';
import { forceColours, systemColour } from '../support/forced-colours.js';
import { accessibleRadios, groups, radio, seedLists, shadow } from './helpers.js';

/**
 * A key press first, as a keyboard reader's focus comes: the browser draws
 * :focus-visible for script focus only when the last input was not a pointer,
 * and other tests in the same page may have clicked.
 */
const keyboardModality = () => sendKeys({ press: 'Shift' });

const WIDTHS = [320, 360, 480, 768, 900, 1280];

/** The four radios sit in one row, or two rows of two with the columns lined up: never 3 + 1. */
function layoutOf(group: HTMLElement): string {
  const boxes = Array.from(group.querySelectorAll<HTMLElement>('[role="radio"]')).map((radio) => radio.getBoundingClientRect());
  const [a, b, c, d] = boxes.map((box) => ({ top: Math.round(box.top), left: Math.round(box.left) }));
  if (!a || !b || !c || !d) return 'missing radios';
  if (a.top === b.top && b.top === c.top && c.top === d.top) return 'row';
  if (a.top === b.top && c.top === d.top && a.top < c.top && a.left === c.left && b.left === d.left) return 'grid';
  return `broken (${boxes.map((box) => `${Math.round(box.left)},${Math.round(box.top)}`).join(' ')})`;
}

/** A label on one line, not cut off. */
function labelProblem(radio: HTMLElement): string {
  const label = radio.querySelector<HTMLElement>('.weight-label');
  if (!label) return 'no label';
  const range = document.createRange();
  range.selectNodeContents(label);
  const lines = new Set(Array.from(range.getClientRects()).map((rect) => Math.round(rect.top))).size;
  if (lines !== 1) return `"${label.textContent}" on ${lines} lines`;
  if (label.scrollWidth > label.clientWidth) return `"${label.textContent}" cut off`;
  return '';
}

function checkLayout(el: ProsCons, where: string): void {
  const all = groups(el);
  expect(all, where).to.have.length(13);
  all.forEach((group, index) => {
    expect(layoutOf(group), `${where}, point ${index}`).to.be.oneOf(['row', 'grid']);
    for (const radio of group.querySelectorAll<HTMLElement>('[role="radio"]')) expect(labelProblem(radio), `${where}, point ${index}`).to.equal('');
  });
  const page = document.scrollingElement!;
  expect(page.scrollWidth, `${where}: horizontal scroll`).to.be.at.most(page.clientWidth);
}

/** The text of the elements an element's aria-describedby names, in its shadow root. */
function description(el: ProsCons, radio: HTMLElement): string {
  const ids = (radio.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => shadow(el).getElementById(id)?.textContent?.trim() ?? '').join(' ');
}

function checked(group: HTMLElement): HTMLElement {
  return group.querySelector<HTMLElement>('[role="radio"][aria-checked="true"]')!;
}

/** The dashed "author's suggestion" cue, drawn by the weight's ::before so a focus outline does not replace it. */
const cue = (radio: HTMLElement) => getComputedStyle(radio, '::before');

const states = (el: ProsCons) => groups(el).map((group) => group.getAttribute('data-state'));

describe('<cf-pros-cons> weight control layout', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('at viewport widths 320-1280 px, every point’s four weights sit in a row or 2 x 2, each label on one line, and the page does not scroll sideways', async function () {
    this.timeout(60_000);
    for (const width of WIDTHS) {
      await setViewport({ width, height: 800 });
      const el = await fixture<ProsCons>(html`<cf-pros-cons heading="Social media for CPD" pros-label="Benefits" cons-label="Pitfalls">${seedLists()}</cf-pros-cons>`);
      checkLayout(el, `viewport ${width} px`);
      radio(el, 0, 3).click(); // the chosen (bold) form fits too
      await el.updateComplete;
      checkLayout(el, `viewport ${width} px, one weighed`);
      fixtureCleanup();
    }
  });

  it('in containers 320-1280 px wide, likewise; a wide point puts all four in one row', async function () {
    this.timeout(60_000);
    await setViewport({ width: 1300, height: 800 });
    for (const width of WIDTHS) {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px; font-size: 16px"><cf-pros-cons>${seedLists()}</cf-pros-cons></div>`);
      const el = wrapper.querySelector('cf-pros-cons') as ProsCons;
      await el.updateComplete;
      checkLayout(el, `container ${width} px`);
      if (width === 1280) expect(layoutOf(groups(el)[0]!), 'two columns in 1280 px').to.equal('row');
      fixtureCleanup();
    }
  });

  it('short labels, with the long meaning in each radio’s description', async () => {
    const el = await fixture<ProsCons>(html`<cf-pros-cons>${seedLists()}</cf-pros-cons>`);
    const radios = Array.from(groups(el)[0]!.querySelectorAll<HTMLElement>('[role="radio"]'));
    expect(radios.map((item) => item.textContent?.trim())).to.deep.equal(['Not me', 'Minor', 'Important', 'Crucial']);
    expect(description(el, radios[0]!)).to.equal('Does not apply to me.');
  });

  it('a screen reader hears each weight’s description as clean sentences, and none that only repeats the name', async () => {
    const el = await fixture<ProsCons>(html`<cf-pros-cons><ul slot="pros"><li>One</li></ul><ul slot="cons"><li>Two</li></ul></cf-pros-cons>`);
    radio(el, 1, 1).click();
    await el.updateComplete;
    const read = (await accessibleRadios()).map((node) => `${node.name}: ${node.description ?? ''}`);
    expect(read.slice(0, 8)).to.deep.equal([
      ...['Not me: Does not apply to me.', 'Minor: ', 'Important: Suggested by the author.', 'Crucial: '], // the author's suggestion
      ...['Not me: Does not apply to me.', 'Minor: ', 'Important: ', 'Crucial: '], // the reader's choice
    ]);
    await expect(el).to.be.accessible();
  });
});

describe('<cf-pros-cons> author’s weight as a suggestion', () => {
  it('an untouched appraisal marks every author weight as suggested and none as chosen, and says so', async () => {
    const el = await fixture<ProsCons>(html`<cf-pros-cons>${seedLists()}</cf-pros-cons>`);
    expect(states(el)).to.deep.equal(Array(13).fill('suggested'));
    for (const group of groups(el)) {
      expect(description(el, checked(group))).to.equal('Suggested by the author.');
      for (const other of group.querySelectorAll<HTMLElement>('[role="radio"][aria-checked="false"]')) expect(description(el, other)).not.to.contain('Suggested');
    }
    // visibly different from a chosen weight: outlined and dashed, not filled with the accent
    const style = getComputedStyle(checked(groups(el)[0]!));
    expect(cue(checked(groups(el)[0]!)).borderTopStyle).to.equal('dashed');
    expect(style.color).not.to.equal(getComputedStyle(el).getPropertyValue('--cf-accent-text'));
    expect(shadow(el).querySelector('.suggested-note')?.textContent).to.contain('author’s suggested weight');
    expect(shadow(el).querySelector('.legend')?.textContent).to.contain('suggestion');
    await expect(el).to.be.accessible();
  });

  it('after the reader weighs one point by click, that point alone is chosen (picking the suggested weight counts)', async () => {
    const el = await fixture<ProsCons>(html`<cf-pros-cons>${seedLists()}</cf-pros-cons>`);
    const suggestedBackground = getComputedStyle(checked(groups(el)[2]!)).backgroundColor;
    let changes = 0;
    el.addEventListener('change', () => (changes += 1));
    radio(el, 2, 2).click(); // the author's weight itself
    await el.updateComplete;
    await Promise.all(shadow(el).getAnimations().map((animation) => animation.finished)); // colours fade (180 ms)
    expect(changes).to.equal(1);
    expect(states(el)).to.deep.equal(states(el).map((_, index) => (index === 2 ? 'chosen' : 'suggested')));
    expect(description(el, checked(groups(el)[2]!))).to.equal('');
    const chosenStyle = getComputedStyle(checked(groups(el)[2]!));
    expect(chosenStyle.backgroundColor).not.to.equal(suggestedBackground);
    expect(cue(checked(groups(el)[2]!)).borderTopStyle).to.equal('none');
    await expect(el).to.be.accessible();
  });

  it('a focused suggested weight shows the focus ring and the dashed suggestion cue together, in light, dark and forced colours', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await fixture<ProsCons>(html`<cf-pros-cons theme=${theme}><ul slot="pros"><li>One</li></ul><ul slot="cons"><li>Two</li></ul></cf-pros-cons>`);
      const suggested = checked(groups(el)[0]!);
      await keyboardModality();
      suggested.focus();
      expect(suggested.matches(':focus-visible'), theme).to.equal(true);
      const style = getComputedStyle(suggested);
      expect(style.outlineStyle, `${theme}: focus ring`).to.equal('solid');
      expect(cue(suggested).borderTopStyle, `${theme}: suggestion cue`).to.equal('dashed');
      // the ring lies outside the dashed line (an outline is drawn outward from its offset), so neither covers the other
      expect(-parseFloat(style.outlineOffset), `${theme}: ring clear of the cue`).to.be.below(parseFloat(cue(suggested).top));
      expect(cue(suggested).borderTopColor, `${theme}: cue shows on its fill`).not.to.equal(style.backgroundColor);
      await expect(el).to.be.accessible();
      if (theme === 'dark') {
        const restore = await forceColours(el);
        try {
          expect(cue(suggested).borderTopStyle, 'forced colours: suggestion cue').to.equal('dashed');
          expect(cue(suggested).borderTopColor, 'forced colours: cue colour').to.equal(systemColour('Highlight'));
          expect(cue(suggested).getPropertyValue('forced-color-adjust'), 'forced colours keep the cue').to.equal('none');
          expect(getComputedStyle(suggested).outlineStyle, 'forced colours: focus ring').to.equal('solid');
        } finally {
          await restore();
        }
      }
    }
  });

  it('a focused chosen weight’s focus ring shows on its fill, in light, dark and forced colours', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await fixture<ProsCons>(html`<cf-pros-cons theme=${theme}><ul slot="pros"><li>One</li></ul><ul slot="cons"><li>Two</li></ul></cf-pros-cons>`);
      radio(el, 0, 3).click();
      await el.updateComplete;
      const chosen = checked(groups(el)[0]!);
      chosen.blur();
      await keyboardModality();
      chosen.focus();
      expect(chosen.matches(':focus-visible'), theme).to.equal(true);
      const ringOnFill = () => {
        const style = getComputedStyle(chosen);
        return `${style.outlineStyle} ${style.outlineColor === style.backgroundColor ? 'lost in the fill' : 'on the fill'}`;
      };
      await Promise.all(shadow(el).getAnimations().map((animation) => animation.finished)); // the fill fades in (180 ms)
      expect(ringOnFill(), theme).to.equal('solid on the fill');
      await expect(el).to.be.accessible();
      if (theme === 'light') {
        const restore = await forceColours(el);
        try {
          expect(ringOnFill(), 'forced colours').to.equal('solid on the fill');
        } finally {
          await restore();
        }
      }
    }
  });

  it('after the reader weighs one point by keyboard, that point alone is chosen', async () => {
    const el = await fixture<ProsCons>(html`<cf-pros-cons>${seedLists()}</cf-pros-cons>`);
    checked(groups(el)[8]!).focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(states(el)).to.deep.equal(states(el).map((_, index) => (index === 8 ? 'chosen' : 'suggested')));
    expect(checked(groups(el)[8]!).getAttribute('data-weight')).to.equal('3');
    // Space on the suggested weight makes it the reader's too
    checked(groups(el)[9]!).focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(states(el).filter((state) => state === 'chosen')).to.have.length(2);
    expect(checked(groups(el)[9]!).getAttribute('data-weight')).to.equal('2');
  });

  it('once every point is weighed the suggestion notes go; "Clear my answers" brings the suggestions back', async () => {
    const el = await fixture<ProsCons>(html`<cf-pros-cons persist id="suggest-clear"><ul slot="pros"><li>One</li></ul><ul slot="cons"><li>Two</li></ul></cf-pros-cons>`);
    radio(el, 0, 3).click();
    radio(el, 1, 1).click();
    await el.updateComplete;
    expect(states(el)).to.deep.equal(['chosen', 'chosen']);
    expect(shadow(el).querySelector('.suggested-note')).to.equal(null);
    expect(shadow(el).querySelector('.legend')).to.equal(null);
    el.clearAnswers();
    await el.updateComplete;
    expect(states(el)).to.deep.equal(['suggested', 'suggested']);
    localStorage.clear();
  });

  it('the form value says which points the reader chose, and persist remembers it', async () => {
    localStorage.clear();
    const template = () => html`<cf-pros-cons persist id="suggest-persist">${seedLists()}</cf-pros-cons>`;
    const el = await fixture<ProsCons>(template());
    radio(el, 1, 0).click();
    radio(el, 4, 2).click();
    await el.updateComplete;
    const record = JSON.parse(el.value) as { pros: { chosen: boolean }[]; cons: { chosen: boolean }[] };
    expect([...record.pros, ...record.cons].map((point) => point.chosen)).to.deep.equal([false, true, false, false, true, false, false, false, false, false, false, false, false]);
    fixtureCleanup();
    const again = await fixture<ProsCons>(template());
    expect(states(again).map((state, index) => `${index}:${state}`).filter((entry) => entry.endsWith('chosen'))).to.deep.equal(['1:chosen', '4:chosen']);
    expect(checked(groups(again)[1]!).getAttribute('data-weight')).to.equal('0');
    localStorage.clear();
  });

  it('a saved value from before the flag counts a weight unlike the author’s as chosen', async () => {
    const el = await fixture<ProsCons>(html`<cf-pros-cons><ul slot="pros"><li data-weight="3">One</li><li>Two</li></ul><ul slot="cons"><li>Three</li></ul></cf-pros-cons>`);
    el.value = JSON.stringify({ pros: [{ text: 'One', weight: 3 }, { text: 'Two', weight: 1 }], cons: [{ text: 'Three', weight: 2 }], reflection: '' });
    await el.updateComplete;
    expect(states(el)).to.deep.equal(['suggested', 'chosen', 'suggested']);
  });

  it('read mode passes axe', async () => {
    const el = await fixture<ProsCons>(html`<cf-pros-cons mode="read" heading="Social media for CPD">${seedLists()}</cf-pros-cons>`);
    await expect(el).to.be.accessible();
  });
});
