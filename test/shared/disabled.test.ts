/**
 * `disabled` (SPEC: both form-associated widgets) means every control is
 * inert and looks it: nothing copies, downloads, prints or switches, and the
 * controls are faded with the not-allowed cursor.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/pros-cons/define.js';
import '../../src/participation-ladder/define.js';
import type { ProsCons } from '../../src/pros-cons/pros-cons.js';
import type { ParticipationLadder } from '../../src/participation-ladder/participation-ladder.js';

const shadow = (el: HTMLElement) => el.shadowRoot!;

/** Count clipboard writes and downloads while `run` runs (none reach the system). */
async function exportsDuring(run: () => Promise<void>): Promise<number> {
  let count = 0;
  const clipboard = navigator.clipboard;
  const writeText = clipboard.writeText;
  const click = HTMLAnchorElement.prototype.click;
  const print = window.print;
  clipboard.writeText = async () => void (count += 1);
  HTMLAnchorElement.prototype.click = function () {
    count += 1;
  };
  window.print = () => void (count += 1);
  try {
    await run();
  } finally {
    clipboard.writeText = writeText;
    HTMLAnchorElement.prototype.click = click;
    window.print = print;
  }
  return count;
}

/** Click every export button of the widget. */
async function clickExports(el: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  for (const button of shadow(el).querySelectorAll<HTMLButtonElement>('[part="actions"] button')) button.click();
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 50));
}

/** Every control of the widget that a reader could operate. */
function controls(el: HTMLElement): HTMLElement[] {
  return [...shadow(el).querySelectorAll<HTMLElement>('button, input, textarea, select, [role="radio"], [role="tab"]')];
}

function isInert(control: HTMLElement): boolean {
  return control.matches(':disabled') || control.getAttribute('aria-disabled') === 'true';
}

function looksDisabled(control: HTMLElement): boolean {
  const style = getComputedStyle(control);
  return Number(style.opacity) < 1 && style.cursor === 'not-allowed';
}

describe('disabled means disabled', () => {
  describe('<cf-pros-cons disabled>', () => {
    const points = html`<ul slot="pros"><li>Quick answers</li></ul><ul slot="cons"><li>Not peer reviewed</li></ul>`;

    it('copies, downloads and prints nothing', async () => {
      const el = await fixture<ProsCons>(html`<cf-pros-cons id="disabled-appraisal" persist disabled>${points}</cf-pros-cons>`);
      expect(await exportsDuring(() => clickExports(el))).to.equal(0);
      el.disabled = false;
      // the browser calls formDisabledCallback(false) once the attribute is gone, then it renders again
      await waitUntil(() => !shadow(el).querySelector<HTMLButtonElement>('[data-action="copy"]')!.disabled, 'enabled again');
      expect(await exportsDuring(() => clickExports(el))).to.be.greaterThan(0);
    });

    it('has every control inert, faded and with the not-allowed cursor', async () => {
      const el = await fixture<ProsCons>(html`<cf-pros-cons id="disabled-appraisal" persist disabled>${points}</cf-pros-cons>`);
      el.addPoint('pro', 'not added');
      const all = controls(el);
      expect(all.length).to.be.greaterThan(10);
      expect(all.filter((control) => !isInert(control)).map((control) => control.outerHTML.slice(0, 80))).to.deep.equal([]);
      expect(all.filter((control) => !looksDisabled(control)).map((control) => control.outerHTML.slice(0, 80))).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  });

  describe('<cf-participation-ladder disabled>', () => {
    async function ladder(): Promise<ParticipationLadder> {
      return fixture<ParticipationLadder>(html`<cf-participation-ladder id="disabled-ladder" persist disabled value="consultation" perspectives="Staff; Residents"></cf-participation-ladder>`);
    }

    it('copies and downloads nothing', async () => {
      const el = await ladder();
      expect(await exportsDuring(() => clickExports(el))).to.equal(0);
    });

    it('does not switch perspective tabs by click or keyboard', async () => {
      const el = await ladder();
      const tabs = [...shadow(el).querySelectorAll<HTMLElement>('[role="tab"]')];
      tabs[1]!.click();
      await el.updateComplete;
      expect(tabs[0]!.getAttribute('aria-selected')).to.equal('true');
      tabs[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(tabs[0]!.getAttribute('aria-selected')).to.equal('true');
    });

    it('has every control inert, faded and with the not-allowed cursor, rungs included', async () => {
      const el = await ladder();
      const all = controls(el);
      expect(all.filter((control) => control.getAttribute('role') === 'radio')).to.have.length(8);
      expect(all.filter((control) => !isInert(control)).map((control) => control.outerHTML.slice(0, 80))).to.deep.equal([]);
      expect(all.filter((control) => !looksDisabled(control)).map((control) => control.outerHTML.slice(0, 80))).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('disables the questionnaire when it was open before', async () => {
      const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder></cf-participation-ladder>`);
      shadow(el).querySelector<HTMLButtonElement>('.help-toggle')!.click();
      await el.updateComplete;
      el.disabled = true;
      await el.updateComplete;
      const answers = [...shadow(el).querySelectorAll<HTMLInputElement>('.question input')];
      expect(answers.length).to.be.greaterThan(0);
      expect(answers.every((answer) => answer.matches(':disabled'))).to.equal(true);
      answers[0]!.click();
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="suggestion"]')!.textContent).to.contain('Answer at least one question');
    });

    it('looks different from the enabled ladder', async () => {
      const el = await ladder();
      const rung = shadow(el).querySelector<HTMLElement>('[role="radio"]')!;
      const disabledLook = getComputedStyle(rung).opacity;
      el.disabled = false;
      await waitUntil(() => rung.getAttribute('aria-disabled') === 'false', 'enabled again');
      expect(getComputedStyle(rung).opacity).to.equal('1');
      expect(disabledLook).to.not.equal('1');
    });
  });
});
