import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse-feed.js';
import { repairXml } from '../../src/feed/lenient.js';
import { rss } from './support/helpers.js';

describe('the lenient fallback', () => {
  it('is not used for well-formed feeds', () => {
    expect(parseFeed(rss('<item><title>A &amp; B</title></item>'))).to.not.have.property('lenient');
  });

  it('reads an unescaped & and marks the feed lenient', () => {
    const feed = parseFeed(rss('<item><title>Fish & chips</title><link>https://example.org/?a=1&b=2</link></item>'));
    expect(feed.lenient).to.equal(true);
    expect(feed.items[0]!.title).to.equal('Fish & chips');
    expect(feed.items[0]!.url).to.equal('https://example.org/?a=1&b=2');
  });

  it('reads HTML entities such as &nbsp; and &eacute;', () => {
    const feed = parseFeed(rss('<item><title>Caf&eacute;&nbsp;meeting &mdash; notes</title></item>'));
    expect(feed.lenient).to.equal(true);
    expect(feed.items[0]!.title).to.equal('Café meeting \u2014 notes');
  });

  it('keeps unknown entity names as text', () => {
    const feed = parseFeed(rss('<item><title>a &bogusname; b</title></item>'));
    expect(feed.items[0]!.title).to.equal('a &bogusname; b');
  });

  it('declares undeclared namespace prefixes', () => {
    const feed = parseFeed(rss('<item><title>x</title><dc:creator>Jo</dc:creator></item>'));
    expect(feed.lenient).to.equal(true);
    expect(feed.items[0]!.authors).to.deep.equal(['Jo']);
  });

  it('drops control characters XML forbids', () => {
    const feed = parseFeed(rss('<item><title>bell\u0007 here</title></item>'));
    expect(feed.items[0]!.title).to.equal('bell here');
  });

  it('leaves CDATA sections and comments untouched', () => {
    const repaired = repairXml('<rss><!-- a & b --><title><![CDATA[Fish & chips &nbsp;]]></title></rss>');
    expect(repaired).to.contain('<!-- a & b -->');
    expect(repaired).to.contain('<![CDATA[Fish & chips &nbsp;]]>');
  });

  it('closes a last end tag that lost its >', () => {
    const feed = parseFeed('<rss version="2.0"><channel><title>T</title></channel></rss');
    expect([feed.title, feed.lenient]).to.deep.equal(['T', true]);
  });
});
