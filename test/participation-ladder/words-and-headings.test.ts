/**
 * What assistive technology reads from the ladder: radio names, headings, the
 * "rated" tick on a perspective tab; and sentences that are true as written.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import '../../src/participation-ladder/define.js';
import type { ParticipationLadder } from '../../src/participation-ladder/participation-ladder.js';

interface AccessibilityNode {
  role: string;
  name: string;
  description?: string;
  level?: number;
  children?: AccessibilityNode[];
}

/** Every node of the page's accessibility tree with `role`, as the browser computes it. */
async function nodesWithRole(role: string): Promise<AccessibilityNode[]> {
  const found: AccessibilityNode[] = [];
  const walk = (node: AccessibilityNode) => {
    if (node.role === role) found.push(node);
    node.children?.forEach(walk);
  };
  walk((await a11ySnapshot({})) as unknown as AccessibilityNode);
  return found;
}

const shadow = (el: HTMLElement) => el.shadowRoot!;
const rung = (el: HTMLElement, id: string) => shadow(el).querySelector<HTMLElement>(`[role="radio"][data-level="${id}"]`)!;
const text = (el: HTMLElement, selector: string) => shadow(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function mark(el: ParticipationLadder, id: string): Promise<void> {
  rung(el, id).click();
  await el.updateComplete;
}

describe('<cf-participation-ladder> names and words', () => {
  it('names each rung "label, rung n of total" with no space before the comma', async () => {
    await fixture<ParticipationLadder>(html`<cf-participation-ladder></cf-participation-ladder>`);
    const names = (await nodesWithRole('radio')).map((node) => node.name);
    expect(names[0]).to.equal('Citizen control, rung 8 of 8');
    expect(names[7]).to.equal('Manipulation, rung 1 of 8');
    expect(names.filter((name) => / ,/.test(name))).to.deep.equal([]);
  });

  it('describes each rung in sentences: its description, its band as written (not in the capitals its style shows), its marks', async () => {
    const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder value="informing"></cf-participation-ladder>`);
    const described = async (name: string) => (await nodesWithRole('radio')).find((node) => node.name === name)?.description ?? '';
    const informing = await described('Informing, rung 3 of 8');
    expect(informing).to.match(/^People are told .+\. Degrees of tokenism\. Now\.$/);
    expect(await described('Citizen control, rung 8 of 8')).to.match(/[^.]\. Degrees of citizen power\.$/);
    await expect(el).to.be.accessible();
  });

  it('gives a rated perspective tab the word "rated", not only a tick', async () => {
    const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder perspectives="Staff; People who use the service"></cf-participation-ladder>`);
    expect((await nodesWithRole('tab')).map((node) => node.name)).to.deep.equal(['Staff', 'People who use the service']);
    await mark(el, 'placation');
    expect((await nodesWithRole('tab')).map((node) => node.name)).to.deep.equal(['Staff, rated', 'People who use the service']);
    await expect(el).to.be.accessible();
  });

  it('says what one rated view shows, rather than that every view agrees', async () => {
    const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder perspectives="Staff; People who use the service"></cf-participation-ladder>`);
    await mark(el, 'placation');
    const spread = text(el, '[part="spread"]');
    expect(spread).to.not.contain('Every view');
    expect(spread).to.contain('Only Staff is rated so far: Placation.');
    expect(spread).to.contain('Still to rate: People who use the service.');
    shadow(el).querySelector<HTMLElement>('[role="tab"][data-index="1"]')!.click();
    await el.updateComplete;
    await mark(el, 'placation');
    expect(text(el, '[part="spread"]')).to.contain('Every view rated so far puts it at the same rung: Placation.');
  });

  it('makes "How the views compare" and "Your answers by area" headings one level below the widget’s', async () => {
    const el = await fixture<ParticipationLadder>(html`<cf-participation-ladder heading-level="3" perspectives="Staff; Residents"></cf-participation-ladder>`);
    shadow(el).querySelector<HTMLButtonElement>('.help-toggle')!.click();
    await el.updateComplete;
    shadow(el).querySelector<HTMLInputElement>('.question input')!.click();
    await el.updateComplete;
    const headings = (await nodesWithRole('heading')).map((node) => [node.name, node.level]);
    expect(headings).to.deep.include.members([
      ['Where does participation sit?', 3],
      ['How the views compare', 4],
      ['Your answers by area', 4],
    ]);
    await expect(el).to.be.accessible();
  });
});
