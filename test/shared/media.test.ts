/**
 * The shared tokens follow the reader's settings: colour scheme, reduced
 * motion and (checked by the rules themselves) forced colours.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/participation-ladder/define.js';
import type { ParticipationLadder } from '../../src/participation-ladder/participation-ladder.js';

describe('reader settings', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' }));

  it('follows prefers-color-scheme with theme="auto", and the theme attribute over it', async () => {
    const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder></cf-participation-ladder>`);
    await emulateMedia({ colorScheme: 'light' });
    const light = getComputedStyle(el).backgroundColor;
    await emulateMedia({ colorScheme: 'dark' });
    const dark = getComputedStyle(el).backgroundColor;
    expect(dark).to.not.equal(light);
    // rungs fade to their dark background (180 ms): check contrast once they are there,
    // not halfway, where a busy machine's axe run once caught them
    await Promise.all(el.shadowRoot!.getAnimations().map((animation) => animation.finished));
    await expect(el).to.be.accessible();
    el.theme = 'light';
    await el.updateComplete;
    expect(getComputedStyle(el).backgroundColor).to.equal(light);
  });

  it('turns transitions off under prefers-reduced-motion', async () => {
    const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder></cf-participation-ladder>`);
    const rung = el.shadowRoot!.querySelector('[role="radio"]')!;
    expect(getComputedStyle(rung).transitionDuration).to.not.equal('0s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(rung).transitionDuration.split(', ').every((duration) => duration === '0s')).to.equal(true);
  });

  it('has forced-colors rules that use system colours', async () => {
    const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder></cf-participation-ladder>`);
    const rules = [...el.shadowRoot!.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules]);
    const forced = rules.filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors'));
    const text = forced.map((rule) => rule.cssText).join(' ').toLowerCase();
    expect(text).to.contain('canvastext').and.to.contain('highlight').and.to.contain('buttontext');
  });
});
