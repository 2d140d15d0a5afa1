import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse-feed.js';
import { clipText, DEFAULT_SUMMARY_LENGTH, fixC1Controls, readHtml } from '../../src/feed/text.js';
import { htmlToText } from '../../src/feed/xml-text.js';
import { rss } from './support/helpers.js';

describe('plain text and summaries', () => {
  it('strips tags, decodes entities, collapses white space and separates blocks', () => {
    expect(htmlToText('<p>First&nbsp;para</p><p>Second   <b>bold</b>\n line</p><ul><li>one</li><li>two</li></ul>')).to.equal(
      'First para Second bold line one two',
    );
    expect(htmlToText('Tom &amp; Jerry &lt;3 &#8230;')).to.equal('Tom & Jerry <3 \u2026');
  });

  it('leaves out scripts and styles', () => {
    expect(htmlToText('<style>p{color:red}</style><script>alert(1)</script>Safe')).to.equal('Safe');
  });

  it('maps C1 control characters to their windows-1252 meaning', () => {
    expect(fixC1Controls('don\u0092t \u0093quote\u0094')).to.equal('don\u2019t \u201cquote\u201d');
  });

  it('clips at a word boundary with an ellipsis, within the limit', () => {
    const clipped = clipText('The final phase of the ethnography began this month', 30);
    expect(clipped).to.equal('The final phase of the\u2026');
    expect(clipped.length).to.be.at.most(30);
  });

  it('does not clip text within the limit, and cuts an over-long word', () => {
    expect(clipText('short', 30)).to.equal('short');
    expect(clipText('x'.repeat(50), 10)).to.equal(`${'x'.repeat(9)}\u2026`);
  });

  it('gives feed summaries of at most 280 characters by default, and honours summaryLength', () => {
    expect(DEFAULT_SUMMARY_LENGTH).to.equal(280);
    const words = Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ');
    const feed = parseFeed(rss(`<item><description>&lt;p&gt;${words}&lt;/p&gt;</description></item>`));
    const summary = feed.items[0]!.summary;
    expect(summary.length).to.be.at.most(280);
    expect(summary.endsWith('\u2026')).to.equal(true);
    expect(words.startsWith(summary.slice(0, -1))).to.equal(true);
    expect(summary.slice(0, -1)).to.match(/word\d+$/); // ends on a whole word
    expect(parseFeed(rss(`<item><description>${words}</description></item>`), { summaryLength: 40 }).items[0]!.summary.length).to.be.at.most(40);
  });

  it('resolves relative URLs in HTML content but leaves it otherwise unsanitised', () => {
    const read = readHtml('<a href="/x" onclick="evil()">x</a><img src="i.png"> text', 'https://example.org/a/');
    expect(read.html).to.equal('<a href="https://example.org/x" onclick="evil()">x</a><img src="https://example.org/a/i.png"> text');
    expect(read.text).to.equal('x text');
  });

  it('never runs or inserts feed content, not even event handlers of elements that load', async () => {
    const before = document.documentElement.outerHTML;
    const flag = 'window.__cfPwned=1';
    const hostile = [
      `<img src=x onerror="${flag}">`,
      `<img src="https://example.invalid/i.png" onerror="${flag}" onload="${flag}">`,
      `<svg onload="${flag}"></svg>`,
      `<video src=x onerror="${flag}"></video>`,
      `<details open ontoggle="${flag}">x</details>`,
      `<iframe onload="${flag}"></iframe>`,
      `<style onload="${flag}"></style>`,
      `<script>${flag}</script>`,
    ].join('');
    const escaped = hostile.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
    const feed = parseFeed(rss(`<item><description>${escaped}</description><link>/x</link></item>`), { url: 'https://example.org/' });
    expect(feed.items[0]!.contentHtml).to.contain('onerror'); // kept, unsanitised: the element sanitises
    await new Promise((resolve) => setTimeout(resolve, 300)); // let any load or toggle event fire
    expect((window as unknown as { __cfPwned?: number }).__cfPwned).to.equal(undefined);
    expect(document.documentElement.outerHTML).to.equal(before);
  });
});
