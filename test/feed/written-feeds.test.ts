/**
 * Issue 11 item 8, "feeds as they are written": RSS items that carry Atom
 * elements, dc:subject beside category, and JSON Feeds whose version is not
 * a jsonfeed.org URL.
 */
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse-feed.js';
import { expectFeedError, rss } from './support/helpers.js';

const ATOM_NS = ' xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/"';

function rssItem(item: string) {
  return parseFeed(rss(`<item><title>Update</title>${item}</item>`, undefined, ATOM_NS), { url: 'https://example.org/feed.xml' }).items[0]!;
}

describe('RSS items carrying Atom elements', () => {
  it('takes the names of atom:author, else their e-mail', () => {
    const item = rssItem(
      '<atom:author><atom:name>Jo Bloggs</atom:name><atom:email>jo@example.org</atom:email></atom:author>' +
        '<atom:author><atom:email>sam@example.org</atom:email></atom:author>',
    );
    expect(item.authors).to.deep.equal(['Jo Bloggs', 'sam@example.org']);
  });

  it('dates an item by atom:published, and by atom:updated when there is nothing else', () => {
    const published = rssItem('<atom:published>2011-11-15T09:30:00Z</atom:published><atom:updated>2011-11-16T10:00:00Z</atom:updated>');
    expect(published.date?.toISOString()).to.equal('2011-11-15T09:30:00.000Z');
    expect(published.updated?.toISOString()).to.equal('2011-11-16T10:00:00.000Z');
    const updatedOnly = rssItem('<atom:updated>2011-11-16T10:00:00Z</atom:updated>');
    expect(updatedOnly.date?.toISOString()).to.equal('2011-11-16T10:00:00.000Z');
  });

  it('takes the alternate atom:link href among several links', () => {
    const item = rssItem(
      '<link/><atom:link rel="self" href="https://example.org/item.xml"/><atom:link rel="replies" href="https://example.org/c"/>' +
        '<atom:link rel="alternate" type="text/html" href="/posts/1"/>',
    );
    expect(item.url).to.equal('https://example.org/posts/1');
  });

  it('takes an href written on a plain <link> (Atom style, no namespace) among several', () => {
    const item = rssItem('<link rel="self" href="https://example.org/item.xml"/><link href="/posts/2"/>');
    expect(item.url).to.equal('https://example.org/posts/2');
  });
});

describe('dc:subject beside category', () => {
  it('keeps both, in order, without duplicates', () => {
    const item = rssItem('<category>Team</category><dc:subject>Ethnography</dc:subject><dc:subject>Team</dc:subject>');
    expect(item.categories).to.deep.equal(['Team', 'Ethnography']);
  });

  it('reads each label of a dc:subject written as an RDF list', () => {
    const item = rssItem(
      '<category>Team</category><dc:subject xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Bag><rdf:li>Ethnography</rdf:li><rdf:li>Interviews</rdf:li></rdf:Bag></dc:subject>',
    );
    expect(item.categories).to.deep.equal(['Team', 'Ethnography', 'Interviews']);
  });
});

describe('JSON Feed versions', () => {
  it('accepts a version that is not a jsonfeed.org URL ("1.0")', () => {
    const feed = parseFeed(JSON.stringify({ version: '1.0', title: 'Study', items: [{ id: '1', title: 'First' }] }));
    expect(feed.format).to.equal('json');
    expect(feed.items.map((i) => i.title)).to.deep.equal(['First']);
  });

  it('names the real problem: an "items" that is not a list', () => {
    const error = expectFeedError(() => parseFeed(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: {} })), 'not-a-feed');
    expect(error.message).to.match(/"items" is not a list/);
  });

  it('names the real problem: no "items" at all', () => {
    const error = expectFeedError(() => parseFeed(JSON.stringify({ version: '1.0', title: 'x' })), 'not-a-feed');
    expect(error.message).to.match(/no "items"/);
  });

  it('names the real problem: JSON that is not an object', () => {
    const error = expectFeedError(() => parseFeed('[1, 2]'), 'not-a-feed');
    expect(error.message).to.match(/not an object/);
  });
});
