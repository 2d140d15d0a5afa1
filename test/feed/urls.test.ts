import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/feed/parse-feed.js';
import { xmlBaseOf } from '../../src/feed/context.js';
import { resolveUrl } from '../../src/feed/urls.js';

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

describe('resolveUrl on URLs already written canonically (issue 14 fast path)', () => {
  /** What resolving gave before the fast path: new URL's href (against the base, else alone), or the trimmed input. */
  const viaUrl = (url: string, base?: string): string => {
    for (const attempt of base ? [() => new URL(url, base), () => new URL(url)] : [() => new URL(url)]) {
      try {
        return attempt().href;
      } catch {
        // an unusable base is ignored, as resolveUrl does
      }
    }
    return url.trim();
  };

  it('gives what new URL gives, with and without a base, on near-canonical URLs', () => {
    const hosts = ['example.org', 'a.b-c.example', 'EXAMPLE.org', 'xn--bcher-kva.example', 'xn--a.example', '1.2.3.4', 'a.b.1', 'ex.org.', 'a..b', 'x:80'];
    const paths = ['/', '/a/b.html', '/a/./b', '/a/../b', '/.well-known', '/a.', "/it's", '/%41', '/a b', '/{x}', '/a\\b', '/a;b=c,d:e@f!$()*+~_', ''];
    const tails = ['', '?q=1&r=2', "?q='", '#frag', "#it's", '?a=b#c', '?a b'];
    const bases = [undefined, 'https://other.example/dir/', 'not a url'];
    let checked = 0;
    for (const scheme of ['http://', 'https://', 'HTTP://', 'ftp://'])
      for (const host of hosts)
        for (const path of paths)
          for (const tail of tails)
            for (const base of bases) {
              const url = `${scheme}${host}${path}${tail}`;
              expect(resolveUrl(url, base), `${url} against ${base}`).to.equal(viaUrl(url, base));
              checked++;
            }
    expect(checked).to.equal(4 * hosts.length * paths.length * tails.length * bases.length);
  });
});
