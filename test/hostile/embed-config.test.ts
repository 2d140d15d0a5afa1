/**
 * Hostile content (issue 6) through the iframe embed's configuration
 * (dist/embed.html): every payload of payloads.ts in every parameter, name
 * and value. Passes only if nothing runs in the frame (its sentinel stays
 * unset, no dialog opens) and nothing unsafe is rendered (see dangers() in
 * support.ts). Needs the build (dist/).
 */
import { expect } from '@open-wc/testing';
import { ladderStrings } from '../../src/participation-ladder/strings.js';
import { helpStrings } from '../../src/participation-ladder/help-strings.js';
import { prosConsStrings } from '../../src/pros-cons/strings.js';
import { studyFeedStrings } from '../../src/study-feed/strings.js';
import { WIDGETS as EMBED_WIDGETS, allowedAttributes, configFromUrl, type WidgetName } from '../../src/embed/config.js';
import { perStep } from '../support/progress.js';
import { allStrings, json, jsonFeed, study } from './hostile-feeds.js';
import { PAYLOADS } from './payloads.js';
import { dangers, openFrame, sleep, trapDialogs, until } from './support.js';

/** The time limit for each render of the frame (see test/support/progress.ts). */
const MS_PER_RENDER = 30_000;

/**
 * True when the frame's own reader (configFromUrl, the code dist/embed-frame.js
 * runs first) refuses `url` whole, and only for its size: a field longer than
 * its limit. The frame then shows one fixed message made of field names and
 * limits, none of the configuration's text, so every such refusal renders the
 * same. Any other verdict (accepted, partly ignored, refused with text from
 * the configuration in the message) goes through the frame.
 */
const refusedForSizeOnly = (url: string) => {
  const verdict = configFromUrl(url);
  return !verdict.ok && verdict.errors.every((error) => /^\S+ is longer than \d+ characters\.$/.test(error));
};

describe("hostile content through the iframe embed's configuration", () => {
  // The configuration is the frame's URL: anyone can write one. Each payload
  // goes into every attribute, into parameter names, points, a custom scale,
  // an inline JSON Feed, study details and strings; the frame re-renders on
  // each change of fragment. Same-origin (not sandboxed) so the test can look
  // into the frame's shadow roots and at its sentinel. One test per kind of
  // configuration keeps each test to 140 renders.
  // src and proxy are left out here: as URLs they would make the test server
  // fetch 140 odd paths; the attribute paths above put payloads in both
  const attributesFor = (widget: WidgetName, p: string) => Object.fromEntries(allowedAttributes(widget).filter((name) => name !== 'src' && name !== 'proxy').map((name) => [name, p]));
  const embedConfigs: Array<[string, (p: string) => URLSearchParams]> = [
    ...(Object.keys(EMBED_WIDGETS) as WidgetName[]).map((widget): [string, (p: string) => URLSearchParams] => [
      `embed: every attribute of ${widget}`,
      (p) => new URLSearchParams({ ...attributesFor(widget, p), widget, [p]: p }),
    ]),
    ['embed: pros-cons points and strings', (p) => new URLSearchParams({ widget: 'pros-cons', pros: json([p, { text: p, weight: 3 }]), cons: json([{ text: p }]), strings: allStrings(prosConsStrings, p), heading: p })],
    ['embed: pros-cons read mode', (p) => new URLSearchParams({ widget: 'pros-cons', mode: 'read', 'structured-data': '', pros: json([p]), cons: json([p]) })],
    ['embed: ladder custom scale and strings', (p) => new URLSearchParams({ widget: 'participation-ladder', perspectives: `${p}; B`, json: json({ name: p, levels: [{ id: p, label: p, description: p, group: p }, { id: 'b', label: p, description: p, group: 'g' }], groups: [{ id: p, label: p }, { id: 'g', label: p }] }), strings: allStrings({ ...ladderStrings, ...helpStrings }, p) })],
    ['embed: inline JSON Feed, study and strings', (p) => new URLSearchParams({ widget: 'study-feed', rich: '', 'max-items': '50', json: json(jsonFeed([p])), study: json(study([p])), strings: allStrings(studyFeedStrings, p) })],
    ['embed: the widget parameter', (p) => new URLSearchParams({ widget: p, heading: p })],
  ];

  // The four longest payloads (10,000 characters and more) in every string of
  // a `strings` table make addresses of 0.8 to 2.5 MB, and each such change of
  // fragment took one to three seconds of the browser's time: two thirds of
  // this file's time in session 5. The reader refuses each of them for its
  // size before reading any of it, so the frame renders the first size
  // refusal of each configuration; the others are checked by the reader's
  // verdict, which must still be that refusal (refusedForSizeOnly).
  // Only those four may skip the frame: should the reader ever refuse more
  // for size, the frame would quietly stop seeing them, so that fails instead.
  const sizeRefusalsInFrame = 1;
  const mayStayOutOfFrame = new Set([...PAYLOADS].sort((a, b) => b.length - a.length).slice(0, 4));

  for (const [path, configFor] of embedConfigs) {
    it(`${path.slice('embed: '.length)}: ${PAYLOADS.length} payloads`, async function () {
      const step = perStep(this, MS_PER_RENDER);
      const { frame, win: frameWin, doc } = await openFrame({ src: '/dist/embed.html#widget=pros-cons&mode=read&pros=["Ready"]' });
      const restoreFrameDialogs = trapDialogs(frameWin);
      frameWin.console.warn = () => {}; // the frame warns about every bad parameter, as it should
      const found: string[] = [];
      const page = frameWin.location.href.replace(/#.*$/, '');
      let sizeRefusals = 0;
      try {
        for (const p of PAYLOADS) {
          const hash = configFor(p).toString();
          if (refusedForSizeOnly(`${page}#${hash}`) && ++sizeRefusals > sizeRefusalsInFrame) {
            if (!mayStayOutOfFrame.has(p)) found.push(`${path}: a payload of ${p.length} characters was refused for size, so the frame never saw it`);
            step();
            continue;
          }
          // the frame renders on hashchange, which fires after the hash is set
          const changed = new Promise((resolve) => frameWin.addEventListener('hashchange', resolve, { once: true }));
          frameWin.location.hash = hash;
          await Promise.race([changed, sleep(1000)]);
          const host = doc.querySelector('main > *') as (HTMLElement & { updateComplete?: Promise<unknown>; status?: string }) | null;
          await host?.updateComplete;
          if (host?.localName === 'cf-study-feed') await until(() => host.status !== 'loading', `${path}: not settled`);
          await host?.updateComplete;
          found.push(...dangers([doc.querySelector('main')!]).map((danger) => `${path}: ${danger}`));
          if (frameWin.__pwned !== undefined) found.push(`${path}: the frame's sentinel was set (${String(frameWin.__pwned)})`);
          step();
        }
      } finally {
        restoreFrameDialogs();
        frame.remove();
      }
      expect(found).to.deep.equal([]);
    });
  }
});
