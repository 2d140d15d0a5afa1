import { expect } from '@open-wc/testing';
import { sniffSyntax } from '../../src/feed/detect.js';
import { parseFeed } from '../../src/feed/parse-feed.js';
import { atom, expectFeedError, rss } from './support/helpers.js';

const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
  <channel rdf:about="https://example.org/"><title>RDF</title><link>https://example.org/</link></channel>
</rdf:RDF>`;

describe('format detection', () => {
  it('sniffs JSON, XML and HTML from the content', () => {
    expect(sniffSyntax('  \n{"items": []}')).to.equal('json');
    expect(sniffSyntax('\ufeff<?xml version="1.0"?><rss/>')).to.equal('xml');
    expect(sniffSyntax('<!-- hello --><feed/>')).to.equal('xml');
    expect(sniffSyntax('<!DOCTYPE html><html><body></body></html>')).to.equal('html');
    expect(sniffSyntax('<html lang="en"><head></head></html>')).to.equal('html');
    expect(sniffSyntax('hello')).to.equal('unknown');
  });

  it('treats an HTML doctype in front of an <rss> root as XML', () => {
    expect(sniffSyntax('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "x"><rss/>')).to.equal('xml');
  });

  it('detects each format from its root, whatever the Content-Type says', () => {
    const html = { contentType: 'text/html; charset=utf-8' };
    expect(parseFeed(rss(''), html).format).to.equal('rss2');
    expect(parseFeed(rdf, { contentType: 'application/json' }).format).to.equal('rss1');
    expect(parseFeed(atom('<title>A</title>'), { contentType: 'text/plain' }).format).to.equal('atom');
    expect(parseFeed('{"version":"https://jsonfeed.org/version/1.1","items":[]}', { contentType: 'application/rss+xml' }).format).to.equal('json');
  });

  it('detects RSS 0.91 as rss2 and Atom 0.3 as atom', () => {
    expect(parseFeed('<rss version="0.91"><channel><title>Old</title></channel></rss>').format).to.equal('rss2');
    expect(parseFeed('<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old</title></feed>').format).to.equal('atom');
  });

  it('rejects other XML and other JSON as not-a-feed', () => {
    expectFeedError(() => parseFeed('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'), 'not-a-feed');
    expectFeedError(() => parseFeed('{"name": "a package"}'), 'not-a-feed');
    expectFeedError(() => parseFeed('{"version": "something else", "items": []}'), 'not-a-feed');
    expectFeedError(() => parseFeed(''), 'not-a-feed');
    expectFeedError(() => parseFeed('just some text'), 'not-a-feed');
  });
});

describe('sniffSyntax fast path for the usual prolog (issue 14)', () => {
  /** The general reading alone, as it was before the fast path. */
  const general = (text: string): string => {
    const start = text.replace(/^[\ufeff\s]+/, '');
    if (start.startsWith('{') || /^\[\s*[[{"\d\-\]tfn]/.test(start)) return 'json';
    if (!start.startsWith('<')) return 'unknown';
    const head = start.slice(0, 4096).replace(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!doctype[^>]*>/gi, ' ');
    const firstElement = /<([A-Za-z_][\w.:-]*)/.exec(head)?.[1]?.toLowerCase();
    return firstElement === 'html' || (!firstElement && /^<!doctype\s+html\b/i.test(start)) ? 'html' : 'xml';
  };

  it('answers as the general reading on every mix of declarations, comments, doctypes and roots', () => {
    const parts = ['<?xml version="1.0"?>', '<?xml-stylesheet x?>', '<?xml a?b?>', '<!-- c -->', '<!DOCTYPE html>', '<!doctype rss>', ' ', '\n', '\u00a0', 'x', '<rss>', '<html>', '<HTML>', '<rdf:RDF>', '<?', '<', '<1>'];
    let checked = 0;
    for (const a of parts)
      for (const b of parts)
        for (const c of parts) {
          const text = `${a}${b}${c}`;
          expect(sniffSyntax(text), JSON.stringify(text)).to.equal(general(text));
          checked++;
        }
    expect(checked).to.equal(parts.length ** 3);
  });
});
