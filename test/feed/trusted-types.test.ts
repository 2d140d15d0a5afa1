import { expect } from '@open-wc/testing';
import { parseInertDocument, trustedHtmlForParsing } from '../../src/shared/trusted-types.js';

const POLICY_KEY = Symbol.for('critical-friend.trusted-types-policy');

describe('the Trusted Types helper', () => {
  it('wraps markup with the shared critical-friend policy, created once', () => {
    const wrapped = trustedHtmlForParsing('<b>x</b>');
    const holder = globalThis as unknown as Record<symbol, unknown> & { trustedTypes?: { isHTML(v: unknown): boolean } };
    if (holder.trustedTypes) {
      expect(holder.trustedTypes.isHTML(wrapped)).to.equal(true);
      const policy = holder[POLICY_KEY];
      trustedHtmlForParsing('again');
      expect(holder[POLICY_KEY]).to.equal(policy); // reused, not re-created
      expect((policy as { name?: string }).name).to.equal('critical-friend');
    }
    expect(String(wrapped)).to.equal('<b>x</b>'); // unchanged: only used for inert documents
  });

  it('parses into an inert document, not the live one', () => {
    const doc = parseInertDocument('<p id="inert-check">x</p>', 'text/html');
    expect(doc).to.not.equal(document);
    expect(doc.getElementById('inert-check')).to.not.equal(null);
    expect(document.getElementById('inert-check')).to.equal(null);
  });
});
