/**
 * Hostile feeds, study details and strings built from payloads, for the
 * hostile-content checks (content.test.ts, embed-config.test.ts).
 */

export const chunks = <T>(list: readonly T[], size: number): T[][] => Array.from({ length: Math.ceil(list.length / size) }, (_, index) => list.slice(index * size, index * size + size));
let unique = 0;
export const uid = (name: string) => `${name}-${Date.now().toString(36)}-${unique++}`;

// ---- building feeds -------------------------------------------------------------

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
const cdata = (text: string) => `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
/** The payload parsed as HTML (inertly) and written back as XHTML markup: real elements and attributes in an Atom xhtml construct. */
function xhtml(payload: string): string {
  const body = new DOMParser().parseFromString(`<!doctype html><body>${payload}`, 'text/html').body;
  const serializer = new XMLSerializer();
  return Array.from(body.childNodes, (node) => serializer.serializeToString(node)).join('');
}
const DATE = 'Tue, 01 Nov 2011 09:00:00 GMT';
export const ISO = '2011-11-01T09:00:00Z';

export function rss2(payloads: string[]): string {
  const p0 = payloads[0] ?? '';
  const items = payloads.map(
    (p, index) => `<item><title>${esc(p)}</title><link>${esc(p)}</link><description>${esc(p)}</description>
<content:encoded>${cdata(p)}</content:encoded><author>${esc(p)}</author><dc:creator>${esc(p)}</dc:creator>
<guid isPermaLink="true">${esc(p)}</guid><comments>${esc(p)}</comments><category>${esc(p)}</category>
<enclosure url="${esc(p)}" type="image/png" length="1"/><source url="${esc(p)}">${esc(p)}</source><pubDate>${DATE}</pubDate></item>
<item><title>guid ${index}</title><guid>${esc(p)}</guid><description>${cdata(p)}</description></item>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>${esc(p0)}</title><link>${esc(p0)}</link><description>${esc(p0)}</description><image><url>${esc(p0)}</url><title>${esc(p0)}</title><link>${esc(p0)}</link></image>
${items.join('\n')}</channel></rss>`;
}

export function rss1(payloads: string[]): string {
  const p0 = payloads[0] ?? '';
  const items = payloads.map(
    (p) => `<item rdf:about="${esc(p)}"><title>${esc(p)}</title><link>${esc(p)}</link><description>${esc(p)}</description>
<dc:creator>${esc(p)}</dc:creator><dc:date>${ISO}</dc:date><content:encoded>${cdata(p)}</content:encoded></item>`,
  );
  return `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel rdf:about="${esc(p0)}"><title>${esc(p0)}</title><link>${esc(p0)}</link><description>${esc(p0)}</description></channel>
${items.join('\n')}</rdf:RDF>`;
}

export function atom(payloads: string[]): string {
  const p0 = payloads[0] ?? '';
  const entries = payloads.map(
    (p, index) => `<entry><title type="html">${esc(p)}</title><id>${esc(p)}</id><link rel="alternate" href="${esc(p)}"/><link rel="enclosure" href="${esc(p)}"/>
<updated>${ISO}</updated><author><name>${esc(p)}</name><uri>${esc(p)}</uri><email>${esc(p)}</email></author>
<summary type="text">${esc(p)}</summary><content type="html">${esc(p)}</content></entry>
<entry xml:base="${esc(p)}"><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${xhtml(p)}</div></title><id>base-${index}</id>
<link href="posts/${index}"/><updated>${ISO}</updated><summary type="html">${esc(p)}</summary>
<content type="xhtml" xml:base="${esc(p)}"><div xmlns="http://www.w3.org/1999/xhtml">${xhtml(p)}<a href="relative">relative</a><img src="pic.png" alt=""/></div></content></entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="${esc(p0)}"><title type="html">${esc(p0)}</title><subtitle type="html">${esc(p0)}</subtitle>
<link href="${esc(p0)}"/><id>${esc(p0)}</id><updated>${ISO}</updated><icon>${esc(p0)}</icon><logo>${esc(p0)}</logo>
${entries.join('\n')}</feed>`;
}

export function study(payloads: string[]): Record<string, unknown> {
  return {
    status: payloads[0],
    phase: payloads[0],
    milestones: payloads.flatMap((p) => [
      { title: p, date: p, status: p },
      { title: p, date: '2012-04', status: 'done' },
    ]),
    links: payloads.flatMap((p) => [
      { title: p, url: p, kind: p },
      { title: p, url: 'https://example.org/', kind: 'blog' },
      { title: p, url: p, kind: 'email' },
    ]),
  };
}

export function jsonFeed(payloads: string[]): Record<string, unknown> {
  const p0 = payloads[0] ?? '';
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: p0,
    home_page_url: p0,
    feed_url: p0,
    description: p0,
    icon: p0,
    favicon: p0,
    authors: [{ name: p0, url: p0, avatar: p0 }],
    _study: study(payloads),
    items: payloads.map((p) => ({
      id: p,
      url: p,
      external_url: p,
      title: p,
      content_html: p,
      content_text: p,
      summary: p,
      image: p,
      banner_image: p,
      date_published: ISO,
      authors: [{ name: p, url: p, avatar: p }],
      author: { name: p, url: p },
      tags: [p],
      attachments: [{ url: p, mime_type: 'text/html', title: p }],
    })),
  };
}

/** Serve `body` from the test server (PUT to the stash route) and return its URL. */
export async function stash(body: string, type: string): Promise<string> {
  const url = `/__hostile/stash/${uid('feed')}`;
  const response = await fetch(url, { method: 'PUT', body, headers: { 'Content-Type': type } });
  if (!response.ok) throw new Error(`stash failed: ${response.status}`);
  return url;
}

export const json = (value: unknown) => JSON.stringify(value);
export const allStrings = (table: Record<string, string>, payload: string) => json(Object.fromEntries(Object.keys(table).map((key) => [key, payload])));
