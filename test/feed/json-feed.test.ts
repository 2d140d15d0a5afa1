import { expect } from '@open-wc/testing';
import { parseFeed, parseStudy } from '../../src/feed/parse-feed.js';
import { expectFeedError } from './support/helpers.js';

const json = (value: unknown): string => JSON.stringify(value);

describe('JSON Feed', () => {
  it('reads JSON Feed 1.1 with authors, content_html and dates', () => {
    const feed = parseFeed(
      json({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Connecting People',
        home_page_url: '/blog/',
        description: 'Study updates',
        authors: [{ name: 'Study team' }],
        items: [
          {
            id: 1,
            url: 'posts/1',
            title: 'Manual due in April',
            content_html: '<p>The <a href="manual">manual</a> is due.</p>',
            date_published: '2012-01-10T09:00:00Z',
            date_modified: '2012-01-11T09:00:00Z',
            authors: [{ name: 'Jo Bloggs' }, { url: 'https://example.org/sam' }, { name: 7 }],
            tags: ['manual', 3, 'delphi'],
          },
          { id: 'two', title: 'Inherits', content_text: 'Plain <text> here.\n\nSecond paragraph.' },
        ],
      }),
      { url: 'https://example.org/feed.json' },
    );
    expect(feed.format).to.equal('json');
    expect([feed.title, feed.url, feed.description]).to.deep.equal(['Connecting People', 'https://example.org/blog/', 'Study updates']);
    const [first, second] = feed.items;
    expect(first!.id).to.equal('1');
    expect(first!.url).to.equal('https://example.org/posts/1');
    expect(first!.authors).to.deep.equal(['Jo Bloggs', 'https://example.org/sam']);
    expect(first!.contentHtml).to.equal('<p>The <a href="https://example.org/manual">manual</a> is due.</p>');
    expect(first!.summary).to.equal('The manual is due.');
    expect(first!.date?.toISOString()).to.equal('2012-01-10T09:00:00.000Z');
    expect(first!.updated?.toISOString()).to.equal('2012-01-11T09:00:00.000Z');
    expect(first!.categories).to.deep.equal(['manual', 'delphi']);
    expect(second!.authors).to.deep.equal(['Study team']);
    expect(second!.summary).to.equal('Plain <text> here. Second paragraph.');
    expect(second!.contentHtml).to.equal('<p>Plain &#60;text&#62; here.</p><p>Second paragraph.</p>');
  });

  it('reads JSON Feed 1.0 author (singular) and prefers summary for the excerpt', () => {
    const feed = parseFeed(
      json({
        version: 'https://jsonfeed.org/version/1',
        title: 'Old',
        author: { name: 'Feed author' },
        items: [
          { id: 'a', summary: 'The summary.', content_html: '<p>Long content</p>', author: { name: 'Item author' } },
          { id: 'b', content_text: 'Text' },
        ],
      }),
    );
    expect(feed.items[0]!.authors).to.deep.equal(['Item author']);
    expect(feed.items[0]!.summary).to.equal('The summary.');
    expect(feed.items[1]!.authors).to.deep.equal(['Feed author']);
  });

  it('ignores fields of the wrong type instead of failing', () => {
    const feed = parseFeed(json({ version: 'https://jsonfeed.org/version/1.1', title: 42, items: [{ id: null, url: 5, title: ['x'] }, 'junk'] }));
    expect(feed.title).to.equal('');
    expect(feed.items).to.have.length(1);
    expect(feed.items[0]).to.include({ id: 'item-1', url: '', title: '' });
  });

  it('throws malformed for broken JSON', () => {
    expectFeedError(() => parseFeed('{"version": "https://jsonfeed.org/version/1", "items": [}'), 'malformed');
  });

  it('keeps content_html unsanitised (the element sanitises)', () => {
    const feed = parseFeed(json({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: 'x', content_html: '<img src=x onerror="alert(1)">' }] }));
    expect(feed.items[0]!.contentHtml).to.contain('onerror');
  });
});

describe('the _study extension', () => {
  const study = {
    status: 'active',
    phase: 'Final phase of the ethnography',
    milestones: [
      { title: 'New researcher joins', date: '2011-11', status: 'done' },
      { title: 'Manual', date: 'April 2012', status: 'current' },
      { title: 'Delphi consultation', status: 'sometime' },
      { date: '2013' },
      'junk',
    ],
    links: [
      { title: 'Study blog', url: '/blog/', kind: 'blog' },
      { title: 'Facebook', url: 'https://facebook.com/connectingpeople', kind: 'facebook' },
      { title: 'Email us', url: 'mailto:study@example.org', kind: 'email' },
      { title: 'Bad', url: 'javascript:alert(1)', kind: 'web' },
      { title: 'Data', url: 'data:text/html,<script>alert(1)</script>' },
      { title: 'Wrong kind', url: 'https://example.org/x', kind: 'tiktok' },
      { title: 'No URL' },
    ],
  };

  it('is read from a JSON Feed, validated and resolved against the feed URL', () => {
    const feed = parseFeed(json({ version: 'https://jsonfeed.org/version/1.1', items: [], _study: study }), { url: 'https://example.org/feed.json' });
    expect(feed.study?.status).to.equal('active');
    expect(feed.study?.phase).to.equal('Final phase of the ethnography');
    expect(feed.study?.milestones.map((m) => [m.title, m.status])).to.deep.equal([
      ['New researcher joins', 'done'],
      ['Manual', 'current'],
      ['Delphi consultation', undefined],
    ]);
    expect(feed.study?.milestones[0]!.parsedDate?.toISOString()).to.equal('2011-11-01T00:00:00.000Z');
    expect(feed.study?.milestones[1]!.date).to.equal('April 2012');
    expect(feed.study?.links).to.deep.equal([
      { title: 'Study blog', url: 'https://example.org/blog/', kind: 'blog' },
      { title: 'Facebook', url: 'https://facebook.com/connectingpeople', kind: 'facebook' },
      { title: 'Email us', url: 'mailto:study@example.org', kind: 'email' },
      { title: 'Wrong kind', url: 'https://example.org/x' },
    ]);
  });

  it('ignores a wrong-typed status, phase and lists', () => {
    expect(parseStudy({ status: 'paused', phase: 3, milestones: 'none', links: {} })).to.deep.equal({ milestones: [], links: [] });
    expect(parseStudy('not an object')).to.equal(undefined);
    expect(parseStudy([study])).to.equal(undefined);
  });

  it('is absent when the feed has none', () => {
    expect(parseFeed(json({ version: 'https://jsonfeed.org/version/1.1', items: [] }))).to.not.have.property('study');
  });
});
