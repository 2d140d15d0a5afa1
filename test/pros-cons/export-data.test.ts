import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/pros-cons/define.js';
import type { ProsCons } from '../../src/pros-cons/pros-cons.js';
import { captureDownload, liveRegionText, pointTexts, radio, seedLists, shadow, SEED_CONS, SEED_PROS } from './helpers.js';

interface ListItem {
  '@type': string;
  position: number;
  name: string;
}

function ldScripts(el: ProsCons): HTMLScriptElement[] {
  return Array.from(el.querySelectorAll<HTMLScriptElement>(':scope > script[type="application/ld+json"]'));
}

function notes(el: ProsCons, key: 'positiveNotes' | 'negativeNotes'): ListItem[] {
  const data = JSON.parse(ldScripts(el)[0]?.textContent ?? '{}');
  return data[key]?.itemListElement ?? [];
}

describe('<cf-pros-cons structured-data>', () => {
  it('adds a schema.org Review in the light DOM whose notes equal the visible text', async () => {
    const el = await fixture<ProsCons>(html`<cf-pros-cons structured-data heading="Social media for CPD">${seedLists()}</cf-pros-cons>`);
    expect(ldScripts(el)).to.have.length(1);
    const data = JSON.parse(ldScripts(el)[0]!.textContent!);
    expect(data['@context']).to.equal('https://schema.org');
    expect(data['@type']).to.equal('Review');
    expect(data.name).to.equal('Social media for CPD');
    expect(data.positiveNotes['@type']).to.equal('ItemList');
    expect(notes(el, 'positiveNotes').map((item) => item.position)).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
    expect(notes(el, 'positiveNotes').every((item) => item['@type'] === 'ListItem')).to.equal(true);
    expect(notes(el, 'positiveNotes').map((item) => item.name)).to.deep.equal(pointTexts(el, 'pro'));
    expect(notes(el, 'negativeNotes').map((item) => item.name)).to.deep.equal(pointTexts(el, 'con'));
    expect(pointTexts(el, 'pro')).to.deep.equal(SEED_PROS);
  });

  it('matches the visible text in read mode too, and leaves out the reader’s points', async () => {
    const el = await fixture<ProsCons>(html`<cf-pros-cons structured-data mode="read">${seedLists()}</cf-pros-cons>`);
    const visible = Array.from(el.querySelectorAll('ul[slot="cons"] li')).map((item) => (item as HTMLElement).innerText.trim());
    expect(notes(el, 'negativeNotes').map((item) => item.name)).to.deep.equal(visible);
    expect(visible).to.deep.equal(SEED_CONS);

    const appraise = await fixture<ProsCons>(html`<cf-pros-cons structured-data>${seedLists()}</cf-pros-cons>`);
    appraise.addPoint('pro', 'My own point');
    await appraise.updateComplete;
    expect(notes(appraise, 'positiveNotes').map((item) => item.name)).to.not.include('My own point');
  });

  it('survives a point containing </script>', async () => {
    const evil = 'Ends here </script><script>window.__pwned = true</script> <!-- and this';
    const el = await fixture<ProsCons>(html`<cf-pros-cons structured-data></cf-pros-cons>`);
    el.pros = [evil, 'Second'];
    el.cons = ['Third'];
    await el.updateComplete;
    const script = ldScripts(el)[0]!;
    expect(script.textContent).to.not.contain('<');
    expect(notes(el, 'positiveNotes')[0]?.name).to.equal(evil);
    expect(pointTexts(el, 'pro')[0]).to.equal(evil);
    // serialised as the page's HTML, the script still ends where it should
    const reparsed = new DOMParser().parseFromString(`<body>${el.outerHTML}</body>`, 'text/html');
    expect(reparsed.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
    expect(JSON.parse(reparsed.querySelector('script[type="application/ld+json"]')!.textContent!).positiveNotes.itemListElement[0].name).to.equal(evil);
    expect((window as unknown as { __pwned?: boolean }).__pwned).to.equal(undefined);
  });

  it('follows changes and goes away when the attribute is removed', async () => {
    const el = await fixture<ProsCons>(html`<cf-pros-cons structured-data><ul slot="pros"><li>A</li></ul></cf-pros-cons>`);
    el.pros = ['B', 'C'];
    await el.updateComplete;
    expect(notes(el, 'positiveNotes').map((item) => item.name)).to.deep.equal(['B', 'C']);
    expect(ldScripts(el)).to.have.length(1);
    el.structuredData = false;
    await el.updateComplete;
    expect(ldScripts(el)).to.have.length(0);
  });

  it('adds nothing without the attribute', async () => {
    const el = await fixture<ProsCons>(html`<cf-pros-cons>${seedLists()}</cf-pros-cons>`);
    expect(ldScripts(el)).to.have.length(0);
  });
});

describe('<cf-pros-cons> export', () => {
  async function weighed(): Promise<ProsCons> {
    const el = await fixture<ProsCons>(html`<cf-pros-cons heading="Social media for CPD" pros-label="Benefits" cons-label="Pitfalls">
      <ul slot="pros"><li data-weight="3">Quick *answers*</li></ul>
      <ul slot="cons"><li data-weight="1">Not peer reviewed</li></ul>
    </cf-pros-cons>`);
    el.addPoint('con', 'Takes <time>');
    el.reflection = 'Use it for research.\nNot for news.';
    radio(el, 0, 3).click();
    await el.updateComplete;
    return el;
  }

  it('copies a plain-text summary', async () => {
    const el = await weighed();
    const original = Clipboard.prototype.writeText;
    let copied = '';
    Clipboard.prototype.writeText = async (text: string) => {
      copied = text;
    };
    try {
      const before = await liveRegionText(el);
      shadow(el).querySelector<HTMLButtonElement>('[data-action="copy"]')!.click();
      expect(await liveRegionText(el, 1000, before)).to.equal('Copied to the clipboard.');
    } finally {
      Clipboard.prototype.writeText = original;
    }
    expect(copied).to.equal(el.toText());
    const lines = copied.split('\n');
    expect(lines[0]).to.equal('Social media for CPD');
    expect(lines[1]).to.match(/^Date: \d{1,2} \w+ \d{4}$/);
    expect(copied).to.contain('Benefits\n- Quick *answers* (Crucial)\n\nPitfalls\n- Not peer reviewed (Minor)\n- Takes <time> (Important; your point)');
    expect(copied).to.contain('Verdict: Balanced: neither overwhelmingly good nor bad');
    expect(copied).to.contain('Benefits weigh 3, pitfalls weigh 3.');
    expect(copied).to.contain('What this means for my practice\nUse it for research.\nNot for news.');
  });

  it('downloads Markdown', async () => {
    const el = await weighed();
    const file = await captureDownload(() => shadow(el).querySelector<HTMLButtonElement>('[data-action="markdown"]')!.click());
    expect(file.name).to.equal('social-media-for-cpd.md');
    expect(file.type).to.contain('text/markdown');
    expect(file.text).to.equal(el.toMarkdown());
    expect(file.text.startsWith('# Social media for CPD\n')).to.equal(true);
    expect(file.text).to.contain('## Benefits\n\n- **Crucial**: Quick \\*answers\\*\n');
    expect(file.text).to.contain('- **Important**: Takes \\<time\\> _(your point)_');
    expect(file.text).to.contain('**Verdict: Balanced: neither overwhelmingly good nor bad**');
    expect(file.text).to.contain('## What this means for my practice\n\nUse it for research.  \nNot for news.\n');
  });

  it('downloads JSON with points, weights, who wrote each, balance, verdict, reflection and date', async () => {
    const el = await weighed();
    const file = await captureDownload(() => shadow(el).querySelector<HTMLButtonElement>('[data-action="json"]')!.click());
    expect(file.name).to.equal('social-media-for-cpd.json');
    const json = JSON.parse(file.text);
    // chosen: the reader weighed it (their own points always); false while it is the author's suggestion
    expect(json.pros).to.deep.equal([{ text: 'Quick *answers*', weight: 3, weightLabel: 'Crucial', by: 'author', chosen: true }]);
    expect(json.cons).to.deep.equal([
      { text: 'Not peer reviewed', weight: 1, weightLabel: 'Minor', by: 'author', chosen: false },
      { text: 'Takes <time>', weight: 2, weightLabel: 'Important', by: 'reader', chosen: true },
    ]);
    expect(json.labels).to.deep.equal({ pros: 'Benefits', cons: 'Pitfalls' });
    expect(json.balance).to.equal(el.balance);
    expect(json.balance).to.equal(0);
    expect(json.verdict).to.deep.equal({ band: 'balanced', text: 'Balanced: neither overwhelmingly good nor bad' });
    expect(json.reflection).to.equal('Use it for research.\nNot for news.');
    expect(Math.abs(Date.parse(json.date) - Date.now())).to.be.below(60_000);
  });

  it('prints the weights in words and the reflection in full, without buttons', async () => {
    const el = await weighed();
    const style = (selector: string) => getComputedStyle(shadow(el).querySelector(selector)!);
    expect(style('.reflection-print').display).to.equal('none');
    await emulateMedia({ media: 'print' });
    try {
      expect(style('[role="radio"][aria-checked="true"]').display).to.not.equal('none');
      expect(style('[role="radio"][aria-checked="false"]').display).to.equal('none');
      expect(shadow(el).querySelector('[role="radio"][aria-checked="true"]')?.textContent?.trim()).to.equal('Crucial');
      expect(style('.reflection-print').display).to.equal('block');
      expect(shadow(el).querySelector('.reflection-print')?.textContent).to.equal('Use it for research.\nNot for news.');
      expect(style('textarea').display).to.equal('none');
      expect(style('[data-action="copy"]').display).to.equal('none');
      expect(style('.add').display).to.equal('none');
      expect(style('[data-action="remove"]').display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
