// Deterministic RSS 2.0 feeds of a given size for the benchmark (npm run bench).
// Items look like a real blog's: title, link, guid, pubDate, dc:creator,
// description (an HTML summary) and content:encoded (the full post in CDATA).

const WORDS = (
  'practice participation service users carers social work supervision reflection evidence research ' +
  'study team community recovery partnership consultation power decision budget evaluation feedback ' +
  'placement student tutor learning outcome safeguarding advocacy co-production family network ' +
  'wellbeing ethnography interview agency manager policy guidance review model intervention'
).split(' ');
const AUTHORS = ['Study lead', 'Research fellow', 'Practice educator', 'Project officer', 'Guest author'];

/** A small seeded PRNG (mulberry32), so every run benchmarks the same bytes. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function words(rand, count) {
  const out = [];
  for (let i = 0; i < count; i++) out.push(WORDS[Math.floor(rand() * WORDS.length)]);
  return out.join(' ');
}

function sentence(rand, count) {
  const text = words(rand, count);
  return text[0].toUpperCase() + text.slice(1) + '.';
}

function item(rand, index, short) {
  const date = new Date(Date.UTC(2024, 0, 1) - index * 36e5 * 7);
  const slug = `update-${index + 1}`;
  const link = `https://study.example.org/${date.getUTCFullYear()}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${slug}`;
  // Titles carry an escaped ampersand now and then, as real titles do.
  const title = `${sentence(rand, 4 + Math.floor(rand() * 6)).slice(0, -1)}${index % 7 === 0 ? ' &amp; what comes next' : ''} (${index + 1})`;
  const paragraphs = [];
  const paragraphCount = short ? 1 : 3 + Math.floor(rand() * 4);
  for (let p = 0; p < paragraphCount; p++) {
    paragraphs.push(short
      ? `<p>${sentence(rand, 8)} <a href="https://study.example.org/notes/${index}-${p}">${words(rand, 2)}</a></p>`
      : `<p>${sentence(rand, 18 + Math.floor(rand() * 20))} <a href="https://study.example.org/notes/${index}-${p}">${words(rand, 3)}</a> ${sentence(rand, 12)}</p>`);
  }
  return `    <item>
      <title>${title}</title>
      <link>${link}</link>
      <guid isPermaLink="false">tag:study.example.org,2024:${slug}</guid>
      <pubDate>${date.toUTCString().replace('GMT', '+0000')}</pubDate>
      <dc:creator>${AUTHORS[index % AUTHORS.length]}</dc:creator>
      <description>&lt;p&gt;${short ? sentence(rand, 8) : `${sentence(rand, 20)} ${sentence(rand, 14)}`}&lt;/p&gt;</description>
      <content:encoded><![CDATA[${short ? '' : `<h2>${words(rand, 3)}</h2>\n`}${paragraphs.join('\n')}${short ? '' : `\n<ul><li>${words(rand, 5)}</li><li>${words(rand, 6)}</li></ul>`}]]></content:encoded>
    </item>
`;
}

const HEAD = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Connecting People: study updates</title>
    <link>https://study.example.org/</link>
    <atom:link href="https://study.example.org/feed.xml" rel="self" type="application/rss+xml" />
    <description>News from a research study of social care practice.</description>
    <language>en-gb</language>
    <lastBuildDate>Mon, 01 Jan 2024 09:00:00 +0000</lastBuildDate>
`;
const TAIL = `  </channel>
</rss>
`;

/**
 * An RSS 2.0 feed of about `targetBytes` (UTF-8), never fewer than one item.
 * @returns {{ xml: string, items: number, bytes: number }}
 */
export function generateRss(targetBytes, seed = 1) {
  const rand = random(seed);
  const short = targetBytes < 8 * 1024; // a 1 KB feed holds one short item
  const parts = [HEAD];
  let size = HEAD.length + TAIL.length;
  let count = 0;
  while (count === 0 || size < targetBytes) {
    const next = item(rand, count, short);
    if (count > 0 && size + next.length > targetBytes * 1.05) break;
    parts.push(next);
    size += next.length;
    count++;
  }
  parts.push(TAIL);
  const xml = parts.join('');
  return { xml, items: count, bytes: new TextEncoder().encode(xml).length }; // TextEncoder: the generator also runs in the browser (test/feed/support/recorded.ts)
}
