/**
 * "Clear my answers" wipes everything with one press: the status message
 * under the buttons offers "Undo", reachable with the keyboard and announced,
 * until the reader changes something else.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/pros-cons/define.js';
import '../../src/participation-ladder/define.js';
import type { ProsCons } from '../../src/pros-cons/pros-cons.js';
import type { ParticipationLadder } from '../../src/participation-ladder/participation-ladder.js';
import { storageKey } from '../../src/shared/storage.js';
import { deepActiveElement } from '../support/keyboard.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };
const shadow = (el: HTMLElement) => el.shadowRoot!;
const find = (el: HTMLElement, selector: string) => shadow(el).querySelector<HTMLElement>(selector);

/** The live region's text once `announce` has set it (on a short timer). */
async function announced(el: Widget, containing: string): Promise<string> {
  const read = () => find(el, '[role="status"]')?.textContent?.trim() ?? '';
  const start = performance.now();
  while (!read().includes(containing) && performance.now() - start < 1000) await new Promise((resolve) => setTimeout(resolve, 20));
  return read();
}

/** Clear with the button, as a keyboard reader does: focus it and press Enter. */
async function clearByKeyboard(el: Widget): Promise<void> {
  find(el, '[data-action="clear"]')!.focus();
  const changed = oneEvent(el, 'change');
  await sendKeys({ press: 'Enter' });
  await changed;
  await el.updateComplete;
}

/** From the clear button, Tab to "Undo" and press Enter. */
async function undoByKeyboard(el: Widget): Promise<void> {
  await sendKeys({ press: 'Tab' });
  expect(deepActiveElement()?.getAttribute('data-action')).to.equal('undo');
  const changed = oneEvent(el, 'change');
  await sendKeys({ press: 'Enter' });
  await changed;
  await el.updateComplete;
}

describe('"Clear my answers" can be undone', () => {
  describe('<cf-pros-cons>', () => {
    const key = storageKey('cf-pros-cons', 'undo-appraisal');
    afterEach(() => localStorage.removeItem(key));

    async function answered(): Promise<ProsCons> {
      const el = await fixture<ProsCons>(html`<cf-pros-cons id="undo-appraisal" persist>
        <ul slot="pros"><li data-weight="3">Quick answers</li></ul>
        <ul slot="cons"><li data-weight="1">Not peer reviewed</li></ul>
      </cf-pros-cons>`);
      find(el, '[role="radio"][data-weight="0"]')!.click();
      el.addPoint('con', 'Takes time');
      el.reflection = 'I will ask my team first.';
      await el.updateComplete;
      return el;
    }

    it('offers Undo in the status message, announced, and brings back weights, points and reflection', async () => {
      const el = await answered();
      const withoutDate = (json: string) => ({ ...(JSON.parse(json) as object), date: undefined });
      const before = withoutDate(el.value);
      await clearByKeyboard(el);
      expect(el.pros.map((point) => point.weight)).to.deep.equal([3]);
      expect(el.cons).to.have.length(1);
      expect(el.reflection).to.equal('');
      expect(find(el, '[part="cleared"]')?.textContent).to.contain('Your answers are cleared.');
      expect(await announced(el, 'Undo')).to.contain('Your answers are cleared.');
      await expect(el).to.be.accessible();

      await undoByKeyboard(el);
      expect(JSON.parse(el.value)).to.deep.include({ reflection: 'I will ask my team first.' });
      expect(withoutDate(el.value)).to.deep.equal(before);
      expect(JSON.parse(localStorage.getItem(key)!).reflection).to.equal('I will ask my team first.');
      expect(find(el, '[data-action="undo"]')).to.equal(null);
      expect(deepActiveElement()?.getAttribute('data-action')).to.equal('clear');
      // and the verdict again, as it moved back
      expect(await announced(el, 'back')).to.match(/^Your answers are back\./);
    });

    it('withdraws Undo once the reader changes something else', async () => {
      const el = await answered();
      await clearByKeyboard(el);
      expect(find(el, '[data-action="undo"]')).to.not.equal(null);
      find(el, '[role="radio"][data-weight="1"]')!.click();
      await el.updateComplete;
      expect(find(el, '[data-action="undo"]')).to.equal(null);
    });
  });

  describe('<cf-participation-ladder>', () => {
    const key = storageKey('cf-participation-ladder', 'undo-ladder');
    afterEach(() => localStorage.removeItem(key));

    it('offers Undo in the status message and brings back every perspective’s marks', async () => {
      const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder id="undo-ladder" persist perspectives="Staff; Residents"></cf-participation-ladder>`);
      find(el, '[role="radio"][data-level="partnership"]')!.click();
      find(el, '[role="tab"][data-index="1"]')!.click();
      await el.updateComplete;
      find(el, '[role="radio"][data-level="informing"]')!.click();
      await el.updateComplete;
      await clearByKeyboard(el);
      expect(el.value).to.equal('');
      expect(find(el, '[part="cleared"]')?.textContent).to.contain('Your answers are cleared.');
      expect(await announced(el, 'Undo')).to.contain('Your answers are cleared.');
      await expect(el).to.be.accessible();

      await undoByKeyboard(el);
      expect(el.value).to.equal('partnership');
      expect(JSON.parse(localStorage.getItem(key)!).ratings.map((rating: { now: string }) => rating.now)).to.deep.equal(['partnership', 'informing']);
      expect(deepActiveElement()?.getAttribute('data-action')).to.equal('clear');
      expect(await announced(el, 'back')).to.equal('Your answers are back.');
    });

    it('withdraws Undo once the reader marks a rung', async () => {
      const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder id="undo-ladder" persist value="therapy"></cf-participation-ladder>`);
      await clearByKeyboard(el);
      expect(find(el, '[data-action="undo"]')).to.not.equal(null);
      find(el, '[role="radio"][data-level="placation"]')!.click();
      await el.updateComplete;
      expect(find(el, '[data-action="undo"]')).to.equal(null);
    });
  });
});
