import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse-feed.js';
import { atom } from './support/helpers.js';

describe('Atom 1.0', () => {
  const feed = parseFeed(
    atom(
      `<title type="html">Connecting &lt;em&gt;People&lt;/em&gt;</title>
      <subtitle>Study updates</subtitle>
      <link rel="self" href="/feed.atom"/>
      <link rel="alternate" type="text/html" href="/blog/"/>
      <updated>2011-11-16T10:00:00Z</updated>
      <author><name>Study team</name></author>
      <entry xml:base="posts/">
        <id>tag:example.org,2011:1</id>
        <title>Final phase</title>
        <link rel="edit" href="edit/1"/>
        <link rel="alternate" href="final-phase.html"/>
        <published>2011-11-15T09:30:00+01:00</published>
        <updated>2011-11-20T09:30:00Z</updated>
        <author><name>Jo Bloggs</name></author>
        <author><name>Sam Smith</name><email>sam@example.org</email></author>
        <author><email>only@example.org</email></author>
        <category term="ethnography" label="Ethnography"/>
        <summary type="text">The final phase  of the
          ethnography began.</summary>
        <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p xml:base="deep/">See <a href="notes.html">notes</a> &amp; <img src="../i.png"/></p></div></content>
      </entry>
      <entry>
        <id>tag:example.org,2011:2</id>
        <title type="text">No author</title>
        <updated>2011-11-01T00:00:00Z</updated>
        <content type="html">&lt;p&gt;Escaped &lt;a href="x.html"&gt;HTML&lt;/a&gt;&lt;/p&gt;</content>
      </entry>`,
      ' xml:base="https://example.org/study/"',
    ),
    { url: 'https://other.example/feed' },
  );
  const [first, second] = feed.items;

  it('reads the feed: html title as text, subtitle, alternate link against xml:base', () => {
    expect(feed.format).to.equal('atom');
    expect(feed.title).to.equal('Connecting People');
    expect(feed.description).to.equal('Study updates');
    expect(feed.url).to.equal('https://example.org/blog/');
    expect(feed.updated?.toISOString()).to.equal('2011-11-16T10:00:00.000Z');
  });

  it('picks link rel="alternate" resolved against nested xml:base', () => {
    expect(first!.url).to.equal('https://example.org/study/posts/final-phase.html');
  });

  it('reads id, dates (published first, updated kept) and several authors', () => {
    expect(first!.id).to.equal('tag:example.org,2011:1');
    expect(first!.date?.toISOString()).to.equal('2011-11-15T08:30:00.000Z');
    expect(first!.updated?.toISOString()).to.equal('2011-11-20T09:30:00.000Z');
    expect(first!.authors).to.deep.equal(['Jo Bloggs', 'Sam Smith', 'only@example.org']);
    expect(first!.categories).to.deep.equal(['Ethnography']);
  });

  it('serialises xhtml content as HTML without the wrapper div, resolving URLs per element base', () => {
    const html = first!.contentHtml ?? '';
    expect(html.startsWith('<p>')).to.equal(true);
    expect(html).to.contain('href="https://example.org/study/posts/deep/notes.html"');
    expect(html).to.contain('src="https://example.org/study/posts/i.png"');
    expect(html).to.contain('&amp;');
    expect(html).not.to.contain('xmlns');
    expect(html).not.to.contain('xml:base');
  });

  it('uses the text summary, white space collapsed', () => {
    expect(first!.summary).to.equal('The final phase of the ethnography began.');
  });

  it('inherits the feed authors and reads escaped html content', () => {
    expect(second!.authors).to.deep.equal(['Study team']);
    expect(second!.date?.toISOString()).to.equal('2011-11-01T00:00:00.000Z');
    expect(second!.contentHtml).to.equal('<p>Escaped <a href="https://example.org/study/x.html">HTML</a></p>');
    expect(second!.summary).to.equal('Escaped HTML');
  });

  it('resolves against the feed URL when there is no xml:base', () => {
    const plain = parseFeed(atom('<entry><id>x</id><link href="/a"/></entry>'), { url: 'https://example.net/dir/feed' });
    expect(plain.items[0]!.url).to.equal('https://example.net/a');
  });

  it('reads an xhtml title as plain text', () => {
    const titled = parseFeed(atom('<title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">A <b>bold</b> title</div></title>'));
    expect(titled.title).to.equal('A bold title');
  });

  it('reads Atom 0.3 escaped and base64 modes', () => {
    const old = parseFeed(
      `<feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry>
        <title type="text/html" mode="escaped">&lt;b&gt;Bold&lt;/b&gt; &amp;amp; more</title>
        <summary type="text/plain" mode="base64">${btoa('Hello base64')}</summary>
        <issued>2004-01-01T00:00:00Z</issued>
        <link rel="alternate" type="text/html" href="http://example.com/1"/>
      </entry></feed>`,
    );
    const item = old.items[0]!;
    expect([item.title, item.summary, item.url]).to.deep.equal(['Bold & more', 'Hello base64', 'http://example.com/1']);
    expect(item.date?.toISOString()).to.equal('2004-01-01T00:00:00.000Z');
  });
});
