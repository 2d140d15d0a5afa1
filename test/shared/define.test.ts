import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement, headingLevelOf } from '../../src/shared/base-element.js';
import { VERSION } from '../../src/shared/version.js';
import { captureWarnings } from '../support/helpers.js';

let counter = 0;
const uniqueTag = () => `cf-define-test-${++counter}-${Date.now()}`;

function makeClass(version: string) {
  return class extends LitElement {
    static readonly version = version;
    static readonly tagName = 'unused';
  };
}

describe('defineElement (guarded define)', () => {
  it('registers a new tag', () => {
    const tag = uniqueTag();
    const Element = makeClass(VERSION);
    defineElement(tag, Element);
    expect(customElements.get(tag)).to.equal(Element);
  });

  it('is a silent no-op when the same class is defined again', async () => {
    const tag = uniqueTag();
    const Element = makeClass(VERSION);
    const warnings = await captureWarnings(() => {
      defineElement(tag, Element);
      defineElement(tag, Element);
    });
    expect(warnings).to.deep.equal([]);
  });

  it('is a silent no-op for a second copy of the same version', async () => {
    const tag = uniqueTag();
    const First = makeClass(VERSION);
    const warnings = await captureWarnings(() => {
      defineElement(tag, First);
      defineElement(tag, makeClass(VERSION));
    });
    expect(warnings).to.deep.equal([]);
    expect(customElements.get(tag)).to.equal(First);
  });

  it('keeps the first definition and warns once for a different version', async () => {
    const tag = uniqueTag();
    const First = makeClass('0.0.1');
    const warnings = await captureWarnings(() => {
      defineElement(tag, First);
      defineElement(tag, makeClass('9.9.9'));
      defineElement(tag, makeClass('9.9.9'));
    });
    expect(customElements.get(tag)).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(tag).and.to.contain('0.0.1').and.to.contain('Load the library once');
  });

  it('never throws, even for an invalid tag name', async () => {
    const warnings = await captureWarnings(() => defineElement('NotValid', makeClass(VERSION)));
    expect(warnings).to.have.length(1);
  });

  it('matches the version in package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});

describe('headingLevelOf (heading-level of every widget)', () => {
  it('keeps whole levels 2 to 6, rounds, and uses 2 for anything else (never 1: the page has the h1)', () => {
    const cases: Array<[number, number]> = [[2, 2], [3, 3], [6, 6], [4.4, 4], [1, 2], [0, 2], [7, 6], [-3, 2], [Number.NaN, 2]];
    for (const [requested, used] of cases) expect(headingLevelOf(requested), String(requested)).to.equal(used);
  });
});
