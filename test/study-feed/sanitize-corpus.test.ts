/**
 * feedparser's `wellformed/sanitize` group (745 hostile feeds, in
 * test/fixtures/feedparser) rendered through <cf-study-feed rich>: nothing
 * runs and no unsafe URL survives. Kept apart from sanitize.test.ts: it
 * takes far longer, and its own file shows that in the timing report.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/study-feed/define.js';
import { captureWarnings } from '../support/helpers.js';
import { perStep } from '../support/progress.js';
import { countAlertsDuringSuite, dangers, settled, shadow } from './helpers.js';

type Probe = Window & { __cfPwned?: string };

/** Feeds rendered side by side, and the limit for each such batch (see perStep). */
const BATCH = 60;
const MS_PER_BATCH = 30_000;

describe('<cf-study-feed> on the sanitize corpus', () => {
  const alerts = countAlertsDuringSuite();

  it("renders the corpus's sanitize group through the element with rich: nothing runs, no unsafe URL", async function () {
    const step = perStep(this, MS_PER_BATCH);
    const index = (await (await fetch('/__corpus/index.json')).json()) as string[];
    const files = index.filter((path) => path.startsWith('wellformed/sanitize/'));
    expect(files.length, 'the sanitize corpus is missing: it belongs in test/fixtures/feedparser/tests/wellformed/sanitize').to.be.greaterThan(700);
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    let ready = 0;
    let failed = 0;
    let withContent = 0;
    const problems: string[] = [];
    await captureWarnings(async () => {
      for (let start = 0; start < files.length; start += BATCH) {
        const elements = files.slice(start, start + BATCH).map((path) => {
          const el = document.createElement('cf-study-feed');
          el.rich = true;
          el.maxItems = 50;
          el.src = `/__corpus/${path}`;
          container.append(el);
          return el;
        });
        await Promise.all(elements.map((el) => settled(el, 20_000)));
        elements.forEach((el, offset) => {
          if (el.status === 'ready') ready++;
          else failed++;
          if (shadow(el).querySelector('[part="content"]')) withContent++;
          for (const danger of dangers(shadow(el))) problems.push(`${files[start + offset]}: ${danger}`);
          el.remove();
        });
        step();
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    console.log(`sanitize corpus: ${files.length} files, ${ready} rendered, ${failed} failed to parse, ${withContent} with rich content, ${problems.length} problems, ${alerts()} alerts`);
    expect(problems).to.deep.equal([]);
    expect(alerts()).to.equal(0);
    expect((window as Probe).__cfPwned).to.equal(undefined);
    expect(ready).to.be.greaterThan(files.length * 0.9);
    expect(withContent).to.be.greaterThan(files.length * 0.5);
  });
});
