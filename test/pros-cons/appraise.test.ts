import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/pros-cons/define.js';
import type { ProsCons } from '../../src/pros-cons/pros-cons.js';
import { checkedWeights, groups, liveRegionText, meter, pointTexts, radio, seedLists, shadow } from './helpers.js';

function focused(el: ProsCons): Element | null {
  return shadow(el).activeElement;
}

async function twoPoints(): Promise<ProsCons> {
  return fixture<ProsCons>(html`<cf-pros-cons>
    <ul slot="pros"><li data-weight="2">Quick answers</li></ul>
    <ul slot="cons"><li data-weight="1">Not peer reviewed</li></ul>
  </cf-pros-cons>`);
}

describe('<cf-pros-cons> weights', () => {
  it('has one tab stop per group, on the checked radio', async () => {
    const el = await twoPoints();
    for (const group of groups(el)) {
      const stops = Array.from(group.querySelectorAll('[role="radio"]')).filter((item) => item.getAttribute('tabindex') === '0');
      expect(stops).to.have.length(1);
      expect(stops[0]?.getAttribute('aria-checked')).to.equal('true');
    }
  });

  it('moves and checks with the arrow keys, wrapping, as the WAI-ARIA radio group does', async () => {
    const el = await twoPoints();
    radio(el, 0, 2).focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(checkedWeights(el)[0]).to.equal(3);
    expect(focused(el)).to.equal(radio(el, 0, 3));
    expect(radio(el, 0, 3).getAttribute('tabindex')).to.equal('0');
    expect(radio(el, 0, 2).getAttribute('tabindex')).to.equal('-1');

    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(checkedWeights(el)[0]).to.equal(0);
    expect(focused(el)).to.equal(radio(el, 0, 0));

    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(checkedWeights(el)[0]).to.equal(3);

    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(checkedWeights(el)[0]).to.equal(2);
    expect(focused(el)).to.equal(radio(el, 0, 2));
    // the other point is untouched
    expect(checkedWeights(el)[1]).to.equal(1);
  });

  it('checks the focused radio with Space', async () => {
    const el = await twoPoints();
    radio(el, 1, 3).focus(); // focusable by script, as after a click
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(checkedWeights(el)[1]).to.equal(3);
  });

  it('Tab reaches each point’s group once', async () => {
    const el = await twoPoints();
    radio(el, 0, 2).focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(radio(el, 1, 1));
  });

  it('checks a weight on click and fires one change event', async () => {
    const el = await twoPoints();
    let changes = 0;
    el.addEventListener('change', () => (changes += 1));
    setTimeout(() => radio(el, 1, 3).click());
    const event = await oneEvent(el, 'change');
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(checkedWeights(el)).to.deep.equal([2, 3]);
    radio(el, 1, 3).click(); // already checked: no change
    await el.updateComplete;
    expect(changes).to.equal(1);
  });
});

describe('<cf-pros-cons> balance, verdict and tipping point', () => {
  it('shows the balance on a meter from -1 to 1 with the verdict as its value text', async () => {
    const el = await twoPoints();
    // 2 vs 1: 1/3, leans to pros
    expect(el.balance).to.equal(1 / 3);
    expect(meter(el).getAttribute('aria-valuemin')).to.equal('-1');
    expect(meter(el).getAttribute('aria-valuemax')).to.equal('1');
    expect(Number(meter(el).getAttribute('aria-valuenow'))).to.equal(el.balance);
    expect(meter(el).getAttribute('aria-valuetext')).to.equal('Leans to pros');
    expect(shadow(el).querySelector('[part="verdict"]')?.textContent?.trim()).to.equal('Leans to pros');

    radio(el, 1, 3).click(); // 2 vs 3: -0.2, leans to cons
    await el.updateComplete;
    expect(Number(meter(el).getAttribute('aria-valuenow'))).to.equal(-0.2);
    expect(meter(el).getAttribute('aria-valuetext')).to.equal('Leans to cons');

    radio(el, 0, 0).click(); // 0 vs 3: mostly cons
    await el.updateComplete;
    expect(meter(el).getAttribute('aria-valuetext')).to.equal('Mostly cons');
    radio(el, 1, 0).click(); // 0 vs 0: balanced
    await el.updateComplete;
    expect(el.balance).to.equal(0);
    expect(meter(el).getAttribute('aria-valuetext')).to.equal('Balanced: neither overwhelmingly good nor bad');
  });

  it('states the tipping point in words', async () => {
    const el = await twoPoints();
    // 2 vs 1: the con mattering a little more (important rather than minor) gives 2 vs 2, balanced
    expect(shadow(el).querySelector('[part="tipping"]')?.textContent?.trim()).to.equal(
      'Tipping point: if “Not peer reviewed” mattered a little more to you (important rather than minor), the verdict would change to “balanced: neither overwhelmingly good nor bad”.',
    );
  });

  it('says when no single change moves the verdict (the seed, untouched)', async () => {
    const el = await fixture<ProsCons>(html`<cf-pros-cons>${seedLists()}</cf-pros-cons>`);
    expect(shadow(el).querySelector('[part="tipping"]')?.textContent?.trim()).to.equal('No single change of one weight would move the verdict.');
    expect(shadow(el).querySelector('.totals')?.textContent).to.contain('Pros weigh 14, cons weigh 12.');
  });

  it('announces the verdict politely when its band changes, and only then', async () => {
    const el = await twoPoints();
    const region = shadow(el).querySelector('[role="status"]');
    expect(region?.getAttribute('aria-live')).to.equal('polite');
    radio(el, 0, 3).click(); // 3 vs 1: 0.5, still leans to pros
    await el.updateComplete;
    expect(await liveRegionText(el, 300)).to.equal('');
    radio(el, 1, 3).click(); // 3 vs 3: balanced
    expect(await liveRegionText(el)).to.equal('The verdict is now: Balanced: neither overwhelmingly good nor bad.');
  });
});

describe('<cf-pros-cons> the reader’s own points', () => {
  it('adds, edits and removes a point by keyboard alone', async () => {
    const el = await twoPoints();
    const changes: Event[] = [];
    el.addEventListener('change', (event) => changes.push(event));
    shadow(el).querySelector<HTMLInputElement>('#add-text')!.focus();
    await sendKeys({ type: 'Supervision covers this already' });
    await sendKeys({ press: 'Tab' }); // to the side radios: Pros
    await sendKeys({ press: 'ArrowRight' }); // Cons
    await sendKeys({ press: 'Tab' }); // the Add button
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(pointTexts(el, 'con')).to.deep.equal(['Not peer reviewed', 'Supervision covers this already']);
    expect(el.cons[1]).to.deep.equal({ text: 'Supervision covers this already', weight: 2, by: 'reader' });
    expect(shadow(el).querySelector('.side.con .point.own [part="own"]')?.textContent).to.contain('Your point');
    expect(changes).to.have.length(1);
    expect(await liveRegionText(el)).to.contain('Your point is added to cons.');

    // edit: the Edit button, type, Enter
    const edit = shadow(el).querySelector<HTMLButtonElement>('.point.own [data-action="edit"]')!;
    edit.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)?.id).to.match(/-edit$/);
    await sendKeys({ type: 'Supervision already covers it' }); // the text is selected, so this replaces it
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.cons[1]?.text).to.equal('Supervision already covers it');
    expect(focused(el)?.getAttribute('data-action')).to.equal('edit');
    expect(changes).to.have.length(2);

    // Escape cancels an edit
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ type: 'Never mind' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.cons[1]?.text).to.equal('Supervision already covers it');
    expect(changes).to.have.length(2);

    // remove
    shadow(el).querySelector<HTMLButtonElement>('.point.own [data-action="remove"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.cons).to.have.length(1);
    expect(shadow(el).querySelector('.point.own')).to.equal(null);
    expect(focused(el)?.id).to.equal('add-text');
    expect(changes).to.have.length(3);
  });

  it('weighs a reader’s point like any other', async () => {
    const el = await twoPoints();
    el.addPoint('pro', 'Keeps my teaching relevant');
    await el.updateComplete;
    expect(groups(el)).to.have.length(3);
    expect(groups(el)[1]?.getAttribute('aria-label')).to.contain('Keeps my teaching relevant');
    radio(el, 1, 3).click();
    await el.updateComplete;
    expect(el.balance).to.equal((2 + 3 - 1) / 6);
  });

  it('refuses an empty point with a message tied to the field', async () => {
    const el = await twoPoints();
    const input = shadow(el).querySelector<HTMLInputElement>('#add-text')!;
    input.value = '   ';
    shadow(el).querySelector<HTMLButtonElement>('.add button[type="submit"]')!.click();
    await el.updateComplete;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(shadow(el).querySelector(`#${input.getAttribute('aria-describedby')}`)?.textContent).to.equal('Write your point first.');
    expect(el.pros).to.have.length(1);
  });

  it('announces the empty-point message politely when Enter is pressed in the empty field', async () => {
    const el = await twoPoints();
    const input = shadow(el).querySelector<HTMLInputElement>('#add-text')!;
    input.focus();
    await sendKeys({ press: 'Enter' });
    expect(await liveRegionText(el)).to.equal('Write your point first.');
    expect(shadow(el).activeElement).to.equal(input);
    await expect(el).to.be.accessible();
  });
});

describe('<cf-pros-cons> reflection', () => {
  it('has a labelled box; change fires on the textarea’s change, not on each key', async () => {
    const el = await twoPoints();
    const area = shadow(el).querySelector<HTMLTextAreaElement>('textarea')!;
    expect(shadow(el).querySelector(`label[for="${area.id}"]`)?.textContent?.trim()).to.equal('What this means for my practice');
    let changes = 0;
    el.addEventListener('change', () => (changes += 1));
    area.focus();
    await sendKeys({ type: 'Use it for research, not for news.' });
    expect(el.reflection).to.equal('Use it for research, not for news.');
    expect(changes).to.equal(0);
    area.dispatchEvent(new Event('change'));
    expect(changes).to.equal(1);
  });
});
