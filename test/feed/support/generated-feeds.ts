/**
 * Generated RSS 2.0 and Atom feeds of about `targetBytes`, with HTML
 * summaries, relative links and (Atom) xhtml content under an xml:base:
 * parse-speed.test.ts times them, and their outputs are recorded (see
 * recorded.ts).
 */

function paragraph(i: number): string {
  return `&lt;p&gt;Update ${i}: the &lt;a href="/notes/${i}"&gt;ethnography&lt;/a&gt; continues with interviews, observation and reflective notes from the team &amp;amp; partners.&lt;/p&gt;`;
}

export function generateRss(targetBytes: number): string {
  const items: string[] = [];
  let size = 0;
  for (let i = 0; size < targetBytes; i++) {
    const item = `<item><title>Update ${i} &amp; news</title><link>https://example.org/posts/${i}</link><guid>https://example.org/posts/${i}</guid><pubDate>Tue, 15 Nov 2011 09:30:00 GMT</pubDate><dc:creator>Researcher ${i % 7}</dc:creator><category>Study</category><description>${paragraph(i)}</description><content:encoded><![CDATA[<p>Full text ${i} with <a href="/more/${i}">a link</a>.</p>${'<p>More words about the study and its phases. </p>'.repeat(4)}]]></content:encoded></item>`;
    items.push(item);
    size += item.length;
  }
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Speed</title><link>https://example.org/</link>${items.join('')}</channel></rss>`;
}

export function generateAtom(targetBytes: number): string {
  const entries: string[] = [];
  let size = 0;
  for (let i = 0; size < targetBytes; i++) {
    const entry = `<entry><id>tag:example.org,2011:${i}</id><title type="html">Update ${i} &amp;amp; news</title><link rel="alternate" href="posts/${i}"/><published>2011-11-15T09:30:00Z</published><updated>2011-11-16T09:30:00+01:00</updated><author><name>Researcher ${i % 7}</name></author><summary type="html">${paragraph(i)}</summary><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Full text ${i} with <a href="/more/${i}">a link</a>.</p>${'<p>More words about the study and its phases.</p>'.repeat(4)}</div></content></entry>`;
    entries.push(entry);
    size += entry.length;
  }
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://example.org/"><title>Speed</title>${entries.join('')}</feed>`;
}

