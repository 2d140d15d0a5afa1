/**
 * A new reader's whole journey with the keyboard alone, from the page's
 * first tab stop: pick a level, set an aim, answer the questionnaire and
 * accept its suggestion, rate a second perspective, and submit the form.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { deepActiveElement, press, tabTo } from '../support/keyboard.js';
import '../../src/participation-ladder/define.js';


const isRung = (el: Element) => el.getAttribute('role') === 'radio';
const isTab = (el: Element) => el.getAttribute('role') === 'tab';
const isAimSwitch = (el: Element) => el.getAttribute('data-marking') === 'aim';
const isNowSwitch = (el: Element) => el.getAttribute('data-marking') === 'now';

describe('keyboard-only journey with <cf-participation-ladder>', () => {
  it('takes a new reader from the first tab stop to a submitted form', async function () {
    this.timeout(60_000);
    const form = await fixture<HTMLFormElement>(html`<form>
      <button type="button">Before</button>
      <cf-participation-ladder name="ladder" perspectives="Staff; People who use the service"></cf-participation-ladder>
      <button type="submit">Hand in</button>
    </form>`);
    const el = form.querySelector('cf-participation-ladder')!;
    let submitted: Array<[string, FormDataEntryValue]> | undefined;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted = [...new FormData(form)];
    });
    form.querySelector('button')!.focus();

    // 1. pick a level: into the ladder, which starts in the middle, on Consultation (rung 4)
    expect((await tabTo(() => true)).getAttribute('role')).to.equal('tab');
    await tabTo(isRung);
    await press('Space');
    expect(el.value).to.equal('consultation');

    // 2. set an aim: back to the switch, choose "Where we want to be", then two rungs up
    await tabTo(isAimSwitch, true);
    await press('Space');
    await tabTo(isRung);
    await press('ArrowUp', 2); // focus starts on "now" when no aim is set: Consultation -> Partnership
    expect(el.aspiration).to.equal('partnership');

    // 3. answer the questionnaire and accept its suggestion
    await tabTo((node) => node.classList.contains('help-toggle'));
    await press('Enter');
    for (const steps of [3, 4, 2]) {
      await tabTo((node) => node.localName === 'input');
      await press('ArrowDown', steps); // answers: Consultation, Placation, Informing
    }
    const accept = await tabTo((node) => node.classList.contains('accept'));
    expect(accept.textContent).to.contain('Use Consultation');
    await press('Enter');
    expect(el.value).to.equal('consultation');

    // 4. rate the second perspective
    await tabTo(isTab, true);
    await press('ArrowRight');
    expect(deepActiveElement()!.textContent!.trim()).to.equal('People who use the service');
    await tabTo(isNowSwitch);
    await press('Space');
    await tabTo(isRung);
    await press('ArrowDown', 2); // Consultation (the middle) -> Therapy
    expect(el.shadowRoot!.querySelector('[part="spread"]')!.textContent).to.contain('2 rungs apart');

    // 5. submit the enclosing form
    await tabTo((node) => node.textContent === 'Hand in');
    await press('Enter');
    expect(submitted).to.deep.equal([
      ['ladder', 'consultation'],
      ['ladder-aspiration', 'partnership'],
      ['ladder-staff', 'consultation'],
      ['ladder-staff-aspiration', 'partnership'],
      ['ladder-people-who-use-the-service', 'therapy'],
    ]);
  });
});
