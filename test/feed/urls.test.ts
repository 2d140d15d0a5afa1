import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/feed/parse-feed.js';
import { resolveUrl, xmlBaseOf } from '../../src/feed/urls.js';

describe('safeUrl', () => {
  it('keeps http, https and mailto URLs', () => {
    expect(safeUrl('https://example.org/a?b=1#c')).to.equal('https://example.org/a?b=1#c');
    expect(safeUrl('http://example.org')).to.equal('http://example.org/');
    expect(safeUrl('mailto:study@example.org')).to.equal('mailto:study@example.org');
  });

  it('refuses javascript:, data:, vbscript: and file:, however they are spelled', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      '\u0000javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
    ]) {
      expect(safeUrl(url), url).to.equal(undefined);
    }
  });

  it('resolves relative URLs against the base, and refuses them without one', () => {
    expect(safeUrl('../b/c', 'https://example.org/a/x/')).to.equal('https://example.org/a/b/c');
    expect(safeUrl('//cdn.example.org/i.png', 'https://example.org/')).to.equal('https://cdn.example.org/i.png');
    expect(safeUrl('/relative')).to.equal(undefined);
  });

  it('refuses a relative URL whose base is unsafe', () => {
    expect(safeUrl('x', 'javascript:alert(1)//')).to.equal(undefined);
  });
});

describe('resolveUrl and xml:base', () => {
  it('resolves, or keeps the text when it cannot', () => {
    expect(resolveUrl(' /a ', 'https://example.org/b/')).to.equal('https://example.org/a');
    expect(resolveUrl('relative')).to.equal('relative');
    expect(resolveUrl('')).to.equal('');
  });

  it('chains xml:base from the root down', () => {
    const doc = new DOMParser().parseFromString(
      '<feed xml:base="https://example.org/feed/"><entry xml:base="/entry/"><title xml:base="title/"/><summary xml:base="bad:::"/></entry></feed>',
      'application/xml',
    );
    const title = doc.querySelector('title')!;
    expect(xmlBaseOf(title, 'https://doc.example/')).to.equal('https://example.org/entry/title/');
    expect(xmlBaseOf(doc.documentElement, 'https://doc.example/')).to.equal('https://example.org/feed/');
  });
});
