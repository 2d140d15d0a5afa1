/**
 * A new reader's whole journey with the keyboard alone: weigh every point,
 * add and remove a point, write a reflection, export, and submit the form.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { press, tabTo } from '../support/keyboard.js';
import '../../src/pros-cons/define.js';


const isWeight = (el: Element) => el.getAttribute('role') === 'radio';

describe('keyboard-only journey with <cf-pros-cons>', () => {
  it('weighs, adds, removes, reflects, exports and submits', async function () {
    this.timeout(60_000);
    const form = await fixture<HTMLFormElement>(html`<form>
      <button type="button">Before</button>
      <cf-pros-cons name="appraisal" heading="Social media for CPD" pros-label="Benefits" cons-label="Pitfalls">
        <ul slot="pros"><li>Good practice travels fast</li><li>Debate sharpens thinking</li></ul>
        <ul slot="cons"><li>Nothing is peer reviewed</li><li>It eats into time</li></ul>
      </cf-pros-cons>
      <button type="submit">Hand in</button>
    </form>`);
    const el = form.querySelector('cf-pros-cons')!;
    let submitted: FormData | undefined;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted = new FormData(form);
    });
    let copied = '';
    const original = Clipboard.prototype.writeText;
    Clipboard.prototype.writeText = async (text: string) => void (copied = text);
    form.querySelector('button')!.focus();
    try {
      // 1. weigh every point: one tab stop per point, arrows move from "important" (the default)
      for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft']) {
        const radio = await tabTo(isWeight);
        expect(radio.getAttribute('aria-checked')).to.equal('true');
        await press(key);
      }

      // 2. add two points of my own (one to each side), then remove one
      await tabTo((node) => node.id === 'add-text');
      await sendKeys({ type: 'It helps me write' });
      await press('Enter'); // added to the first side offered (Benefits)
      await sendKeys({ type: 'Tweeting at home' });
      await tabTo((node) => node.localName === 'input' && (node as HTMLInputElement).type === 'radio');
      await press('ArrowRight'); // the side: Pitfalls
      await tabTo((node) => node.textContent?.trim() === 'Add point');
      await press('Enter');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[part~="own"]')).to.have.length(2);
      // back to the first reader's point and remove it
      await tabTo((node) => node.getAttribute('data-action') === 'remove' && Boolean(node.textContent?.includes('It helps me write')), true);
      await press('Enter');
      await el.updateComplete;

      // 3. write a reflection
      await tabTo((node) => node.localName === 'textarea');
      await sendKeys({ type: 'Use it for research, not for news.' });

      // 4. export: copy as text
      await tabTo((node) => node.getAttribute('data-action') === 'copy');
      await press('Enter');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(copied).to.contain('Use it for research, not for news.');

      // 5. submit the enclosing form
      await tabTo((node) => node.textContent === 'Hand in');
      await press('Enter');
    } finally {
      Clipboard.prototype.writeText = original;
    }
    const value = JSON.parse(String(submitted!.get('appraisal')));
    expect(value.pros.map((point: { text: string; weight: number; by: string }) => [point.text, point.weight, point.by])).to.deep.equal([
      ['Good practice travels fast', 3, 'author'],
      ['Debate sharpens thinking', 1, 'author'],
    ]);
    expect(value.cons.map((point: { text: string; weight: number; by: string }) => [point.text, point.weight, point.by])).to.deep.equal([
      ['Nothing is peer reviewed', 1, 'author'],
      ['It eats into time', 1, 'author'],
      ['Tweeting at home', 2, 'reader'],
    ]);
    expect(value.reflection).to.equal('Use it for research, not for news.');
    expect(value.balance).to.equal(0);
    expect(value.verdict.band).to.equal('balanced');
  });
});
