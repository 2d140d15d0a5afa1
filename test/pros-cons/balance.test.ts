import { expect } from '@open-wc/testing';
import { balanceOf, balanceOfTotals, bandOf, tippingChanges, tippingPoint, totals, type Weighed } from '../../src/pros-cons/balance.js';
import { capPoints, readItems, readJsonPoints, readWeight, normaliseText, MAX_POINTS_PER_SIDE } from '../../src/pros-cons/points.js';
import { reviewJsonLd } from '../../src/pros-cons/structured-data.js';
import { scriptSafeJson } from '../../src/shared/markup.js';
import { escapeMarkdown } from '../../src/pros-cons/report.js';
import { inSentence, shorten } from '../../src/pros-cons/wording.js';

const pro = (weight: number): Weighed => ({ side: 'pro', weight });
const con = (weight: number): Weighed => ({ side: 'con', weight });

describe('balance arithmetic', () => {
  it('sums the weights on each side', () => {
    expect(totals([pro(3), pro(1), con(2), con(0)])).to.deep.equal({ pros: 4, cons: 2 });
  });

  it('is (P - C) / (P + C)', () => {
    expect(balanceOf([pro(3), pro(1), con(2)])).to.equal((4 - 2) / 6);
    expect(balanceOf([pro(1), con(3)])).to.equal(-0.5);
    expect(balanceOf([pro(2)])).to.equal(1);
    expect(balanceOf([con(1)])).to.equal(-1);
  });

  it('is 0 when both sides weigh nothing, or there are no points', () => {
    expect(balanceOf([pro(0), con(0)])).to.equal(0);
    expect(balanceOf([])).to.equal(0);
    expect(balanceOfTotals(0, 0)).to.equal(0);
  });

  it('gives the seed appraisal, 7 pros and 6 cons all "important", as balanced', () => {
    const seed = [...Array.from({ length: 7 }, () => pro(2)), ...Array.from({ length: 6 }, () => con(2))];
    expect(balanceOf(seed)).to.be.closeTo(2 / 26, 1e-12);
    expect(bandOf(balanceOf(seed))).to.equal('balanced');
  });
});

describe('verdict bands', () => {
  it('puts each boundary in the outer band', () => {
    expect(bandOf(-1)).to.equal('mostly-cons');
    expect(bandOf(-0.6)).to.equal('mostly-cons');
    expect(bandOf(-0.59)).to.equal('leans-cons');
    expect(bandOf(-0.2)).to.equal('leans-cons');
    expect(bandOf(-0.19)).to.equal('balanced');
    expect(bandOf(0)).to.equal('balanced');
    expect(bandOf(0.19)).to.equal('balanced');
    expect(bandOf(0.2)).to.equal('leans-pros');
    expect(bandOf(0.59)).to.equal('leans-pros');
    expect(bandOf(0.6)).to.equal('mostly-pros');
    expect(bandOf(1)).to.equal('mostly-pros');
  });

  it('lands exact boundaries computed from weights in the outer band', () => {
    // 4 vs 1: 3/5 = 0.6; 3 vs 2: 1/5 = 0.2; 2 vs 3: -0.2; 1 vs 4: -0.6
    expect(bandOf(balanceOf([pro(3), pro(1), con(1)]))).to.equal('mostly-pros');
    expect(bandOf(balanceOf([pro(3), con(2)]))).to.equal('leans-pros');
    expect(bandOf(balanceOf([pro(2), con(3)]))).to.equal('leans-cons');
    expect(bandOf(balanceOf([pro(1), con(3), con(1)]))).to.equal('mostly-cons');
    // 6 vs 4: 0.2 again, through another fraction
    expect(bandOf(balanceOf([pro(3), pro(3), con(2), con(2)]))).to.equal('leans-pros');
    // just inside: 11 vs 7 = 4/18 = 0.222...; 7 vs 11 = -0.222...
    expect(bandOf(balanceOf([pro(3), pro(3), pro(3), pro(2), con(3), con(3), con(1)]))).to.equal('leans-pros');
  });
});

describe('tipping point', () => {
  it('finds the smallest nudge: a con mattering a little more tips "leans to pros" into balanced', () => {
    // P = 2, C = 1: 1/3, leans to pros. Con 1 -> 2 gives 0 (balanced).
    const change = tippingPoint([pro(2), con(1)]);
    expect(change).to.include({ index: 1, step: 1, from: 1, to: 2, band: 'balanced', towards: 'con' });
    expect(change?.balance).to.equal(0);
  });

  it('prefers a point mattering more over one mattering less', () => {
    // P = 2, C = 2: balanced. Up a pro (3 vs 2 = 0.2) or up a con (-0.2) both tip; so do downs.
    const changes = tippingChanges([pro(2), con(2)]);
    expect(changes.map((change) => change.step)).to.deep.equal([1, 1, -1, -1]);
    expect(tippingPoint([pro(2), con(2)])).to.include({ index: 0, step: 1, band: 'leans-pros', towards: 'pro' });
  });

  it('falls back to a point mattering less when no increase moves the verdict', () => {
    // P = 5, C = 2: 3/7, leans to pros. Pro 2 -> 3 gives 0.5, con 2 -> 3 gives 0.25: same band.
    // Con 2 -> 1 gives 4/6 = 0.667: mostly pros.
    const change = tippingPoint([pro(3), pro(2), con(2)]);
    expect(change).to.include({ index: 2, step: -1, from: 2, to: 1, band: 'mostly-pros', towards: 'pro' });
  });

  it('chooses the gentlest of several changes', () => {
    // P = 3, C = 3: balanced. Pro 3 can't go up; pro 0 -> 1 gives 4 vs 3 = 0.143 (balanced);
    // con 3 can't go up; con 0 -> 1 gives 3 vs 4 (balanced). Pro 3 -> 2: 2 vs 3 = -0.2 tips;
    // con 3 -> 2: 3 vs 2 = 0.2 tips, equally gently, so the first in order wins.
    const change = tippingPoint([pro(3), pro(0), con(3), con(0)]);
    expect(change).to.include({ index: 0, step: -1, band: 'leans-cons' });
  });

  it('says when no single change moves the verdict (the seed appraisal, all "important")', () => {
    const seed = [...Array.from({ length: 7 }, () => pro(2)), ...Array.from({ length: 6 }, () => con(2))];
    expect(tippingPoint(seed)).to.equal(undefined);
    expect(tippingChanges([pro(3)])).to.deep.equal([]);
  });

  it('can jump more than one band from nothing at all', () => {
    expect(tippingPoint([pro(0), con(0)])).to.include({ index: 0, step: 1, band: 'mostly-pros' });
  });
});

describe('reading points', () => {
  it('reads weights 0-3, clamps numbers out of range and defaults the rest to 2', () => {
    expect(readWeight('3')).to.deep.equal({ weight: 3 });
    expect(readWeight(0)).to.deep.equal({ weight: 0 });
    expect(readWeight(undefined)).to.deep.equal({ weight: 2 });
    expect(readWeight('7')).to.deep.equal({ weight: 3, problem: '7' });
    expect(readWeight(-1)).to.deep.equal({ weight: 0, problem: '-1' });
    expect(readWeight('lots')).to.deep.equal({ weight: 2, problem: 'lots' });
  });

  it('reads strings and { text, weight } items, skipping empty ones', () => {
    const read = readItems(['  One \n point ', { text: 'Two', weight: 1 }, { text: '' }, { nope: true }], 'pro');
    expect(read.points).to.deep.equal([
      { side: 'pro', text: 'One point', weight: 2 },
      { side: 'pro', text: 'Two', weight: 1 },
    ]);
    expect(read.problems.map((problem) => problem.code)).to.deep.equal(['text', 'text']);
  });

  it('checks the shape of the child JSON', () => {
    expect(readJsonPoints({ pros: ['a'], cons: [{ text: 'b', weight: 3 }] }).points).to.have.length(2);
    expect(readJsonPoints({ points: [] }).problems[0]?.code).to.equal('json-shape');
    expect(readJsonPoints([1, 2]).problems[0]?.code).to.equal('json-shape');
  });

  it('caps each side and reports no points', () => {
    const many = readItems(Array.from({ length: 200 }, (_, index) => `Point ${index + 1}`), 'con');
    const capped = capPoints(many);
    expect(capped.points).to.have.length(MAX_POINTS_PER_SIDE);
    expect(capped.problems).to.deep.include({ code: 'too-many', side: 'con', count: 200 });
    expect(capPoints({ points: [], problems: [] }).problems).to.deep.equal([{ code: 'no-points' }]);
  });

  it('treats markup as text', () => {
    expect(normaliseText('<b>bold</b>')).to.equal('<b>bold</b>');
  });
});

describe('structured data', () => {
  it('builds a Review with positiveNotes and negativeNotes', () => {
    const review = reviewJsonLd({ heading: 'Social media for CPD', pros: ['A', 'B'], cons: ['C'] });
    expect(review).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'Review',
      name: 'Social media for CPD',
      itemReviewed: { '@type': 'Thing', name: 'Social media for CPD' },
      positiveNotes: {
        '@type': 'ItemList',
        itemListElement: [
          { '@type': 'ListItem', position: 1, name: 'A' },
          { '@type': 'ListItem', position: 2, name: 'B' },
        ],
      },
      negativeNotes: { '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', position: 1, name: 'C' }] },
    });
  });

  it('writes JSON that a </script> in a point cannot break', () => {
    const json = scriptSafeJson({ name: 'a </script><script>alert(1)</script>' });
    expect(json).not.to.contain('<');
    expect(JSON.parse(json)).to.deep.equal({ name: 'a </script><script>alert(1)</script>' });
  });
});

describe('wording helpers', () => {
  it('lower-cases a label inside a sentence but keeps acronyms', () => {
    expect(inSentence('Pros')).to.equal('pros');
    expect(inSentence('Benefits')).to.equal('benefits');
    expect(inSentence('CPD gains')).to.equal('CPD gains');
  });

  it('shortens long text at a word boundary', () => {
    const long = 'word '.repeat(40).trim();
    const short = shorten(long, 30);
    expect(short.length).to.be.at.most(31);
    expect(short.endsWith('…')).to.equal(true);
    expect(shorten('short', 30)).to.equal('short');
  });

  it('escapes Markdown so text reads as written', () => {
    expect(escapeMarkdown('a *b* [c](d) <e> & _f_')).to.equal('a \\*b\\* \\[c\\](d) \\<e\\> \\& \\_f\\_');
    expect(escapeMarkdown('- not a list')).to.equal('\\- not a list');
    expect(escapeMarkdown('1. not a list')).to.equal('1\\. not a list');
    expect(escapeMarkdown('# not a heading')).to.equal('\\# not a heading');
  });
});
