/**
 * Issue 10: the JSON-LD code loads on first use only, and `updateComplete`
 * waits for it; the public export methods stay synchronous.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/pros-cons/define.js';
import type { ProsCons } from '../../src/pros-cons/pros-cons.js';
import { seedLists } from './helpers.js';

const loaded = (name: string) => performance.getEntriesByType('resource').some((entry) => entry.name.includes(name));
const ldScript = (el: ProsCons) => el.querySelector(':scope > script[type="application/ld+json"]');

describe('<cf-pros-cons> parts loaded on first use', () => {
  it('fetches the JSON-LD code only once structured-data is on; and updateComplete waits for it to arrive', async () => {
    const el = await fixture<ProsCons>(html`<cf-pros-cons heading="Social media for CPD">${seedLists()}</cf-pros-cons>`);
    expect(loaded('structured-data-script'), 'fetched without structured-data').to.equal(false);
    // the export methods need nothing loaded
    expect(el.toText()).to.contain('Social media for CPD');
    expect(el.toMarkdown()).to.contain('# Social media for CPD');
    expect(el.toJSONRecord()).to.have.property('heading', 'Social media for CPD');
    el.structuredData = true;
    await el.updateComplete;
    expect(loaded('structured-data-script'), 'fetched once asked for').to.equal(true);
    expect(ldScript(el)?.textContent).to.contain('positiveNotes');
    await expect(el).to.be.accessible();
  });
});
