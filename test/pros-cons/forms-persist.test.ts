import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../src/pros-cons/define.js';
import type { ProsCons } from '../../src/pros-cons/pros-cons.js';
import { storageKey } from '../../src/shared/storage.js';
import { captureWarnings, fixtureIn, checkedWeights, groups, radio, shadow } from './helpers.js';

const lists = html`<ul slot="pros"><li data-weight="3">Quick answers</li></ul>
  <ul slot="cons"><li data-weight="1">Not peer reviewed</li></ul>`;

describe('<cf-pros-cons> in a form', () => {
  it('submits the appraisal as JSON under its name', async () => {
    const form = document.createElement('form');
    const el = await fixtureIn<ProsCons>(form, html`<cf-pros-cons name="appraisal">${lists}</cf-pros-cons>`);
    radio(el, 1, 2).click();
    el.addPoint('pro', 'Keeps me up to date');
    el.reflection = 'Use it with care.';
    await el.updateComplete;
    const value = new FormData(form).get('appraisal');
    expect(typeof value).to.equal('string');
    const json = JSON.parse(value as string);
    expect(json.pros).to.deep.equal([
      { text: 'Quick answers', weight: 3, weightLabel: 'Crucial', by: 'author', chosen: false },
      { text: 'Keeps me up to date', weight: 2, weightLabel: 'Important', by: 'reader', chosen: true },
    ]);
    expect(json.cons).to.deep.equal([{ text: 'Not peer reviewed', weight: 2, weightLabel: 'Important', by: 'author', chosen: true }]);
    expect(json.balance).to.equal((5 - 2) / 7);
    expect(json.verdict).to.deep.equal({ band: 'leans-pros', text: 'Leans to pros' });
    expect(json.reflection).to.equal('Use it with care.');
    expect(JSON.parse(el.value)).to.deep.include({ balance: json.balance, reflection: 'Use it with care.' });
  });

  it('resets to the author’s weights without the reader’s points and reflection', async () => {
    const form = document.createElement('form');
    const el = await fixtureIn<ProsCons>(form, html`<cf-pros-cons name="appraisal">${lists}</cf-pros-cons>`);
    radio(el, 0, 0).click();
    el.addPoint('con', 'Takes time');
    el.reflection = 'Notes';
    await el.updateComplete;
    expect(groups(el)).to.have.length(3);
    form.reset();
    await el.updateComplete;
    expect(checkedWeights(el)).to.deep.equal([3, 1]);
    expect(el.reflection).to.equal('');
    expect(shadow(el).querySelector('textarea')?.value).to.equal('');
    expect(JSON.parse(new FormData(form).get('appraisal') as string).cons).to.have.length(1);
  });

  it('restores its state from the browser (formStateRestoreCallback) and from value', async () => {
    const el = await fixture<ProsCons>(html`<cf-pros-cons>${lists}</cf-pros-cons>`);
    const saved = JSON.stringify({
      pros: [{ text: 'Quick answers', weight: 0, by: 'author' }, { text: 'Mine', weight: 3, by: 'reader' }],
      cons: [{ text: 'Not peer reviewed', weight: 2, by: 'author' }],
      reflection: 'Restored',
    });
    el.formStateRestoreCallback(saved, 'restore');
    await el.updateComplete;
    expect(checkedWeights(el)).to.deep.equal([0, 3, 2]);
    expect(el.reflection).to.equal('Restored');
    expect(el.pros[1]).to.deep.equal({ text: 'Mine', weight: 3, by: 'reader' });

    const other = await fixture<ProsCons>(html`<cf-pros-cons>${lists}</cf-pros-cons>`);
    other.value = el.value;
    await other.updateComplete;
    expect(checkedWeights(other)).to.deep.equal([0, 3, 2]);
  });

  it('when disabled: controls are disabled, nothing changes, nothing is submitted', async () => {
    const form = document.createElement('form');
    const el = await fixtureIn<ProsCons>(form, html`<cf-pros-cons name="appraisal" disabled>${lists}</cf-pros-cons>`);
    expect(groups(el).every((group) => group.getAttribute('aria-disabled') === 'true')).to.equal(true);
    expect(shadow(el).querySelectorAll('[role="radio"][tabindex="0"]')).to.have.length(0);
    radio(el, 0, 0).click();
    await el.updateComplete;
    expect(checkedWeights(el)).to.deep.equal([3, 1]);
    expect(shadow(el).querySelector<HTMLInputElement>('#add-text')?.disabled).to.equal(true);
    expect(shadow(el).querySelector('textarea')?.disabled).to.equal(true);
    expect(el.addPoint('pro', 'Nope')).to.equal(false);
    expect(new FormData(form).has('appraisal')).to.equal(false);
    el.disabled = false;
    // the browser calls formDisabledCallback(false) once the attribute is gone, then the value is set
    await waitUntil(() => new FormData(form).has('appraisal'), 'submitted again once enabled');
    expect(groups(el)[0]?.getAttribute('aria-disabled')).to.equal('false');
  });

  it('is disabled by a disabled fieldset', async () => {
    const form = document.createElement('form');
    const el = await fixtureIn<ProsCons>(form, html`<cf-pros-cons name="appraisal">${lists}</cf-pros-cons>`);
    const fieldset = form.appendChild(document.createElement('fieldset'));
    fieldset.append(el);
    expect(new FormData(form).has('appraisal')).to.equal(true);
    fieldset.disabled = true;
    await waitUntil(() => groups(el)[0]?.getAttribute('aria-disabled') === 'true', 'disabled by the fieldset');
    expect(new FormData(form).has('appraisal')).to.equal(false);
  });
});

describe('<cf-pros-cons persist>', () => {
  const key = storageKey('cf-pros-cons', 'cpd-appraisal');
  afterEach(() => localStorage.removeItem(key));

  it('keeps weights, the reader’s points and the reflection across page loads', async () => {
    const el = await fixture<ProsCons>(html`<cf-pros-cons id="cpd-appraisal" persist>${lists}</cf-pros-cons>`);
    radio(el, 0, 1).click();
    el.addPoint('con', 'Takes time');
    const area = shadow(el).querySelector('textarea')!;
    area.value = 'Kept for my portfolio';
    area.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(localStorage.getItem(key)).to.contain('Kept for my portfolio');
    fixtureCleanup();

    const again = await fixture<ProsCons>(html`<cf-pros-cons id="cpd-appraisal" persist>${lists}</cf-pros-cons>`);
    expect(checkedWeights(again)).to.deep.equal([1, 1, 2]);
    expect(again.cons[1]).to.deep.equal({ text: 'Takes time', weight: 2, by: 'reader' });
    expect(again.reflection).to.equal('Kept for my portfolio');
    expect(shadow(again).querySelector('textarea')?.value).to.equal('Kept for my portfolio');
  });

  it('"Clear my answers" forgets them and goes back to the author’s weights', async () => {
    const el = await fixture<ProsCons>(html`<cf-pros-cons id="cpd-appraisal" persist>${lists}</cf-pros-cons>`);
    radio(el, 0, 0).click();
    el.addPoint('pro', 'Mine');
    await el.updateComplete;
    expect(localStorage.getItem(key)).to.not.equal(null);
    let changed = false;
    el.addEventListener('change', () => (changed = true));
    shadow(el).querySelector<HTMLButtonElement>('[data-action="clear"]')!.click();
    await el.updateComplete;
    expect(localStorage.getItem(key)).to.equal(null);
    expect(checkedWeights(el)).to.deep.equal([3, 1]);
    expect(changed).to.equal(true);
  });

  it('stores nothing without persist, and shows no clear button', async () => {
    const original = Storage.prototype.setItem;
    let writes = 0;
    Storage.prototype.setItem = function (this: Storage, ...args: [string, string]) {
      writes += 1;
      return original.apply(this, args);
    };
    try {
      const el = await fixture<ProsCons>(html`<cf-pros-cons id="cpd-appraisal">${lists}</cf-pros-cons>`);
      radio(el, 0, 0).click();
      el.addPoint('pro', 'Mine');
      await el.updateComplete;
      expect(shadow(el).querySelector('[data-action="clear"]')).to.equal(null);
    } finally {
      Storage.prototype.setItem = original;
    }
    expect(writes).to.equal(0);
    expect(localStorage.getItem(key)).to.equal(null);
  });

  it('warns once when persist has no id', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<ProsCons>(html`<cf-pros-cons persist>${lists}</cf-pros-cons>`);
      radio(el, 0, 0).click();
      radio(el, 0, 1).click();
      await el.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('persist needs an id');
  });

  it('keeps working when storage throws: one warning, no exception', async () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    let el!: ProsCons;
    try {
      const warnings = await captureWarnings(async () => {
        el = await fixture<ProsCons>(html`<cf-pros-cons id="cpd-appraisal" persist>${lists}</cf-pros-cons>`);
        radio(el, 0, 0).click();
        el.addPoint('pro', 'Mine');
        radio(el, 0, 2).click();
        await el.updateComplete;
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('QuotaExceededError');
    } finally {
      Storage.prototype.setItem = original;
    }
    expect(checkedWeights(el)).to.deep.equal([2, 2, 1]);
    expect(shadow(el).querySelector('.persist-note')?.textContent).to.contain('cannot be kept');
  });
});
