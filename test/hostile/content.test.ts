/**
 * Hostile content (issue 6): every payload of payloads.ts through every input
 * path of the three widgets. A path passes only if nothing runs (the sentinel
 * `window.__pwned` is never set and no dialog opens: alert/confirm/prompt/
 * print/open are stubbed to set it), no element in any shadow root (or the
 * JSON-LD pros-cons writes into the light DOM) has an `on*` attribute or a
 * forbidden element, and no href/src/action/formaction/xlink:href/poster/
 * srcset uses a scheme other than http:, https: or mailto: once resolved.
 *
 * Runs the source modules in the test page itself (the same code as dist/).
 * The iframe embed's configuration gets the same payloads in embed-config.test.ts.
 */
import { expect } from '@open-wc/testing';
import '../../src/participation-ladder/define.js';
import '../../src/pros-cons/define.js';
import '../../src/study-feed/define.js';
import { ladderStrings } from '../../src/participation-ladder/strings.js';
import { helpStrings } from '../../src/participation-ladder/help-strings.js';
import { prosConsStrings } from '../../src/pros-cons/strings.js';
import { studyFeedStrings } from '../../src/study-feed/strings.js';
import { storageKey } from '../../src/shared/storage.js';
import type { ParticipationLadder } from '../../src/participation-ladder/participation-ladder.js';
import type { ProsCons } from '../../src/pros-cons/pros-cons.js';
import type { StudyFeed } from '../../src/study-feed/study-feed.js';
import { PAYLOADS, XML_INVALID } from './payloads.js';
import { dangers, quietly, sleep, trapDialogs, until, type HostileWindow } from './support.js';
import { perStep } from '../support/progress.js';
import { allStrings, atom, chunks, ISO, json, jsonFeed, rss1, rss2, stash, study, uid } from './hostile-feeds.js';

const win = window as HostileWindow;
const paths = new Set<string>();
let elementsTried = 0;
const ITEMS_PER_FEED = 50; // the widget shows at most 50 items


// ---- running a path -----------------------------------------------------------------

const container = document.createElement('div');
/** Storage keys written for (or by) the widgets of the current check: removed after it. */
const keys: string[] = [];

/**
 * Each check (one batch of widgets, or one frame render) gets MS_PER_CHECK:
 * the tests here do hundreds of checks, so their limit follows the work done
 * (see test/support/progress.ts) instead of one guess for the whole.
 */
const MS_PER_CHECK = 30_000;
let step = () => {};

/** Attach `hosts`, let them render (feeds: settle), let image errors fire, check them, and detach. */
async function check(path: string, hosts: HTMLElement[], settle?: (host: HTMLElement) => boolean): Promise<string[]> {
  paths.add(path);
  elementsTried += hosts.length;
  container.append(...hosts);
  await Promise.all(hosts.map((host) => (host as unknown as { updateComplete: Promise<unknown> }).updateComplete));
  if (settle) await until(() => hosts.every(settle), `${path}: not settled`, 15_000);
  await Promise.all(hosts.map((host) => (host as unknown as { updateComplete: Promise<unknown> }).updateComplete));
  await sleep(60); // image error handlers, timers
  const found = dangers(hosts).map((danger) => `${path}: ${danger}`);
  if (win.__pwned !== undefined) found.push(`${path}: the sentinel was set (${String(win.__pwned)})`);
  for (const host of hosts) host.remove();
  for (const key of keys.splice(0)) localStorage.removeItem(key);
  step();
  return found;
}

function withChildren(tag: string, attributes: Record<string, string>, children: Array<[string, Record<string, string>, string]> = []): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const [childTag, childAttributes, text] of children) {
    const child = document.createElement(childTag);
    for (const [name, value] of Object.entries(childAttributes)) child.setAttribute(name, value);
    child.textContent = text;
    element.append(child);
  }
  return element;
}

function isOtherSchemeUrl(payload: string): boolean {
  try {
    return !/^https?:$/.test(new URL(`${payload}x`).protocol);
  } catch {
    return false;
  }
}
const feedSettled = (host: HTMLElement) => (host as StudyFeed).status !== 'loading';
const BATCH = 35;

describe('hostile content through every input path', function () {
  let restoreDialogs: () => void;

  beforeEach(function () {
    step = perStep(this.currentTest!, MS_PER_CHECK);
  });

  before(() => {
    document.body.append(container);
    win.__pwned = undefined;
    restoreDialogs = trapDialogs(win);
  });
  after(() => {
    restoreDialogs();
    container.remove();
    console.log(`hostile content: ${PAYLOADS.length} payloads through ${paths.size} input paths (${elementsTried} widgets rendered): ${[...paths].join(', ')}`);
  });
  afterEach(() => {
    expect(win.__pwned, 'the sentinel').to.equal(undefined);
  });

  it(`has at least 100 payloads (${PAYLOADS.length})`, () => {
    expect(PAYLOADS.length).to.be.at.least(100);
  });

  for (const [format, build, type] of [
    ['RSS 2.0', rss2, 'application/rss+xml'],
    ['RSS 1.0', rss1, 'application/rdf+xml'],
    ['Atom', atom, 'application/atom+xml'],
    ['JSON Feed', (payloads: string[]) => json(jsonFeed(payloads)), 'application/feed+json'],
  ] as const) {
    it(`feed fields in ${format} (every field, plain and rich, persisted)`, async () => {
      const isXml = format !== 'JSON Feed';
      const usable = isXml ? PAYLOADS.filter((p) => !XML_INVALID.test(p)) : [...PAYLOADS];
      // payloads XML cannot carry go into feeds of their own (ill-formed: read leniently or refused)
      const groups = [...chunks(usable, ITEMS_PER_FEED / 2), ...(isXml ? PAYLOADS.filter((p) => XML_INVALID.test(p)).map((p) => [p]) : [])];
      const found: string[] = [];
      await quietly(async () => {
        for (const group of groups) {
          const src = await stash(build(group), type);
          const hosts = [false, true].map((rich) => {
            const id = uid('feed');
            keys.push(storageKey('cf-study-feed', id));
            return withChildren('cf-study-feed', { src, id, persist: '', 'max-items': '50', ...(rich ? { rich: '' } : {}) });
          });
          found.push(...(await check(`${format} feed`, hosts, feedSettled)));
        }
      });
      expect(found).to.deep.equal([]);
    });
  }

  it('inline JSON Feed, data-study and data-strings children of <cf-study-feed>', async () => {
    const found: string[] = [];
    await quietly(async () => {
      for (const group of chunks(PAYLOADS, 25)) {
        const inline = withChildren('cf-study-feed', { rich: '', 'max-items': '50' }, [['script', { type: 'application/json' }, json(jsonFeed(group))]]);
        found.push(...(await check('inline JSON Feed', [inline], feedSettled)));
      }
      const rss = await stash(rss2(['Plain title']), 'application/rss+xml');
      for (const group of chunks(PAYLOADS, BATCH)) {
        const hosts = group.map((p) =>
          withChildren('cf-study-feed', { src: rss }, [
            ['script', { type: 'application/json', 'data-study': '' }, json(study([p]))],
            ['script', { type: 'application/json', 'data-strings': '' }, allStrings(studyFeedStrings, p)],
          ]),
        );
        found.push(...(await check('study-feed data-study + data-strings', hosts, feedSettled)));
      }
    });
    expect(found).to.deep.equal([]);
  });

  it('element attributes of all three widgets', async () => {
    const found: string[] = [];
    await quietly(async () => {
      for (const group of chunks(PAYLOADS, BATCH)) {
        const ladders = group.map((p) => withChildren('cf-participation-ladder', { heading: p, perspectives: `${p}; ${p}; other`, value: p, aspiration: p, scale: p, name: p, 'heading-level': p, theme: p }));
        found.push(...(await check('ladder attributes', ladders)));
        const prosCons = group.flatMap((p) =>
          ['read', p].map((mode) =>
            withChildren('cf-pros-cons', { heading: p, 'pros-label': p, 'cons-label': p, mode, name: p, 'heading-level': p, theme: p, 'structured-data': '' }, [
              ['ul', { slot: 'pros' }, ''],
              ['ul', { slot: 'cons' }, ''],
            ]),
          ),
        );
        // the author's points as list items (text, data-weight): what read mode shows through its slots
        prosCons.forEach((host, index) => {
          const p = group[Math.floor(index / 2)]!;
          for (const list of Array.from(host.querySelectorAll('ul'))) {
            const item = document.createElement('li');
            item.textContent = p;
            item.setAttribute('data-weight', p);
            list.append(item, Object.assign(document.createElement('li'), { textContent: 'A plain point' }));
          }
        });
        found.push(...(await check('pros-cons attributes and list items', prosCons)));
        // src: through a stand-in proxy that answers "not a feed", so relative payloads reach no missing file
        const feeds = group.map((p) =>
          withChildren('cf-study-feed', { heading: p, src: p, proxy: '/__hostile/echo/?u={url}', timeout: '400', 'max-items': p, refresh: p, 'heading-level': p, theme: p }),
        );
        found.push(...(await check('study-feed attributes (src, heading, max-items, refresh, ...)', feeds, feedSettled)));
        // proxy: only payloads that are absolute URLs of another scheme (relative ones would just be missing files here)
        const proxies = group.filter(isOtherSchemeUrl).map((p) => withChildren('cf-study-feed', { src: 'https://example.org/feed.xml', proxy: `${p}{url}`, timeout: '400' }));
        if (proxies.length) found.push(...(await check('study-feed proxy attribute', proxies, feedSettled)));
      }
    });
    expect(found).to.deep.equal([]);
  });

  it('child JSON: custom scale, points, data-strings', async () => {
    const found: string[] = [];
    await quietly(async () => {
      for (const group of chunks(PAYLOADS, BATCH)) {
        const ladders = group.map((p) =>
          withChildren('cf-participation-ladder', { value: p }, [
            ['script', { type: 'application/json' }, json({ name: p, levels: [{ id: p, label: p, description: p, group: p }, { id: 'b', label: p, description: p, group: 'g' }], groups: [{ id: p, label: p }, { id: 'g', label: p }] })],
            ['script', { type: 'application/json', 'data-strings': '' }, allStrings({ ...ladderStrings, ...helpStrings }, p)],
          ]),
        );
        found.push(...(await check('ladder custom scale + data-strings', ladders)));
        const presets = group.map((p) => withChildren('cf-participation-ladder', { perspectives: 'A; B' }, [['script', { type: 'application/json', 'data-strings': '' }, allStrings({ ...ladderStrings, ...helpStrings }, p)]]));
        for (const ladder of presets) ladder.setAttribute('value', 'consultation');
        found.push(...(await check('ladder data-strings (preset scale)', presets)));
        const prosCons = group.flatMap((p) =>
          ['appraise', 'read'].map((mode) =>
            withChildren('cf-pros-cons', { mode, 'structured-data': '', heading: 'Hostile points' }, [
              ['script', { type: 'application/json' }, json({ pros: [p, { text: p, weight: 2 }, { text: p, weight: p }], cons: [{ text: p, weight: 1 }, p] })],
              ['script', { type: 'application/json', 'data-strings': '' }, allStrings(prosConsStrings, p)],
            ]),
          ),
        );
        found.push(...(await check('pros-cons points JSON + data-strings', prosCons)));
      }
    });
    expect(found).to.deep.equal([]);
  });

  it('points, edits and reflections typed by a reader; values set by script', async () => {
    const found: string[] = [];
    await quietly(async () => {
      for (const group of chunks(PAYLOADS, BATCH)) {
        const hosts = group.map(() => withChildren('cf-pros-cons', { 'structured-data': '', heading: 'Typed' }, [['ul', { slot: 'pros' }, ''], ['ul', { slot: 'cons' }, '']]));
        hosts.forEach((host) => host.querySelectorAll('ul').forEach((list) => list.append(Object.assign(document.createElement('li'), { textContent: 'An author point' }))));
        paths.add('pros-cons reader typing');
        container.append(...hosts);
        for (const [index, host] of hosts.entries()) {
          const el = host as ProsCons;
          const p = group[index]!;
          await el.updateComplete;
          const root = el.shadowRoot!;
          for (const side of ['pro', 'con']) {
            root.querySelector<HTMLInputElement>(`input[name="add-side"][value="${side}"]`)!.click();
            root.querySelector<HTMLInputElement>('#add-text')!.value = p;
            root.querySelector<HTMLButtonElement>('form[part~="add"] button[type="submit"]')!.click();
            await el.updateComplete;
          }
          // edit the reader's first point to the payload again, with a suffix
          const edit = root.querySelector<HTMLButtonElement>('[data-action="edit"]');
          if (edit) {
            edit.click();
            await el.updateComplete;
            const input = root.querySelector<HTMLInputElement>('.edit input');
            if (input) {
              input.value = `${p} (edited)`;
              root.querySelector<HTMLButtonElement>('[data-action="save"]')!.click();
              await el.updateComplete;
            }
          }
          const reflection = root.querySelector<HTMLTextAreaElement>('#reflection')!;
          reflection.value = p;
          reflection.dispatchEvent(new Event('input'));
          reflection.dispatchEvent(new Event('change'));
          await el.updateComplete;
          // the exports are strings: they only need not to throw
          el.toText();
          el.toMarkdown();
          el.toJSONRecord();
        }
        found.push(...(await check('pros-cons reader typing', hosts)));
        const scripted = group.map((p) => {
          const el = withChildren('cf-pros-cons', { mode: 'appraise' }) as ProsCons;
          el.pros = [{ text: p, weight: 3 }, p as unknown as { text: string }];
          el.cons = [{ text: p }];
          el.value = json({ pros: [{ text: p, weight: 2, by: 'reader' }], cons: [{ text: p, weight: 1, by: 'reader' }], reflection: p });
          el.reflection = p;
          return el;
        });
        found.push(...(await check('pros-cons pros/cons/value/reflection properties', scripted)));
        const ladders = group.map((p) => {
          const el = withChildren('cf-participation-ladder', {}) as ParticipationLadder;
          el.value = p;
          el.heading = p;
          el.strings = { heading: p, intro: p };
          return el;
        });
        found.push(...(await check('ladder value/heading/strings properties', ladders)));
      }
    });
    expect(found).to.deep.equal([]);
  });

  it('stored answers changed by another script (localStorage before the widget loads)', async () => {
    const found: string[] = [];
    const slow = '/__feeds/slow?ms=3000';
    const slowResolved = new URL(slow, document.baseURI).href;
    await quietly(async () => {
      for (const group of chunks(PAYLOADS, BATCH)) {
        const hosts: HTMLElement[] = [];
        for (const p of group) {
          const stored: Array<[string, string, Record<string, string>]> = [
            ['cf-participation-ladder', json({ scale: 'arnstein', ratings: [{ now: p, aim: p }, { now: 'consultation', aim: p }], answers: [{ agenda: p, design: 2 }] }), { perspectives: `A; ${p}` }],
            ['cf-participation-ladder', p, {}],
            ['cf-pros-cons', json({ pros: [{ text: p, weight: 2, by: 'reader' }, { text: 'An author point', weight: p, by: 'author' }], cons: [{ text: p, weight: 3, by: 'reader' }], reflection: p }), {}],
            ['cf-pros-cons', p, {}],
          ];
          for (const [tag, value, attributes] of stored) {
            const id = uid('stored');
            const key = storageKey(tag, id);
            keys.push(key);
            localStorage.setItem(key, value);
            const host = withChildren(tag, { id, persist: '', ...attributes });
            if (tag === 'cf-pros-cons') host.append(withChildren('ul', { slot: 'pros' }, [['li', {}, 'An author point']]), withChildren('ul', { slot: 'cons' }, [['li', {}, 'A con']]));
            hosts.push(host);
          }
        }
        found.push(...(await check('stored ladder / pros-cons answers', hosts)));
      }
      // a stored copy of a feed, shown at once (stale) while a slow fetch is pending
      for (const group of chunks(PAYLOADS, 15)) {
        const record = {
          version: 1,
          source: slowResolved,
          fetchedAt: ISO,
          lastVisit: ISO,
          feed: {
            format: 'rss2',
            title: group[0],
            url: group[0],
            description: group[0],
            study: study(group),
            items: group.map((p) => ({ id: p, title: p, url: p, date: ISO, authors: [p], summary: p, categories: [p], contentHtml: p })),
          },
        };
        const hosts = [false, true].map((rich) => {
          const id = uid('stored-feed');
          const key = storageKey('cf-study-feed', id);
          keys.push(key);
          localStorage.setItem(key, json(record));
          return withChildren('cf-study-feed', { id, persist: '', src: slow, 'max-items': '50', ...(rich ? { rich: '' } : {}) });
        });
        found.push(...(await check('stored study-feed copy', hosts, (host) => (host as StudyFeed).stale && (host as StudyFeed).items.length > 0)));
      }
    });
    expect(found).to.deep.equal([]);
  });
});
