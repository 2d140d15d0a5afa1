import { expect, fixture, html } from '@open-wc/testing';
import '../../src/pros-cons/define.js';
import type { ProsCons } from '../../src/pros-cons/pros-cons.js';
import { accessibleRadios, captureWarnings, radio, seedLists, shadow } from './helpers.js';

describe('<cf-pros-cons> accessibility (axe)', () => {
  it('read mode', async () => {
    const el = await fixture<ProsCons>(html`<cf-pros-cons mode="read" heading="Social media for CPD">${seedLists()}</cf-pros-cons>`);
    await expect(el).to.be.accessible();
  });

  it('read mode from JSON', async () => {
    const el = await fixture<ProsCons>(html`<cf-pros-cons mode="read"><script type="application/json">{ "pros": ["A"], "cons": ["B"] }</script></cf-pros-cons>`);
    await expect(el).to.be.accessible();
  });

  it('appraise, untouched', async () => {
    const el = await fixture<ProsCons>(html`<cf-pros-cons heading="Social media for CPD">${seedLists()}</cf-pros-cons>`);
    await expect(el).to.be.accessible();
  });

  it('weighted', async () => {
    const el = await fixture<ProsCons>(html`<cf-pros-cons>${seedLists()}</cf-pros-cons>`);
    radio(el, 0, 3).click();
    radio(el, 1, 0).click();
    radio(el, 8, 1).click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('with the reader’s own points, one being edited, and an add error', async () => {
    const el = await fixture<ProsCons>(html`<cf-pros-cons persist id="a11y-own">${seedLists()}</cf-pros-cons>`);
    el.addPoint('pro', 'Keeps my teaching relevant');
    el.addPoint('con', 'Hard to switch off');
    el.addPoint('con', '   ');
    await el.updateComplete;
    await expect(el).to.be.accessible();
    shadow(el).querySelector<HTMLButtonElement>('.point.own [data-action="edit"]')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.clearAnswers();
    localStorage.clear();
  });

  it('dark theme', async () => {
    const el = await fixture<ProsCons>(html`<cf-pros-cons theme="dark" heading="Social media for CPD">${seedLists()}</cf-pros-cons>`);
    radio(el, 0, 3).click();
    el.addPoint('con', 'Hard to switch off');
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const read = await fixture<ProsCons>(html`<cf-pros-cons theme="dark" mode="read">${seedLists()}</cf-pros-cons>`);
    await expect(read).to.be.accessible();
  });

  it('bad input', async () => {
    await captureWarnings(async () => {
      const el = await fixture<ProsCons>(html`<cf-pros-cons><script type="application/json">{ nope</script></cf-pros-cons>`);
      await expect(el).to.be.accessible();
    });
  });

  it('disabled', async () => {
    const el = await fixture<ProsCons>(html`<cf-pros-cons disabled>${seedLists()}</cf-pros-cons>`);
    await expect(el).to.be.accessible();
  });

  it('touch targets are at least 24 by 24 px (44 for weights and buttons at 16px)', async () => {
    const el = await fixture<ProsCons>(html`<cf-pros-cons style="font-size: 16px">${seedLists()}</cf-pros-cons>`);
    el.addPoint('pro', 'Mine');
    await el.updateComplete;
    const targets = Array.from(shadow(el).querySelectorAll<HTMLElement>('[role="radio"], button, input[type="text"], .side-choice'));
    expect(targets.length).to.be.greaterThan(50);
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      expect(box.height, target.outerHTML.slice(0, 60)).to.be.at.least(24);
      expect(box.width, target.outerHTML.slice(0, 60)).to.be.at.least(24);
    }
    const weights = Array.from(shadow(el).querySelectorAll<HTMLElement>('[role="radio"]'));
    expect(Math.min(...weights.map((weight) => weight.getBoundingClientRect().height))).to.be.at.least(44);
  });
});

describe('<cf-pros-cons> weights at narrow widths', () => {
  it('choosing a weight (shown bold) never changes the size of its buttons, and each is named once', async () => {
    // widths where bold labels used to wrap onto a second line (found by trying 220-900 px)
    let el!: ProsCons;
    for (const width of [360, 420, 540, 820]) {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px; font-size: 16px"><cf-pros-cons>${seedLists()}</cf-pros-cons></div>`);
      el = wrapper.querySelector('cf-pros-cons') as ProsCons;
      await el.updateComplete;
      const sizes = () => Array.from(shadow(el).querySelectorAll<HTMLElement>('[role="radio"]')).slice(0, 4).map((weight) => `${weight.offsetWidth}x${weight.offsetHeight}`);
      const before = sizes();
      for (const weight of [0, 1, 2, 3]) {
        radio(el, 0, weight).click();
        await el.updateComplete;
        expect(sizes(), `${width} px, weight ${weight} chosen`).to.deep.equal(before);
      }
    }
    // the hidden bold copy is not read out: each radio is named by its label once
    const radios = (await accessibleRadios()).map((node) => node.name);
    expect(radios.slice(0, 4)).to.deep.equal(['Not me', 'Minor', 'Important', 'Crucial']);
    // the last choice fades in (180 ms): axe checks the colours it ends with
    await Promise.all(shadow(el).getAnimations().map((animation) => animation.finished));
    await expect(el).to.be.accessible();
  });
});

describe('<cf-pros-cons> twice on one page', () => {
  it('passes axe: its sides are groups, not landmarks repeated per widget', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <cf-pros-cons mode="read"><ul slot="pros"><li>One</li></ul><ul slot="cons"><li>Two</li></ul></cf-pros-cons>
      <cf-pros-cons><ul slot="pros"><li>One</li></ul><ul slot="cons"><li>Two</li></ul></cf-pros-cons>
    </div>`);
    await Promise.all([...wrapper.querySelectorAll('cf-pros-cons')].map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    await expect(wrapper).to.be.accessible();
  });
});
