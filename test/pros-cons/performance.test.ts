import { expect, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/pros-cons/define.js';
import type { ProsCons } from '../../src/pros-cons/pros-cons.js';

describe('<cf-pros-cons> performance', () => {
  it('renders a page of 50 appraisals of 10 points each quickly', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const points = (side: string) => Array.from({ length: 5 }, (_, index) => html`<li data-weight=${index % 4}>${side} point ${index + 1} about social media and practice</li>`);
    const start = performance.now();
    render(
      html`${Array.from({ length: 50 }, (_, index) => html`<cf-pros-cons heading="Appraisal ${index + 1}"><ul slot="pros">${points('Pro')}</ul><ul slot="cons">${points('Con')}</ul></cf-pros-cons>`)}`,
      container,
    );
    const elements = Array.from(container.querySelectorAll<ProsCons>('cf-pros-cons'));
    await Promise.all(elements.map((el) => el.updateComplete));
    container.getBoundingClientRect(); // include style and layout
    const elapsed = performance.now() - start;
    console.log(`[perf] 50 appraisals x 10 points rendered and laid out in ${elapsed.toFixed(0)} ms`);
    expect(elements.every((el) => el.shadowRoot!.querySelectorAll('[role="radiogroup"]').length === 10)).to.equal(true);
    expect(elapsed).to.be.below(3000);
    container.remove();
  });
});
