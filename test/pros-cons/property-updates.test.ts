/**
 * Setting `pros` / `cons` again (a page's script updating the appraisal):
 * the new author weights count, except where the reader chose a weight.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/pros-cons/define.js';
import type { ProsCons } from '../../src/pros-cons/pros-cons.js';
import { checkedWeights, radio } from './helpers.js';

async function fromProperties(pros: { text: string; weight: number }[], cons: { text: string; weight: number }[]): Promise<ProsCons> {
  return fixture<ProsCons>(html`<cf-pros-cons .pros=${pros} .cons=${cons}></cf-pros-cons>`);
}

describe('<cf-pros-cons> pros/cons set again', () => {
  it('takes the new author weights for the same texts', async () => {
    const el = await fromProperties([{ text: 'A', weight: 3 }], [{ text: 'B', weight: 1 }]);
    expect(el.balance).to.equal(0.5);
    el.pros = [{ text: 'A', weight: 0 }];
    await el.updateComplete;
    expect(el.pros.map((point) => point.weight)).to.deep.equal([0]);
    expect(checkedWeights(el)).to.deep.equal([0, 1]);
    expect(el.balance).to.equal(-1);
  });

  it('keeps a weight the reader chose, and takes the author’s new weight elsewhere', async () => {
    const el = await fromProperties([{ text: 'A', weight: 3 }, { text: 'C', weight: 2 }], [{ text: 'B', weight: 1 }]);
    radio(el, 0, 1).click(); // the reader weighs A as minor
    await el.updateComplete;
    el.pros = [{ text: 'A', weight: 0 }, { text: 'C', weight: 3 }];
    await el.updateComplete;
    expect(el.pros.map((point) => point.weight)).to.deep.equal([1, 3]);
    expect(checkedWeights(el)).to.deep.equal([1, 3, 1]);
  });

  it('goes back to the author’s new weight on form reset', async () => {
    const el = await fromProperties([{ text: 'A', weight: 3 }], [{ text: 'B', weight: 1 }]);
    radio(el, 0, 1).click();
    el.pros = [{ text: 'A', weight: 0 }];
    await el.updateComplete;
    el.formResetCallback();
    await el.updateComplete;
    expect(checkedWeights(el)).to.deep.equal([0, 1]);
  });
});
