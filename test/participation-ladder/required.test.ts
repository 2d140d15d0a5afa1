/**
 * `required`: after a submit that the empty ladder blocks, the group says it
 * is invalid and shows a message tied to it, until a rung is chosen.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/participation-ladder/define.js';
import type { ParticipationLadder } from '../../src/participation-ladder/participation-ladder.js';

const shadow = (el: HTMLElement) => el.shadowRoot!;
const group = (el: HTMLElement) => shadow(el).querySelector<HTMLElement>('[role="radiogroup"]')!;

/** The text of the elements that `aria-describedby` names. */
function description(el: HTMLElement, of: HTMLElement): string {
  const ids = (of.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => shadow(el).getElementById(id)?.textContent?.trim() ?? '').join(' ');
}

async function requiredInForm(): Promise<{ form: HTMLFormElement; el: ParticipationLadder }> {
  const form = await fixture<HTMLFormElement>(html`<form @submit=${(event: Event) => event.preventDefault()}><cf-participation-ladder name="ladder" required></cf-participation-ladder></form>`);
  return { form, el: form.querySelector('cf-participation-ladder')! };
}

describe('<cf-participation-ladder required>', () => {
  it('shows no error before the reader tries to submit', async () => {
    const { el } = await requiredInForm();
    expect(group(el).getAttribute('aria-invalid')).to.not.equal('true');
    expect(shadow(el).querySelector('.field-error')).to.equal(null);
  });

  it('after an invalid submit: aria-invalid and a visible message described by the group, gone once a rung is chosen', async () => {
    const { form, el } = await requiredInForm();
    const invalid = oneEvent(el, 'invalid');
    form.requestSubmit();
    await invalid;
    await el.updateComplete;
    expect(group(el).getAttribute('aria-invalid')).to.equal('true');
    const message = shadow(el).querySelector<HTMLElement>('.field-error')!;
    expect(message.textContent?.trim()).to.equal('Choose the rung that best describes where participation is now.');
    expect(message.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(description(el, group(el))).to.contain('Choose the rung that best describes where participation is now.');
    await expect(el).to.be.accessible();

    shadow(el).querySelector<HTMLElement>('[role="radio"][data-level="placation"]')!.click();
    await el.updateComplete;
    expect(group(el).getAttribute('aria-invalid')).to.equal('false');
    expect(shadow(el).querySelector('.field-error')).to.equal(null);
    expect(description(el, group(el))).to.not.contain('Choose the rung');
  });

  it('goes back to "Where we are now" of the first view to show the error, when the reader was marking an aim', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><cf-participation-ladder name="ladder" required perspectives="Staff; Residents"></cf-participation-ladder></form>`);
    const el = form.querySelector('cf-participation-ladder')!;
    shadow(el).querySelector<HTMLElement>('[role="tab"][data-index="1"]')!.click();
    shadow(el).querySelector<HTMLButtonElement>('[data-marking="aim"]')!.click();
    await el.updateComplete;
    el.reportValidity();
    await el.updateComplete;
    expect(shadow(el).querySelector('[data-marking="now"]')!.getAttribute('aria-pressed')).to.equal('true');
    expect(shadow(el).querySelector('[role="tab"][data-index="0"]')!.getAttribute('aria-selected')).to.equal('true');
    expect(group(el).getAttribute('aria-invalid')).to.equal('true');
  });

  it('forgets the error on form reset', async () => {
    const { form, el } = await requiredInForm();
    el.reportValidity();
    await el.updateComplete;
    expect(group(el).getAttribute('aria-invalid')).to.equal('true');
    form.reset();
    await el.updateComplete;
    expect(group(el).getAttribute('aria-invalid')).to.equal('false');
  });
});
