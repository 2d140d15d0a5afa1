import { expect, fixture, html } from '@open-wc/testing';
import '../../src/pros-cons/define.js';
import { ProsCons } from '../../src/pros-cons/pros-cons.js';
import { SEED_CONS, SEED_PROS, captureWarnings, fixtureIn, checkedWeights, groups, pointTexts, seedLists, shadow } from './helpers.js';

describe('<cf-pros-cons> authoring', () => {
  it('reads light-DOM lists, with data-weight and the default weight 2', async () => {
    const el = await fixture<ProsCons>(html`<cf-pros-cons>
      <ul slot="pros">
        <li data-weight="3">Shares good   practice</li>
        <li>Keeps me <em>up to date</em></li>
      </ul>
      <ol slot="cons">
        <li data-weight="0">Distracting</li>
      </ol>
    </cf-pros-cons>`);
    expect(pointTexts(el, 'pro')).to.deep.equal(['Shares good practice', 'Keeps me up to date']);
    expect(pointTexts(el, 'con')).to.deep.equal(['Distracting']);
    expect(checkedWeights(el)).to.deep.equal([3, 2, 0]);
    expect(el.pros).to.deep.equal([
      { text: 'Shares good practice', weight: 3, by: 'author' },
      { text: 'Keeps me up to date', weight: 2, by: 'author' },
    ]);
  });

  it('renders the seed appraisal: 7 pros and 6 cons, each with a radio group named by its text', async () => {
    const el = await fixture<ProsCons>(html`<cf-pros-cons heading="Social media for CPD">${seedLists()}</cf-pros-cons>`);
    expect(pointTexts(el, 'pro')).to.deep.equal(SEED_PROS);
    expect(pointTexts(el, 'con')).to.deep.equal(SEED_CONS);
    const all = groups(el);
    expect(all).to.have.length(13);
    all.forEach((group, index) => {
      expect(group.getAttribute('aria-label')).to.contain([...SEED_PROS, ...SEED_CONS][index]);
      const radios = Array.from(group.querySelectorAll('[role="radio"]'));
      expect(radios.map((radio) => radio.getAttribute('data-weight'))).to.deep.equal(['0', '1', '2', '3']);
      expect(radios.map((radio) => radio.textContent?.trim())).to.deep.equal(['Not me', 'Minor', 'Important', 'Crucial']);
    });
    expect(el.verdict).to.equal('balanced');
  });

  it('reads a child JSON script, items as strings or { text, weight }', async () => {
    const el = await fixture<ProsCons>(html`<cf-pros-cons>
      <script type="application/json">
        { "pros": ["Quick answers", { "text": "Research data", "weight": 1 }], "cons": [{ "text": "Not peer reviewed", "weight": 3 }] }
      </script>
    </cf-pros-cons>`);
    expect(pointTexts(el, 'pro')).to.deep.equal(['Quick answers', 'Research data']);
    expect(pointTexts(el, 'con')).to.deep.equal(['Not peer reviewed']);
    expect(checkedWeights(el)).to.deep.equal([2, 1, 3]);
  });

  it('takes the pros and cons properties, which win over lists', async () => {
    const el = await fixture<ProsCons>(html`<cf-pros-cons>${seedLists()}</cf-pros-cons>`);
    el.pros = [{ text: 'From script', weight: 3 }];
    el.cons = ['Also from script'];
    await el.updateComplete;
    expect(pointTexts(el, 'pro')).to.deep.equal(['From script']);
    expect(pointTexts(el, 'con')).to.deep.equal(['Also from script']);
    expect(el.cons).to.deep.equal([{ text: 'Also from script', weight: 2, by: 'author' }]);
    expect(el.balance).to.equal((3 - 2) / 5);
  });

  it('takes properties set before the element is upgraded', async () => {
    const el = document.createElement('cf-pros-cons-late') as ProsCons;
    el.pros = [{ text: 'Set before the upgrade', weight: 1 }];
    document.body.append(el);
    customElements.define('cf-pros-cons-late', class extends ProsCons {});
    await el.updateComplete;
    expect(pointTexts(el, 'pro')).to.deep.equal(['Set before the upgrade']);
    expect(checkedWeights(el)).to.deep.equal([1]);
    el.remove();
  });

  it('treats point text as text, never HTML', async () => {
    const el = await fixture<ProsCons>(html`<cf-pros-cons>
      <script type="application/json">
        { "pros": ["<img src=x onerror=alert(1)> <b>bold</b>"], "cons": [] }
      </script>
    </cf-pros-cons>`);
    expect(pointTexts(el, 'pro')).to.deep.equal(['<img src=x onerror=alert(1)> <b>bold</b>']);
    expect(shadow(el).querySelector('img, b')).to.equal(null);
  });

  it('follows changes to the light-DOM lists', async () => {
    const el = await fixture<ProsCons>(html`<cf-pros-cons>
      <ul slot="pros"><li>First</li></ul>
    </cf-pros-cons>`);
    const item = document.createElement('li');
    item.textContent = 'Second';
    el.querySelector('ul')!.append(item);
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(pointTexts(el, 'pro')).to.deep.equal(['First', 'Second']);
  });

  it('uses pros-label and cons-label for the columns, the meter and the verdict', async () => {
    const el = await fixture<ProsCons>(html`<cf-pros-cons pros-label="Benefits" cons-label="Pitfalls">
      <ul slot="pros"><li data-weight="3">A</li></ul>
      <ul slot="cons"><li data-weight="0">B</li></ul>
    </cf-pros-cons>`);
    const labels = Array.from(shadow(el).querySelectorAll('.side-label')).map((label) => label.textContent?.trim());
    expect(labels).to.deep.equal(['Benefits', 'Pitfalls']);
    expect(shadow(el).querySelector('[part="verdict"]')?.textContent?.trim()).to.equal('Mostly benefits');
  });

  it('uses "Pros" and "Cons" by default', async () => {
    const el = await fixture<ProsCons>(html`<cf-pros-cons><ul slot="pros"><li>A</li></ul></cf-pros-cons>`);
    const labels = Array.from(shadow(el).querySelectorAll('.side-label')).map((label) => label.textContent?.trim());
    expect(labels).to.deep.equal(['Pros', 'Cons']);
  });

  it('shows a heading when given one', async () => {
    const el = await fixture<ProsCons>(html`<cf-pros-cons heading="Social media for CPD"><ul slot="pros"><li>A</li></ul></cf-pros-cons>`);
    const heading = shadow(el).querySelector('[part="heading"]');
    expect(heading?.textContent?.trim()).to.equal('Social media for CPD');
    expect(heading?.getAttribute('role')).to.equal('heading');
  });
});

describe('<cf-pros-cons mode="read">', () => {
  it('draws its own copy of the author’s lists (page CSS cannot hide it), with no controls', async () => {
    const el = await fixture<ProsCons>(html`<cf-pros-cons mode="read">${seedLists()}</cf-pros-cons>`);
    const authorTexts = (side: string) => [...el.querySelectorAll(`ul[slot="${side}"] > li`)].map((li) => li.textContent!.trim());
    expect(pointTexts(el, 'pro')).to.deep.equal(authorTexts('pros'));
    expect(pointTexts(el, 'con')).to.deep.equal(authorTexts('cons'));
    expect(shadow(el).querySelector('slot[name="pros"], slot[name="cons"]')).to.equal(null);
    expect(shadow(el).querySelector('[role="radiogroup"], [role="meter"], textarea, button')).to.equal(null);
    const style = document.createElement('style');
    style.textContent = 'li { display: none !important; }';
    document.head.append(style);
    try {
      expect(shadow(el).querySelector('.side.pro li')!.getBoundingClientRect().height).to.be.greaterThan(0);
    } finally {
      style.remove();
    }
  });

  it('renders its own lists from JSON, with text labels for each side', async () => {
    const el = await fixture<ProsCons>(html`<cf-pros-cons mode="read">
      <script type="application/json">{ "pros": ["Quick answers"], "cons": ["Not peer reviewed"] }</script>
    </cf-pros-cons>`);
    expect(pointTexts(el, 'pro')).to.deep.equal(['Quick answers']);
    expect(pointTexts(el, 'con')).to.deep.equal(['Not peer reviewed']);
    expect(shadow(el).querySelector('.side.pro .side-label')?.textContent?.trim()).to.equal('Pros');
    expect(shadow(el).querySelector('.side.con .side-label')?.textContent?.trim()).to.equal('Cons');
  });

  it('puts the columns side by side when wide and stacks them when narrow (container query)', async () => {
    const wrapper = document.createElement('div');
    wrapper.style.width = '900px';
    const el = await fixtureIn<ProsCons>(wrapper, html`<cf-pros-cons mode="read">${seedLists()}</cf-pros-cons>`);
    const side = (name: string) => shadow(el).querySelector(`.side.${name}`)!.getBoundingClientRect();
    expect(side('con').top).to.equal(side('pro').top);
    expect(side('con').left).to.be.greaterThan(side('pro').left);
    wrapper.style.width = '320px';
    expect(side('con').top).to.be.greaterThan(side('pro').bottom - 1);
    expect(side('con').left).to.equal(side('pro').left);
  });
});

describe('<cf-pros-cons> bad input', () => {
  it('invalid JSON: a message and one warning', async () => {
    let el!: ProsCons;
    const warnings = await captureWarnings(async () => {
      el = await fixture<ProsCons>(html`<cf-pros-cons><script type="application/json">{ "pros": [oops] }</script></cf-pros-cons>`);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('not valid JSON');
    expect(shadow(el).querySelector('[part="message"]')?.textContent).to.contain('could not be read');
  });

  it('invalid JSON with lists: falls back to the lists, with a message and one warning', async () => {
    let el!: ProsCons;
    const warnings = await captureWarnings(async () => {
      el = await fixture<ProsCons>(html`<cf-pros-cons><script type="application/json">nope</script><ul slot="pros"><li>Still here</li></ul></cf-pros-cons>`);
    });
    expect(warnings).to.have.length(1);
    expect(pointTexts(el, 'pro')).to.deep.equal(['Still here']);
    expect(shadow(el).querySelectorAll('[part="message"]')).to.have.length(1);
  });

  it('weights outside 0-3: brought into range, one warning', async () => {
    let el!: ProsCons;
    const warnings = await captureWarnings(async () => {
      el = await fixture<ProsCons>(html`<cf-pros-cons>
        <ul slot="pros"><li data-weight="7">Too heavy</li><li data-weight="lots">Not a number</li></ul>
        <ul slot="cons"><li data-weight="-2">Too light</li></ul>
      </cf-pros-cons>`);
    });
    expect(checkedWeights(el)).to.deep.equal([3, 2, 0]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"7"');
  });

  it('no points at all: a message that invites the reader’s own, one warning', async () => {
    let el!: ProsCons;
    const warnings = await captureWarnings(async () => {
      el = await fixture<ProsCons>(html`<cf-pros-cons></cf-pros-cons>`);
    });
    expect(warnings).to.have.length(1);
    expect(shadow(el).querySelector('[part="message"]')?.textContent).to.contain('no points');
    expect(shadow(el).querySelector('#add-text')).to.not.equal(null);
    expect(el.balance).to.equal(0);
  });

  it('200 points: 50 a side shown, with a message, one warning', async () => {
    const el = document.createElement('cf-pros-cons');
    const many = Array.from({ length: 200 }, (_, index) => `Point ${index + 1}`);
    const warnings = await captureWarnings(async () => {
      el.pros = many;
      el.cons = many;
      document.body.append(el);
      await el.updateComplete;
    });
    expect(pointTexts(el, 'pro')).to.have.length(50);
    expect(pointTexts(el, 'con')).to.have.length(50);
    const messages = Array.from(shadow(el).querySelectorAll('[part="message"]')).map((message) => message.textContent);
    expect(messages).to.deep.equal(['Showing the first 50 of 200 pros.', 'Showing the first 50 of 200 cons.']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('only the first 50');
    el.remove();
  });

  it('a pros property that is not a list: a message and one warning, no exception', async () => {
    const el = await fixture<ProsCons>(html`<cf-pros-cons><ul slot="cons"><li>A</li></ul></cf-pros-cons>`);
    const warnings = await captureWarnings(async () => {
      (el as unknown as { pros: unknown }).pros = 'not a list';
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(shadow(el).querySelector('[part="message"]')?.textContent).to.contain('not a list');
  });

  it('an unknown mode: one warning, shows the appraisal', async () => {
    let el!: ProsCons;
    const warnings = await captureWarnings(async () => {
      el = await fixture<ProsCons>(html`<cf-pros-cons mode="quiz"><ul slot="pros"><li>A</li></ul></cf-pros-cons>`);
    });
    expect(warnings).to.have.length(1);
    expect(groups(el)).to.have.length(1);
  });
});
