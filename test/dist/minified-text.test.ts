/**
 * The built files minify their templates (collapsing whitespace): text that
 * reads as a sentence in the source must still read as one in dist/ (npm run
 * build first, as npm test does).
 */
import { expect } from '@open-wc/testing';

describe('dist/ text after minifying', () => {
  before(async () => {
    const response = await fetch('/dist/participation-ladder.js', { method: 'HEAD' });
    if (!response.ok) throw new Error('dist/ is missing: run `npm run build` before these tests (npm test does).');
    await import(/* @vite-ignore */ `${'/dist/participation-ladder.js'}`);
  });

  it('keeps the space before the ladder’s "An answer is required."', async () => {
    const el = document.createElement('cf-participation-ladder');
    el.setAttribute('required', '');
    document.body.append(el);
    await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    const intro = el.shadowRoot!.querySelector('.intro')!.textContent!.trim();
    expect(intro).to.equal('Choose the rung that best describes how things are now and, if you wish, where you want to be. An answer is required.');
    el.remove();
  });

  it("keeps the tab row's scroll-led shade: minified CSS must not fold its timeline into a shorthand Chromium refuses", async () => {
    const el = document.createElement('cf-participation-ladder');
    el.setAttribute('perspectives', 'Staff; Members');
    document.body.append(el);
    await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    const row = getComputedStyle(el.shadowRoot!.querySelector('[role="tablist"]')!);
    expect([row.animationName, row.getPropertyValue('animation-timeline')]).to.deep.equal(['cf-more-tabs', 'scroll(self inline)']);
    el.remove();
  });
});
