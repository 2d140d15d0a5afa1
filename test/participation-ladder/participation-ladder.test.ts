import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/participation-ladder/define.js';
import { ParticipationLadder } from '../../src/participation-ladder/participation-ladder.js';
import { registerStrings } from '../../src/shared/strings.js';
import { storageKey } from '../../src/shared/storage.js';
import { breakStorage, captureDownloads, captureWarnings, nextFrames } from '../support/helpers.js';

const shadow = (el: HTMLElement) => el.shadowRoot!;
const radios = (el: HTMLElement) => [...shadow(el).querySelectorAll<HTMLElement>('[role="radio"]')];
const radioFor = (el: HTMLElement, id: string) => shadow(el).querySelector<HTMLElement>(`[role="radio"][data-level="${id}"]`)!;
const checkedIds = (el: HTMLElement) => radios(el).filter((radio) => radio.getAttribute('aria-checked') === 'true').map((radio) => radio.dataset['level']);
const text = (el: HTMLElement, selector: string) => shadow(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const button = (el: HTMLElement, selector: string) => shadow(el).querySelector<HTMLButtonElement>(selector)!;
const liveRegion = (el: HTMLElement) => text(el, '[role="status"]');

/** The accessible name of a radio: its aria-label. */
function accessibleName(radio: HTMLElement): string {
  return radio.getAttribute('aria-label') ?? '';
}

async function focusRadio(el: ParticipationLadder, id: string) {
  radioFor(el, id).focus();
  await el.updateComplete;
}

async function press(el: ParticipationLadder, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
}

describe('<cf-participation-ladder>', () => {
  describe('rendering', () => {
    it('draws the eight Arnstein rungs as a radio group, top rung first, in three bands', async () => {
      const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder></cf-participation-ladder>`);
      const group = shadow(el).querySelector('[role="radiogroup"]')!;
      expect(group.getAttribute('aria-label')).to.contain("Arnstein's ladder");
      expect(radios(el).map((radio) => radio.dataset['level'])).to.deep.equal(['citizen-control', 'delegated-power', 'partnership', 'placation', 'consultation', 'informing', 'therapy', 'manipulation']);
      expect(accessibleName(radios(el)[0]!)).to.match(/^Citizen control/);
      expect([...shadow(el).querySelectorAll('.band-label')].map((label) => label.textContent)).to.deep.equal(['Degrees of citizen power', 'Degrees of tokenism', 'Nonparticipation']);
      expect(checkedIds(el)).to.deep.equal([]);
      expect(text(el, '[part="summary"]')).to.contain('Nothing is marked yet');
      await expect(el).to.be.accessible();
    });

    it('shows the chosen value, its band and the gap to the aim in words', async () => {
      const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder value="consultation" aspiration="partnership"></cf-participation-ladder>`);
      expect(checkedIds(el)).to.deep.equal(['consultation']);
      const summary = text(el, '[part="summary"]');
      expect(summary).to.contain('Degrees of tokenism');
      expect(summary).to.contain('You want to move up 2 rungs, from Consultation to Partnership.');
      expect(summary).to.contain('That crosses from Degrees of tokenism into Degrees of citizen power.');
      expect(text(el, '[data-level="partnership"] .marks')).to.equal('Aim');
      expect(text(el, '[data-level="consultation"] .marks')).to.equal('Now');
      await expect(el).to.be.accessible();
    });

    it('says so when the aim is below where we are now', async () => {
      const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder value="partnership" aspiration="placation"></cf-participation-ladder>`);
      expect(text(el, '[part="summary"]')).to.contain('Your aim is 1 rung below where you are now');
    });

    for (const [scale, count, top] of [['hart', 8, 'child-initiated-shared-decisions-with-adults'], ['iap2', 5, 'empower'], ['tlap', 7, 'co-production']] as const) {
      it(`draws the ${scale} preset`, async () => {
        const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder scale=${scale}></cf-participation-ladder>`);
        expect(radios(el)).to.have.length(count);
        expect(radios(el)[0]!.dataset['level']).to.equal(top);
        await expect(el).to.be.accessible();
      });
    }

    it('draws a custom scale from child JSON', async () => {
      const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder value="b">
        <script type="application/json">
          { "name": "Our scale", "levels": [{ "id": "a", "label": "Told", "group": "low" }, { "id": "b", "label": "Asked", "group": "low" }, { "id": "c", "label": "Deciding", "group": "high" }], "groups": [{ "id": "low", "label": "Low" }, { "id": "high", "label": "High" }] }
        </script>
      </cf-participation-ladder>`);
      expect(radios(el).map((radio) => radio.dataset['level'])).to.deep.equal(['c', 'b', 'a']);
      expect(checkedIds(el)).to.deep.equal(['b']);
      expect(text(el, '.scale-name')).to.equal('Our scale');
      await expect(el).to.be.accessible();
    });

    it('has an "About this model" note with the citations', async () => {
      const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder></cf-participation-ladder>`);
      const about = text(el, '[part="about"]');
      expect(about).to.contain('About this model');
      expect(about).to.contain('Journal of the American Institute of Planners 35(4):216-224');
      expect(about).to.contain('Tritter and McCallum, 2006');
    });

    it('uses the heading and heading-level attributes', async () => {
      const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder heading="Our recovery college" heading-level="3"></cf-participation-ladder>`);
      const heading = shadow(el).querySelector('[part="heading"]')!;
      expect(heading.textContent).to.equal('Our recovery college');
      expect(heading.getAttribute('aria-level')).to.equal('3');
    });
  });

  describe('bad input', () => {
    it('explains invalid custom JSON, warns once and shows Arnstein instead', async () => {
      let el!: ParticipationLadder;
      const warnings = await captureWarnings(async () => {
        el = await fixture<ParticipationLadder>(html`<cf-participation-ladder><script type="application/json">{ "name": "broken", </script></cf-participation-ladder>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(text(el, '[part="message"]')).to.contain('The custom scale could not be read');
      expect(radios(el)).to.have.length(8);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('levels bottom to top');
      await expect(el).to.be.accessible();
    });

    it('explains an unknown scale and warns once', async () => {
      let el!: ParticipationLadder;
      const warnings = await captureWarnings(async () => {
        el = await fixture<ParticipationLadder>(html`<cf-participation-ladder scale="arnstien"></cf-participation-ladder>`);
      });
      expect(text(el, '[part="message"]')).to.contain('There is no scale called “arnstien”');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('Use arnstein, hart, iap2 or tlap');
    });

    it('explains a value that is not a level, marks nothing, and warns once', async () => {
      let el!: ParticipationLadder;
      const warnings = await captureWarnings(async () => {
        el = await fixture<ParticipationLadder>(html`<cf-participation-ladder value="top" name="ladder"></cf-participation-ladder>`);
      });
      expect(text(el, '[part="message"]')).to.contain('“top” is not a rung on this ladder');
      expect(checkedIds(el)).to.deep.equal([]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('citizen-control');
    });
  });

  describe('keyboard (WAI-ARIA radio group)', () => {
    it('puts one tab stop on the middle rung when nothing is chosen, and on the active marking\'s rung otherwise', async () => {
      const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder></cf-participation-ladder>`);
      const tabStops = () => radios(el).filter((radio) => radio.tabIndex === 0).map((radio) => radio.dataset['level']);
      expect(tabStops()).to.deep.equal(['consultation']);
      el.value = 'therapy';
      await el.updateComplete;
      expect(tabStops()).to.deep.equal(['therapy']);
      button(el, '[data-marking="aim"]').click();
      await el.updateComplete;
      expect(tabStops(), 'aim mode, no aim yet: from now').to.deep.equal(['therapy']);
      el.aspiration = 'partnership';
      await el.updateComplete;
      expect(tabStops(), 'aim mode').to.deep.equal(['partnership']);
      const odd = await fixture<ParticipationLadder>(html`<cf-participation-ladder scale="iap2"></cf-participation-ladder>`);
      expect(radios(odd).filter((radio) => radio.tabIndex === 0).map((radio) => radio.dataset['level'])).to.deep.equal(['involve']);
    });

    it('lands on the middle rung with the first Tab, not on the top rung', async () => {
      const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder></cf-participation-ladder>`);
      button(el, '[data-marking="aim"]').focus();
      await press(el, 'Tab');
      expect((shadow(el).activeElement as HTMLElement).dataset['level']).to.equal('consultation');
      expect(el.value, 'landing marks nothing').to.equal('');
    });

    it('stops at both ends of the ladder instead of wrapping, and marks nothing new there', async () => {
      const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder value="citizen-control"></cf-participation-ladder>`);
      let changes = 0;
      el.addEventListener('change', () => changes++);
      for (const [end, keys] of [['citizen-control', ['ArrowUp', 'ArrowRight']], ['manipulation', ['ArrowDown', 'ArrowLeft']]] as const) {
        el.value = end;
        await el.updateComplete;
        await focusRadio(el, end);
        for (const key of keys) await press(el, key);
        expect(el.value, end).to.equal(end);
        expect(shadow(el).activeElement, end).to.equal(radioFor(el, end));
      }
      expect(changes).to.equal(0);
    });

    it('moves and checks with the arrows: Up/Right higher, Down/Left lower', async () => {
      const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder value="consultation"></cf-participation-ladder>`);
      await focusRadio(el, 'consultation');
      await press(el, 'ArrowUp');
      expect(el.value).to.equal('placation');
      expect(shadow(el).activeElement).to.equal(radioFor(el, 'placation'));
      await press(el, 'ArrowRight');
      expect(el.value).to.equal('partnership');
      await press(el, 'ArrowDown');
      await press(el, 'ArrowLeft');
      expect(el.value).to.equal('consultation');
    });

    it('checks the focused rung with Space', async () => {
      const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder></cf-participation-ladder>`);
      await focusRadio(el, 'citizen-control');
      await press(el, 'Space');
      expect(el.value).to.equal('citizen-control');
    });

    it('reaches the ladder with Tab and shows a focus ring', async () => {
      const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder value="informing"></cf-participation-ladder>`);
      button(el, '[data-marking="aim"]').focus();
      await press(el, 'Tab');
      const focused = shadow(el).activeElement as HTMLElement;
      expect(focused.dataset['level']).to.equal('informing');
      expect(getComputedStyle(focused).outlineStyle).to.equal('solid');
      expect(parseFloat(getComputedStyle(focused).outlineWidth)).to.be.at.least(2);
    });

    it('sets the aim after switching to "Where we want to be"', async () => {
      const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder value="informing"></cf-participation-ladder>`);
      button(el, '[data-marking="aim"]').click();
      await el.updateComplete;
      expect(button(el, '[data-marking="aim"]').getAttribute('aria-pressed')).to.equal('true');
      expect(shadow(el).querySelector('[role="radiogroup"]')!.getAttribute('aria-label')).to.contain('Where we want to be');
      await focusRadio(el, 'citizen-control');
      await press(el, 'ArrowDown');
      expect(el.aspiration).to.equal('delegated-power');
      expect(el.value).to.equal('informing');
    });
  });

  describe('events and announcements', () => {
    it('fires a bubbling, composed change event when the reader marks a rung', async () => {
      const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder></cf-participation-ladder>`);
      setTimeout(() => radioFor(el, 'partnership').click());
      const event = await oneEvent(el, 'change');
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(el.value).to.equal('partnership');
    });

    it('does not fire change when the page sets the value', async () => {
      const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder></cf-participation-ladder>`);
      let fired = 0;
      el.addEventListener('change', () => fired++);
      el.value = 'therapy';
      await el.updateComplete;
      expect(fired).to.equal(0);
      expect(el.getAttribute('value')).to.equal('therapy');
    });

    it('announces the new mark politely', async () => {
      const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder></cf-participation-ladder>`);
      radioFor(el, 'placation').click();
      await nextFrames();
      await el.updateComplete;
      const region = shadow(el).querySelector('[role="status"]')!;
      expect(region.getAttribute('aria-live')).to.equal('polite');
      expect(liveRegion(el)).to.equal('Where we are now: Placation. Next, choose where you want to be: the next click sets that.');
    });
  });

  describe('forms', () => {
    it('submits the level id and the aspiration under its name', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><cf-participation-ladder name="ladder" value="consultation"></cf-participation-ladder></form>`);
      const el = form.querySelector('cf-participation-ladder')!;
      expect([...new FormData(form)]).to.deep.equal([['ladder', 'consultation']]);
      el.aspiration = 'partnership';
      await el.updateComplete;
      expect([...new FormData(form)]).to.deep.equal([['ladder', 'consultation'], ['ladder-aspiration', 'partnership']]);
    });

    it('is invalid while required and empty, with a message', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><cf-participation-ladder name="ladder" required></cf-participation-ladder></form>`);
      const el = form.querySelector('cf-participation-ladder')!;
      expect(form.checkValidity()).to.equal(false);
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.validationMessage).to.contain('Choose the rung');
      radioFor(el, 'therapy').click();
      await el.updateComplete;
      expect(form.checkValidity()).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('submits nothing and takes no input while disabled, itself or by a fieldset', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><fieldset><cf-participation-ladder name="ladder" value="therapy" disabled></cf-participation-ladder></fieldset></form>`);
      const el = form.querySelector('cf-participation-ladder')!;
      expect([...new FormData(form)]).to.deep.equal([]);
      radioFor(el, 'partnership').click();
      await el.updateComplete;
      expect(el.value).to.equal('therapy');
      expect(shadow(el).querySelector('[role="radiogroup"]')!.getAttribute('aria-disabled')).to.equal('true');
      await expect(el).to.be.accessible();
      el.disabled = false;
      await el.updateComplete;
      expect([...new FormData(form)]).to.deep.equal([['ladder', 'therapy']]);
      form.querySelector('fieldset')!.disabled = true;
      await el.updateComplete;
      expect([...new FormData(form)]).to.deep.equal([]);
      radioFor(el, 'partnership').click();
      expect(el.value).to.equal('therapy');
    });

    it('restores the author’s values on form reset', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><cf-participation-ladder name="ladder" value="informing"></cf-participation-ladder></form>`);
      const el = form.querySelector('cf-participation-ladder')!;
      radioFor(el, 'citizen-control').click();
      button(el, '[data-marking="aim"]').click();
      await el.updateComplete;
      radioFor(el, 'partnership').click();
      await el.updateComplete;
      expect([...new FormData(form)]).to.deep.equal([['ladder', 'citizen-control'], ['ladder-aspiration', 'partnership']]);
      form.reset();
      await el.updateComplete;
      expect(el.value).to.equal('informing');
      expect(el.aspiration).to.equal('');
      expect([...new FormData(form)]).to.deep.equal([['ladder', 'informing']]);
    });

    it('restores the browser’s saved state', async () => {
      const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder name="ladder"></cf-participation-ladder>`);
      el.formStateRestoreCallback(JSON.stringify({ scale: 'arnstein', ratings: [{ now: 'placation', aim: 'partnership' }], answers: [] }));
      await el.updateComplete;
      expect(el.value).to.equal('placation');
      expect(el.aspiration).to.equal('partnership');
      el.formStateRestoreCallback('{not json');
      el.formStateRestoreCallback(JSON.stringify({ scale: 'arnstein', ratings: [{ now: '<img src=x onerror=alert(1)>', aim: 7 }] }));
      await el.updateComplete;
      expect(el.value).to.equal('');
    });

    it('submits with Enter from a rung, as a native radio does', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><cf-participation-ladder name="ladder" value="therapy"></cf-participation-ladder></form>`);
      const el = form.querySelector('cf-participation-ladder')!;
      let submitted: FormData | undefined;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitted = new FormData(form);
      });
      await focusRadio(el, 'therapy');
      await press(el, 'Enter');
      expect(submitted && [...submitted]).to.deep.equal([['ladder', 'therapy']]);
    });
  });

  describe('perspectives', () => {
    it('rates each perspective separately, shows where they differ, and submits each', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><cf-participation-ladder name="ladder" perspectives="Staff; People who use the service"></cf-participation-ladder></form>`);
      const el = form.querySelector('cf-participation-ladder')!;
      const tabs = [...shadow(el).querySelectorAll<HTMLElement>('[role="tab"]')];
      expect(tabs.map((tab) => tab.textContent!.trim())).to.deep.equal(['Staff', 'People who use the service']);
      expect(text(el, '[part="spread"]')).to.contain('Rate each perspective');
      radioFor(el, 'partnership').click();
      await el.updateComplete;
      tabs[0]!.focus();
      await press(el, 'ArrowRight');
      expect(tabs[1]!.getAttribute('aria-selected')).to.equal('true');
      expect(shadow(el).activeElement).to.equal(tabs[1]);
      expect(checkedIds(el)).to.deep.equal([]);
      radioFor(el, 'informing').click();
      await el.updateComplete;
      const spread = text(el, '[part="spread"]');
      expect(spread).to.contain('The views are 3 rungs apart. Staff: Partnership; People who use the service: Informing.');
      expect(spread).to.contain('a real difference');
      expect(text(el, '[data-level="partnership"] .marks')).to.equal('Staff: now');
      expect(text(el, '[data-level="informing"] .marks')).to.equal('People who use the service: now');
      expect(el.value).to.equal('partnership');
      expect([...new FormData(form)]).to.deep.equal([
        ['ladder', 'partnership'],
        ['ladder-staff', 'partnership'],
        ['ladder-people-who-use-the-service', 'informing'],
      ]);
      await expect(el).to.be.accessible();
    });
  });

  describe('perspectives, as a screen reader hears them', () => {
    it('names whose view is rated in the rungs\' group and in the announcement of a mark', async () => {
      const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder perspectives="Staff; People who use the service"></cf-participation-ladder>`);
      const groupName = () => shadow(el).querySelector('[role="radiogroup"]')!.getAttribute('aria-label');
      expect(groupName()).to.equal("Arnstein's ladder of citizen participation: Where we are now (Staff)");
      shadow(el).querySelectorAll<HTMLElement>('[role="tab"]')[1]!.click();
      await el.updateComplete;
      expect(groupName()).to.equal("Arnstein's ladder of citizen participation: Where we are now (People who use the service)");
      await focusRadio(el, 'informing');
      await press(el, ' ');
      await nextFrames();
      await el.updateComplete;
      expect(liveRegion(el)).to.equal('People who use the service: Where we are now: Informing.');
      await expect(el).to.be.accessible();
    });

    it('keeps the group\'s name and the announcement short with one perspective or none', async () => {
      const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder perspectives="Staff"></cf-participation-ladder>`);
      expect(shadow(el).querySelector('[role="radiogroup"]')!.getAttribute('aria-label')).to.equal("Arnstein's ladder of citizen participation: Where we are now");
      await focusRadio(el, 'informing');
      await press(el, ' ');
      await nextFrames();
      await el.updateComplete;
      expect(liveRegion(el)).to.equal('Where we are now: Informing.');
    });
  });

  describe('help me decide', () => {
    it('suggests the middle answer with its reasons, and marks it when accepted', async () => {
      const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder></cf-participation-ladder>`);
      const toggle = button(el, '.help-toggle');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const fieldsets = [...shadow(el).querySelectorAll('fieldset')];
      expect(fieldsets).to.have.length(6);
      expect(text(el, '[part="suggestion"]')).to.contain('Answer at least one question');
      const choose = (area: number, answer: number) => fieldsets[area]!.querySelectorAll<HTMLInputElement>('input')[answer]!.click();
      choose(0, 1); // agenda: therapy
      choose(1, 4); // design: placation
      choose(2, 3); // decisions: consultation
      choose(3, 8); // money: not sure
      await el.updateComplete;
      expect(text(el, '[part="profile"]')).to.equal('Agenda: Therapy Design: Placation Decisions: Consultation');
      expect(text(el, '[part="suggestion"]')).to.contain('Suggested rung: Consultation.');
      expect(text(el, '[part="suggestion"]')).to.contain('across 3 areas');
      expect(text(el, '[part="suggestion"]')).to.contain('Participation is uneven: strongest in Design, weakest in Agenda.');
      await expect(el).to.be.accessible();
      setTimeout(() => button(el, '.accept').click());
      await oneEvent(el, 'change');
      expect(el.value).to.equal('consultation');
      await nextFrames();
      await el.updateComplete;
      expect(liveRegion(el)).to.equal('Marked Consultation as where we are now.');
    });

    it('announces the suggested rung once each time it changes, not on answers that leave it where it was', async () => {
      const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder></cf-participation-ladder>`);
      button(el, '.help-toggle').click();
      await el.updateComplete;
      const fieldsets = [...shadow(el).querySelectorAll('fieldset')];
      const choose = async (area: number, answer: number) => {
        fieldsets[area]!.querySelectorAll<HTMLInputElement>('input')[answer]!.click();
        await el.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 100)); // past the live region's short delay
      };
      const region = shadow(el).querySelector('[role="status"]')!;
      const changes = { count: 0 };
      new MutationObserver((records) => (changes.count += records.length)).observe(region, { childList: true, characterData: true, subtree: true });
      await choose(0, 1); // agenda: therapy
      expect(liveRegion(el)).to.equal('Suggested rung: Therapy.');
      changes.count = 0;
      await choose(1, 1); // design: therapy, still therapy
      await choose(2, 3); // decisions: consultation; the middle of three is still therapy
      expect([changes.count, liveRegion(el)], 'not said again').to.deep.equal([0, 'Suggested rung: Therapy.']);
      await choose(0, 4); // agenda: placation; the middle is now consultation
      expect(liveRegion(el)).to.equal('Suggested rung: Consultation.');
      await expect(el).to.be.accessible();
    });

    it('can be answered with the keyboard alone', async () => {
      const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder></cf-participation-ladder>`);
      button(el, '.help-toggle').focus();
      await press(el, 'Enter');
      await press(el, 'Tab');
      expect((shadow(el).activeElement as HTMLInputElement).name).to.equal('area-agenda');
      await press(el, 'ArrowDown'); // second answer (Therapy) in the agenda group
      await press(el, 'ArrowDown');
      expect(text(el, '[part="profile"]')).to.equal('Agenda: Informing');
    });
  });

  describe('persist', () => {
    const key = storageKey('cf-participation-ladder', 'persist-test');
    afterEach(() => localStorage.removeItem(key));

    it('stores nothing at all without persist', async () => {
      const before = localStorage.length;
      const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder id="persist-test"></cf-participation-ladder>`);
      radioFor(el, 'therapy').click();
      await el.updateComplete;
      expect(localStorage.length).to.equal(before);
      expect(localStorage.getItem(key)).to.equal(null);
      expect(shadow(el).querySelector('[data-action="clear"]')).to.equal(null);
    });

    it('keeps the answers with persist, restores them, and clears them', async () => {
      const first = await fixture<ParticipationLadder>(html`<cf-participation-ladder id="persist-test" persist></cf-participation-ladder>`);
      radioFor(first, 'partnership').click();
      await first.updateComplete;
      expect(JSON.parse(localStorage.getItem(key)!).ratings[0].now).to.equal('partnership');
      first.remove();
      const second = await fixture<ParticipationLadder>(html`<cf-participation-ladder id="persist-test" persist></cf-participation-ladder>`);
      expect(second.value).to.equal('partnership');
      expect(checkedIds(second)).to.deep.equal(['partnership']);
      expect(text(second, '.persist-note')).to.contain('kept on this device only');
      await expect(second).to.be.accessible();
      setTimeout(() => button(second, '[data-action="clear"]').click());
      await oneEvent(second, 'change');
      expect(localStorage.getItem(key)).to.equal(null);
      expect(second.value).to.equal('');
    });

    it('ignores stored answers that another script changed into nonsense', async () => {
      localStorage.setItem(key, JSON.stringify({ scale: 'arnstein', ratings: [{ now: '"><script>alert(1)</script>', aim: { x: 1 } }], answers: [{ agenda: 99, design: 'x' }] }));
      const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder id="persist-test" persist></cf-participation-ladder>`);
      expect(el.value).to.equal('');
      expect(checkedIds(el)).to.deep.equal([]);
    });

    it('warns once and keeps working when persist has no id', async () => {
      let el!: ParticipationLadder;
      const warnings = await captureWarnings(async () => {
        el = await fixture<ParticipationLadder>(html`<cf-participation-ladder persist></cf-participation-ladder>`);
        radioFor(el, 'therapy').click();
        await el.updateComplete;
        radioFor(el, 'informing').click();
        await el.updateComplete;
      });
      expect([el.value, el.aspiration]).to.deep.equal(['therapy', 'informing']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('persist needs an id');
    });

    it('warns once and keeps working when storage is full or blocked', async () => {
      for (const kind of ['throws-on-write', 'throws-always'] as const) {
        const restore = breakStorage(kind);
        let el!: ParticipationLadder;
        try {
          const warnings = await captureWarnings(async () => {
            el = await fixture<ParticipationLadder>(html`<cf-participation-ladder id="persist-test" persist></cf-participation-ladder>`);
            radioFor(el, 'therapy').click();
            await el.updateComplete;
            radioFor(el, 'placation').click();
            await el.updateComplete;
          });
          expect([el.value, el.aspiration], kind).to.deep.equal(['therapy', 'placation']);
          expect(warnings, kind).to.have.length(1);
          expect(warnings[0]).to.contain('answers will not be kept');
          expect(text(el, '.persist-note')).to.contain('cannot be kept');
        } finally {
          restore();
        }
      }
    });
  });

  describe('export', () => {
    it('copies the marks and the gap as text', async () => {
      const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder value="consultation" aspiration="partnership" heading="Recovery college"></cf-participation-ladder>`);
      let copied = '';
      const clipboard = navigator.clipboard;
      const original = clipboard.writeText;
      clipboard.writeText = async (value: string) => void (copied = value);
      try {
        button(el, '[data-action="copy"]').click();
        await nextFrames(3);
      } finally {
        clipboard.writeText = original;
      }
      expect(copied).to.contain('Recovery college');
      expect(copied).to.contain("Scale: Arnstein's ladder of citizen participation");
      expect(copied).to.contain('You want to move up 2 rungs, from Consultation to Partnership.');
      await el.updateComplete;
      expect(liveRegion(el)).to.equal('Copied to the clipboard.');
    });

    it('downloads the marks as JSON', async () => {
      const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder value="placation" perspectives="Staff; Members"></cf-participation-ladder>`);
      const [download] = await captureDownloads(() => button(el, '[data-action="json"]').click());
      expect(download!.filename).to.equal('where-does-participation-sit.json');
      const data = JSON.parse(await download!.blob.text());
      expect(data.scale.id).to.equal('arnstein');
      expect(data.ratings[0]).to.deep.include({ perspective: 'Staff', now: { id: 'placation', label: 'Placation', rung: 5 }, aim: null });
      expect(data.ratings[1].perspective).to.equal('Members');
      expect(new Date(data.exportedAt).getTime()).to.be.closeTo(Date.now(), 60_000);
    });

    it('downloads the ladder as a PNG image', async () => {
      const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder value="placation"></cf-participation-ladder>`);
      const [download] = await captureDownloads(() => button(el, '[data-action="image"]').click());
      expect(download!.filename).to.equal('where-does-participation-sit.png');
      expect(download!.blob.type).to.equal('image/png');
      const bitmap = await createImageBitmap(download!.blob);
      expect(bitmap.width).to.equal(900);
      expect(bitmap.height).to.be.greaterThan(400);
    });

    it('hides buttons when printed, and the "Next click sets" label with its switch', async () => {
      const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder value="consultation"></cf-participation-ladder>`);
      const shown = (selector: string) => getComputedStyle(el.shadowRoot!.querySelector(selector)!).display !== 'none';
      expect(shown('[part="marking"]'), 'on screen').to.equal(true);
      await emulateMedia({ media: 'print' });
      try {
        expect(shown('[part="marking"]'), 'the switch and its label').to.equal(false);
        expect(shown('[part="actions"]'), 'the actions').to.equal(false);
        expect([...el.shadowRoot!.querySelectorAll('button')].filter((button) => getComputedStyle(button).display !== 'none')).to.deep.equal([]);
        expect(shown('[part="level"][data-now]'), 'the marked rung').to.equal(true);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('strings and language', () => {
    it('lets the page replace strings with a property or a data-strings child', async () => {
      const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder>
        <script type="application/json" data-strings>{ "heading": "Ble mae cyfranogiad?", "level.therapy.label": "Therapi" }</script>
      </cf-participation-ladder>`);
      expect(text(el, '[part="heading"]')).to.equal('Ble mae cyfranogiad?');
      expect(accessibleName(radioFor(el, 'therapy'))).to.match(/^Therapi/);
      el.strings = { 'marking.now': 'Lle rydyn ni nawr' };
      await el.updateComplete;
      expect(text(el, '[data-marking="now"]')).to.equal('Lle rydyn ni nawr');
    });

    it('uses strings registered for the nearest lang, and numbers in that language', async () => {
      registerStrings('xx-test', 'cf-participation-ladder', { intro: 'Intro in the test language' });
      const wrapper = await fixture(html`<div lang="xx-test"><cf-participation-ladder></cf-participation-ladder></div>`);
      const el = wrapper.querySelector('cf-participation-ladder')!;
      await el.updateComplete;
      expect(text(el, '.intro')).to.equal('Intro in the test language');
      const arabic = await fixture(html`<div lang="ar-EG"><cf-participation-ladder></cf-participation-ladder></div>`);
      const arabicEl = arabic.querySelector('cf-participation-ladder')!;
      await arabicEl.updateComplete;
      expect(text(arabicEl, '[data-level="manipulation"] .rung-number')).to.equal(new Intl.NumberFormat('ar-EG').format(1));
    });
  });

  describe('themes and sizes', () => {
    it('passes axe in the dark theme', async () => {
      const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder theme="dark" value="partnership" aspiration="citizen-control"></cf-participation-ladder>`);
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
      expect(getComputedStyle(el).backgroundColor).to.not.equal(getComputedStyle(document.body).backgroundColor);
      await expect(el).to.be.accessible();
    });

    it('fits 320 px without horizontal scrolling, one column', async () => {
      const wrapper = await fixture(html`<div style="width: 320px"><cf-participation-ladder value="therapy" aspiration="partnership" perspectives="Staff; People who use the service"></cf-participation-ladder></div>`);
      const el = wrapper.querySelector('cf-participation-ladder')!;
      await el.updateComplete;
      expect(el.scrollWidth).to.be.at.most(320);
      const layout = shadow(el).querySelector('.layout')!;
      expect(getComputedStyle(layout).gridTemplateColumns.split(' ')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('puts the ladder beside its explanation when wide', async () => {
      const wrapper = await fixture(html`<div style="width: 1100px"><cf-participation-ladder></cf-participation-ladder></div>`);
      const el = wrapper.querySelector('cf-participation-ladder')!;
      await el.updateComplete;
      expect(getComputedStyle(shadow(el).querySelector('.layout')!).gridTemplateColumns.split(' ')).to.have.length(2);
    });

    it('sizes in em from the host, not rem', async () => {
      const wrapper = await fixture(html`<div style="font-size: 20px"><cf-participation-ladder></cf-participation-ladder></div>`);
      const el = wrapper.querySelector('cf-participation-ladder')!;
      const previous = document.documentElement.style.fontSize;
      document.documentElement.style.fontSize = '10px';
      try {
        await el.updateComplete;
        const rung = radioFor(el, 'therapy');
        expect(parseFloat(getComputedStyle(rung).minHeight)).to.equal(55);
      } finally {
        document.documentElement.style.fontSize = previous;
      }
    });
  });
});

describe('<cf-participation-ladder> attributes and words', () => {
  it('gives properties their defaults back when attributes are removed', async () => {
    const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder value="consultation" theme="dark" perspectives="A; B" scale="tlap"></cf-participation-ladder>`);
    for (const name of ['value', 'theme', 'perspectives', 'scale']) el.removeAttribute(name);
    await el.updateComplete;
    expect([el.value, el.theme, el.perspectives, el.scale]).to.deep.equal(['', 'auto', '', 'arnstein']);
  });

  it('lets the page replace the scale name, band labels, about notes and area names', async () => {
    const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder value="consultation" aspiration="partnership"></cf-participation-ladder>`);
    el.strings = {
      'scale.arnstein.name': 'Ysgol Arnstein',
      'group.tokenism.label': 'Tocenistiaeth',
      'group.citizen-power.label': 'Grym dinasyddion',
      'about.arnstein.1': 'Nodyn am y model.',
      'area.agenda': 'Agenda (cy)',
    };
    await el.updateComplete;
    expect(text(el, '.scale-name')).to.equal('Ysgol Arnstein');
    expect(text(el, '.band-label')).to.equal('Grym dinasyddion');
    expect(text(el, '[part="summary"]')).to.contain('That crosses from Tocenistiaeth into Grym dinasyddion.');
    expect(text(el, '[part="about"]')).to.contain('Nodyn am y model.');
    button(el, '.help-toggle').click();
    await el.updateComplete;
    shadow(el).querySelector<HTMLInputElement>('fieldset input')!.click();
    await el.updateComplete;
    expect(text(el, '[part="profile"]')).to.equal('Agenda (cy): Manipulation');
  });

  it('says visibly that an answer is required', async () => {
    const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder required></cf-participation-ladder>`);
    expect(text(el, '.required-note')).to.equal('An answer is required.');
  });
});
