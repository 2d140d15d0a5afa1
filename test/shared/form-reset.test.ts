/**
 * A form's reset button puts each form-associated widget back to the
 * author's state and empties its live region: what it last announced (a
 * verdict, a mark) no longer holds.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/pros-cons/define.js';
import '../../src/participation-ladder/define.js';
import type { ProsCons } from '../../src/pros-cons/pros-cons.js';
import type { ParticipationLadder } from '../../src/participation-ladder/participation-ladder.js';
import { fixtureIn, seedLists } from '../pros-cons/helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };
const liveText = (el: Widget) => el.shadowRoot!.querySelector('[role="status"]')?.textContent?.trim() ?? '';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function announcedSomething(el: Widget): Promise<string> {
  for (let waited = 0; !liveText(el) && waited < 1000; waited += 20) await sleep(20);
  return liveText(el);
}

const widgets: Array<[string, (form: HTMLFormElement) => Promise<Widget>, (el: Widget) => void]> = [
  [
    'cf-pros-cons',
    (form) => fixtureIn<ProsCons>(form, html`<cf-pros-cons name="appraisal">${seedLists()}</cf-pros-cons>`),
    (el) => (el as ProsCons).addPoint('pro', 'Saves travel'),
  ],
  [
    'cf-participation-ladder',
    (form) => fixtureIn<ParticipationLadder>(form, html`<cf-participation-ladder name="level"></cf-participation-ladder>`),
    (el) => el.shadowRoot!.querySelector<HTMLElement>('[role="radio"]')!.click(),
  ],
];

describe('form reset and the live region', () => {
  for (const [tag, make, change] of widgets) {
    it(`<${tag}>: a reset empties what the live region last said`, async () => {
      const form = document.createElement('form');
      const el = await make(form);
      change(el);
      expect(await announcedSomething(el), 'announced after the change').to.not.equal('');
      form.reset();
      await el.updateComplete;
      expect(liveText(el)).to.equal('');
    });

    it(`<${tag}>: a message still on its way when the form resets never arrives`, async () => {
      const form = document.createElement('form');
      const el = await make(form);
      change(el);
      form.reset(); // before the announcement's short timer
      await sleep(150);
      await el.updateComplete;
      expect(liveText(el)).to.equal('');
    });
  }
});
