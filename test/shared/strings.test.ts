import { expect, fixture, html } from '@open-wc/testing';
import { createTranslator, fillPlaceholders, nearestLang, registerStrings, supportedLocale } from '../../src/shared/strings.js';

describe('strings', () => {
  const defaults = { hello: 'Hello {name}', 'items.one': '{count} item', 'items.other': '{count} items' };

  it('fills placeholders and leaves unknown ones', () => {
    expect(fillPlaceholders('{a} and {b}', { a: 1 })).to.equal('1 and {b}');
  });

  it('uses the defaults, then registered strings, then the overrides', () => {
    const tag = 'cf-strings-test';
    expect(createTranslator({ tagName: tag, lang: 'en', defaults })('hello', { name: 'Ann' })).to.equal('Hello Ann');
    registerStrings('cy', tag, { hello: 'Helo {name}' });
    expect(createTranslator({ tagName: tag, lang: 'cy-GB', defaults })('hello', { name: 'Ann' })).to.equal('Helo Ann');
    const overridden = createTranslator({ tagName: tag, lang: 'cy', defaults, overrides: { hello: 'Shwmae {name}' } });
    expect(overridden('hello', { name: 'Ann' })).to.equal('Shwmae Ann');
  });

  it('chooses plural forms with Intl.PluralRules and formats the count', () => {
    const t = createTranslator({ tagName: 'x', lang: 'en-GB', defaults });
    expect(t.plural('items', 1)).to.equal('1 item');
    expect(t.plural('items', 1200)).to.equal('1,200 items');
    const german = createTranslator({ tagName: 'x', lang: 'de', defaults });
    expect(german.plural('items', 1200)).to.equal('1.200 items');
  });

  it('returns undefined from lookup for a missing key', () => {
    const t = createTranslator({ tagName: 'x', lang: 'en', defaults });
    expect(t.lookup('missing')).to.equal(undefined);
    expect(t.lookup('hello', { name: 'B' })).to.equal('Hello B');
  });

  it('falls back to British English for a malformed lang', () => {
    expect(supportedLocale('not a language!')).to.equal('en-GB');
    expect(supportedLocale('cy')).to.equal('cy');
  });

  it('finds the nearest lang, through shadow roots', async () => {
    const outer = await fixture(html`<div lang="cy"><span></span></div>`);
    const host = outer.querySelector('span')!;
    const inner = document.createElement('b');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(nearestLang(inner)).to.equal('cy');
  });
});
