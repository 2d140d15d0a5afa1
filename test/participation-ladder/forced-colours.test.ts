/**
 * The ladder in forced colours: the chosen rung's number and the selected
 * perspective tab keep their system colours (see test/support/forced-colours.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/participation-ladder/define.js';
import type { ParticipationLadder } from '../../src/participation-ladder/participation-ladder.js';
import { forceColours, systemColour } from '../support/forced-colours.js';
import { nextFrames } from '../support/helpers.js';

const shadow = (el: HTMLElement) => el.shadowRoot!;

/**
 * The width of each border a tab shows against the Canvas behind it (0 when it
 * is Canvas or transparent); without the opt-out the browser paints them all.
 */
function visibleBorders(tab: Element): number[] {
  const style = getComputedStyle(tab);
  const canvas = systemColour('Canvas');
  return (['Top', 'Right', 'Bottom', 'Left'] as const).map((side) => {
    const colour = style.getPropertyValue(`border-${side.toLowerCase()}-color`);
    const visible = colour !== canvas && colour !== 'rgba(0, 0, 0, 0)';
    return visible || style.forcedColorAdjust !== 'none' ? parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) : 0;
  });
}

describe('<cf-participation-ladder> in forced colours', () => {
  let restore: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await restore?.();
    restore = undefined;
  });

  it('shows the chosen rung’s number in Highlight with HighlightText, not a forced blank box', async () => {
    const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder value="consultation"></cf-participation-ladder>`);
    restore = await forceColours(el);
    const number = getComputedStyle(shadow(el).querySelector('[aria-checked="true"] .rung-number')!);
    expect(number.forcedColorAdjust).to.equal('none');
    expect(number.backgroundColor).to.equal(systemColour('Highlight'));
    expect(number.color).to.equal(systemColour('HighlightText'));
    const other = getComputedStyle(shadow(el).querySelector('[aria-checked="false"] .rung-number')!);
    expect(other.backgroundColor).to.not.equal(systemColour('Highlight'));
  });

  it('marks the selected perspective tab more heavily than the others', async () => {
    const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder perspectives="Staff; Residents"></cf-participation-ladder>`);
    restore = await forceColours(el);
    const [selected, other] = [...shadow(el).querySelectorAll('[role="tab"]')];
    const selectedBorders = visibleBorders(selected!);
    const otherBorders = visibleBorders(other!);
    const total = (widths: number[]) => widths.reduce((sum, width) => sum + width, 0);
    expect(total(selectedBorders)).to.be.greaterThan(total(otherBorders));
    expect(selectedBorders[2]).to.be.at.least(2);
    expect(getComputedStyle(selected!).borderBottomColor).to.equal(systemColour('Highlight'));
  });

  it('drops the shade that says more tabs are off-screen, and keeps every tab in system colours', async () => {
    await setViewport({ width: 360, height: 800 });
    try {
      const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder perspectives="Staff; People who use the service; Family carers and supporters"></cf-participation-ladder>`);
      const row = shadow(el).querySelector('[role="tablist"]')!;
      await nextFrames();
      expect(row.scrollWidth, 'the row overflows').to.be.greaterThan(row.clientWidth);
      expect(getComputedStyle(row).boxShadow, 'shaded before').to.not.equal('none');
      restore = await forceColours(el);
      await nextFrames();
      expect(getComputedStyle(row).animationName).to.equal('none');
      expect(getComputedStyle(row).boxShadow).to.equal('none');
      for (const tab of row.querySelectorAll('[role="tab"]')) expect(getComputedStyle(tab).color).to.equal(systemColour('CanvasText'));
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
