import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse-feed.js';
import { rss } from './support/helpers.js';

const NS = ' xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"';

describe('RSS 2.0', () => {
  const feed = parseFeed(
    rss(
      `<item>
        <title>A new researcher joins</title>
        <link>/2011/11/new-researcher</link>
        <guid isPermaLink="false">post-42</guid>
        <pubDate>Tue, 15 Nov 2011 09:30:00 GMT</pubDate>
        <dc:creator>Jo Bloggs</dc:creator>
        <dc:creator>Sam Smith</dc:creator>
        <category>Team</category><category>Ethnography</category>
        <description>Short &lt;b&gt;teaser&lt;/b&gt;</description>
        <content:encoded><![CDATA[<p>Full <a href="/people/jo">story</a> with <img src="img/jo.png" alt="Jo"></p>]]></content:encoded>
      </item>
      <item><title>Second</title><link>https://example.org/2</link></item>`,
      '<title>Connecting People</title><link>https://example.org/blog/</link><description>The &lt;i&gt;study&lt;/i&gt; blog</description><lastBuildDate>Wed, 16 Nov 2011 10:00:00 +0000</lastBuildDate>',
      NS,
    ),
    { url: 'https://example.org/feed.xml' },
  );
  const [first, second] = feed.items;

  it('reads the channel as plain text and a resolved URL', () => {
    expect(feed.format).to.equal('rss2');
    expect(feed.title).to.equal('Connecting People');
    expect(feed.url).to.equal('https://example.org/blog/');
    expect(feed.description).to.equal('The study blog');
    expect(feed.updated?.toISOString()).to.equal('2011-11-16T10:00:00.000Z');
  });

  it('reads the items in order with guid, link, date and categories', () => {
    expect(feed.items).to.have.length(2);
    expect(first!.id).to.equal('post-42');
    expect(first!.title).to.equal('A new researcher joins');
    expect(first!.url).to.equal('https://example.org/2011/11/new-researcher');
    expect(first!.date?.toISOString()).to.equal('2011-11-15T09:30:00.000Z');
    expect(first!.categories).to.deep.equal(['Team', 'Ethnography']);
    expect(second!.url).to.equal('https://example.org/2');
    expect(second!.id).to.equal('https://example.org/2'); // no guid: the link
  });

  it('takes every dc:creator as an author', () => {
    expect(first!.authors).to.deep.equal(['Jo Bloggs', 'Sam Smith']);
  });

  it('uses content:encoded for contentHtml, with relative URLs resolved, and description for the summary', () => {
    expect(first!.contentHtml).to.contain('href="https://example.org/people/jo"');
    expect(first!.contentHtml).to.contain('src="https://example.org/img/jo.png"');
    expect(first!.summary).to.equal('Short teaser');
  });

  it('reads the name out of RSS author e-mail forms', () => {
    const items = parseFeed(
      rss(
        '<item><author>jo@example.org (Jo Bloggs)</author></item><item><author>Sam Smith &lt;sam@example.org&gt;</author></item><item><author>only@example.org</author></item>',
      ),
    ).items;
    expect(items.map((i) => i.authors)).to.deep.equal([['Jo Bloggs'], ['Sam Smith'], ['only@example.org']]);
  });

  it('uses a permalink guid as the URL when there is no link, but not a guid marked isPermaLink="false"', () => {
    const items = parseFeed(
      rss('<item><guid>https://example.org/p/1</guid></item><item><guid isPermaLink="false">https://example.org/p/2</guid></item>'),
    ).items;
    expect(items[0]!.url).to.equal('https://example.org/p/1');
    expect(items[1]!.url).to.equal('');
    expect(items[1]!.id).to.equal('https://example.org/p/2');
  });

  it('uses the description as contentHtml when there is no content:encoded, and reads HTML-looking titles as HTML', () => {
    const item = parseFeed(rss('<item><title>Tom &amp;amp; Jerry &lt;b&gt;live&lt;/b&gt;</title><description>&lt;p&gt;Hello&lt;/p&gt;</description></item>')).items[0]!;
    expect(item.contentHtml).to.equal('<p>Hello</p>');
    expect(item.title).to.equal('Tom & Jerry live');
  });

  it('keeps a plain title with < and & as text', () => {
    expect(parseFeed(rss('<item><title>1 &lt; 2 &amp; 3 > 2</title></item>')).items[0]!.title).to.equal('1 < 2 & 3 > 2');
  });

  it('reads dc:date when there is no pubDate', () => {
    const item = parseFeed(rss('<item><dc:date>2011-11-15T09:30:00+01:00</dc:date></item>', '', NS)).items[0]!;
    expect(item.date?.toISOString()).to.equal('2011-11-15T08:30:00.000Z');
  });

  it('gives no date for an unreadable pubDate instead of failing', () => {
    const item = parseFeed(rss('<item><title>x</title><pubDate>sometime soon</pubDate></item>')).items[0]!;
    expect(item).to.not.have.property('date');
  });

  it('accepts a default namespace on <rss> (Userland RSS 2)', () => {
    const feed2 = parseFeed('<rss xmlns="http://backend.userland.com/rss2" version="2.0"><channel><title>NS</title><item><title>I</title></item></channel></rss>');
    expect([feed2.title, feed2.items[0]!.title]).to.deep.equal(['NS', 'I']);
  });

  it('ignores an atom:link rel="self" in the channel for the site URL', () => {
    const feed2 = parseFeed(
      rss('', '<atom:link href="https://example.org/feed.xml" rel="self"/><link>https://example.org/</link>', ' xmlns:atom="http://www.w3.org/2005/Atom"'),
    );
    expect(feed2.url).to.equal('https://example.org/');
  });
});

describe('RSS 1.0 (RDF)', () => {
  const feed = parseFeed(
    `<?xml version="1.0"?>
    <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="https://example.org/rss">
        <title>RDF study</title><link>https://example.org/</link><description>About it</description>
        <items><rdf:Seq><rdf:li rdf:resource="https://example.org/1"/></rdf:Seq></items>
      </channel>
      <item rdf:about="https://example.org/1">
        <title>First</title><link>https://example.org/1</link>
        <description>One &amp; only</description>
        <dc:creator>Jo</dc:creator><dc:date>2004-01-01T19:48:21Z</dc:date>
      </item>
    </rdf:RDF>`,
  );

  it('reads the channel and the items outside it', () => {
    expect(feed.format).to.equal('rss1');
    expect([feed.title, feed.url, feed.description]).to.deep.equal(['RDF study', 'https://example.org/', 'About it']);
    expect(feed.items).to.have.length(1);
    const item = feed.items[0]!;
    expect([item.id, item.title, item.url, item.summary]).to.deep.equal(['https://example.org/1', 'First', 'https://example.org/1', 'One & only']);
    expect(item.authors).to.deep.equal(['Jo']);
    expect(item.date?.toISOString()).to.equal('2004-01-01T19:48:21.000Z');
  });
});
