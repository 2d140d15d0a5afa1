/**
 * Issue 10: "Help me decide" and the PNG drawing load on first use, each with
 * a loading state. Each test is the first use of its part on this page (a
 * test file runs in a page of its own), so the module is not cached yet.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/participation-ladder/define.js';
import type { ParticipationLadder } from '../../src/participation-ladder/participation-ladder.js';
import { captureDownloads, captureWarnings } from '../support/helpers.js';

const shadow = (el: HTMLElement) => el.shadowRoot!;
const button = (el: HTMLElement, selector: string) => shadow(el).querySelector<HTMLButtonElement>(selector)!;

/** Let Lit render (microtasks) without giving a module fetch (a task, at least) the time to arrive. */
async function renderedOnly(): Promise<void> {
  for (let turn = 0; turn < 10; turn++) await Promise.resolve();
}

describe('<cf-participation-ladder>: parts loaded on first use', () => {
  it('says "Loading…" in the questionnaire panel until "Help me decide" arrives, then shows its six questions', async () => {
    const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder></cf-participation-ladder>`);
    button(el, '.help-toggle').click();
    await renderedOnly();
    const panel = shadow(el).querySelector<HTMLElement>('[part="questionnaire"]')!;
    expect(panel.hidden).to.equal(false);
    expect(panel.querySelector('.loading')?.textContent).to.equal('Loading…');
    expect(panel.querySelectorAll('fieldset')).to.have.length(0);
    await expect(el).to.be.accessible();
    await el.updateComplete; // waits for the panel too
    expect(panel.querySelector('.loading')).to.equal(null);
    expect(panel.querySelectorAll('fieldset')).to.have.length(6);
    await expect(el).to.be.accessible();
    // the profile's bar is as long as the answer is high: Informing, rung 3 of 8
    panel.querySelectorAll<HTMLInputElement>('fieldset input')[2]!.click();
    await el.updateComplete;
    const bar = panel.querySelector<SVGSVGElement>('.bar')!;
    const filled = bar.querySelector('rect')!.getBoundingClientRect().width / bar.getBoundingClientRect().width;
    expect(filled).to.be.closeTo(3 / 8, 0.02);
  });

  it('says "Loading…" where the rungs will be while the code for a custom scale arrives, then shows its levels with the value set meanwhile', async () => {
    const el = document.createElement('cf-participation-ladder');
    el.innerHTML = '<script type="application/json">{ "name": "Mine", "levels": [{ "id": "low", "label": "Low" }, { "id": "high", "label": "High" }] }</script>';
    el.value = 'high';
    document.body.append(el);
    try {
      await renderedOnly();
      const placeholder = shadow(el).querySelector<HTMLElement>('.scale-loading')!;
      expect(placeholder.textContent).to.equal('Loading…');
      expect(placeholder.getAttribute('role')).to.equal('status');
      expect(shadow(el).querySelectorAll('[role="radio"]')).to.have.length(0);
      await expect(el).to.be.accessible();
      await el.updateComplete; // waits for the custom scale's code too
      expect(shadow(el).querySelector('.scale-loading')).to.equal(null);
      expect([...shadow(el).querySelectorAll('[role="radio"]')].map((rung) => rung.getAttribute('aria-checked'))).to.deep.equal(['true', 'false']);
      expect(el.scaleDefinition.name).to.equal('Mine');
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });

  it("words the questionnaire with its own English strings, which a page's strings still replace", async () => {
    const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder .strings=${{ 'help.notSure': 'Pas sûr' }}></cf-participation-ladder>`);
    button(el, '.help-toggle').click();
    await el.updateComplete;
    const panel = shadow(el).querySelector<HTMLElement>('[part="questionnaire"]')!;
    expect(panel.querySelector('p')?.textContent).to.match(/^Answer for each area of decision-making\./);
    expect(panel.querySelector('fieldset .answer:last-child span')?.textContent).to.equal('Pas sûr');
    expect(panel.querySelector('[part="suggestion"]')?.textContent).to.equal('Answer at least one question to see a suggestion.');
  });

  it("styles the questionnaire with rules that arrive with it, in every ladder that opens it", async () => {
    const first = await fixture<ParticipationLadder>(html`<div><cf-participation-ladder></cf-participation-ladder><cf-participation-ladder></cf-participation-ladder></div>`);
    const [one, two] = [...first.querySelectorAll<ParticipationLadder>('cf-participation-ladder')];
    for (const el of [one!, two!]) {
      button(el, '.help-toggle').click();
      await el.updateComplete;
      const answer = shadow(el).querySelector<HTMLElement>('.answer')!;
      // a label is inline without the panel's rules; they make each answer a flex row
      expect(getComputedStyle(answer).display, 'answer laid out').to.equal('flex');
      expect(getComputedStyle(shadow(el).querySelector('.question')!).borderTopStyle, 'question framed').to.equal('solid');
    }
    expect(shadow(one!).adoptedStyleSheets.length, 'adopted once').to.equal(shadow(two!).adoptedStyleSheets.length);
  });

  it('reserves the rungs\' height with "Loading…" while a non-default preset arrives, and keeps a value set meanwhile', async () => {
    const el = document.createElement('cf-participation-ladder');
    let reserved = 0;
    let fontSize = 16;
    const warnings = await captureWarnings(async () => {
      el.setAttribute('scale', 'hart');
      el.value = 'tokenism'; // a Hart level, set before Hart's levels are here
      el.aspiration = 'assigned-but-informed';
      document.body.append(el);
      await renderedOnly();
      const placeholder = shadow(el).querySelector<HTMLElement>('.scale-loading')!;
      expect(placeholder.textContent).to.equal('Loading…');
      expect(placeholder.getAttribute('role')).to.equal('status');
      expect(shadow(el).querySelectorAll('[role="radio"]')).to.have.length(0);
      reserved = placeholder.getBoundingClientRect().height;
      fontSize = parseFloat(getComputedStyle(placeholder).fontSize);
      await expect(el).to.be.accessible();
      await el.updateComplete; // waits for the preset too
    });
    try {
      expect(reserved / fontSize, 'eight rungs reserved, in em').to.be.at.least(30);
      expect(shadow(el).querySelector('.scale-loading')).to.equal(null);
      expect(shadow(el).querySelectorAll('[role="radio"]')).to.have.length(8);
      expect([el.value, el.aspiration]).to.deep.equal(['tokenism', 'assigned-but-informed']);
      expect(shadow(el).querySelector('[data-level="tokenism"]')!.getAttribute('aria-checked')).to.equal('true');
      expect(warnings, 'the early value is not called unknown').to.deep.equal([]);
      const rungsHeight = shadow(el).querySelector('[role="radiogroup"]')!.getBoundingClientRect().height;
      expect(reserved / rungsHeight, 'the placeholder reserves about the rungs\' height').to.be.within(0.6, 1.4);
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });

  it('says "Loading…" on the image button while the drawing code arrives, then downloads the PNG', async () => {
    const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder value="informing" aspiration="partnership"></cf-participation-ladder>`);
    const image = button(el, '[data-action="image"]');
    let whileLoading = '';
    const downloads = await captureDownloads(async () => {
      image.click();
      await renderedOnly();
      whileLoading = image.textContent!.trim();
    });
    expect(whileLoading).to.equal('Loading…');
    expect(downloads.map((download) => [download.filename, download.blob.type])).to.deep.equal([['where-does-participation-sit.png', 'image/png']]);
    await el.updateComplete;
    expect(image.textContent!.trim()).to.equal('Download image');
  });
});
