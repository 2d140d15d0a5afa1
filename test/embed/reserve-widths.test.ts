/**
 * The space a builder snippet holds before its widget arrives, at the column
 * widths blogs have (issue 12 items 4 and 5; the review of session 6): too
 * little and the text below moves down when the widget renders, too much and
 * it moves up and leaves a blank. Each widget has container queries (pros-cons
 * goes two-column, the ladder puts its explanation beside the rungs), so the
 * height drops by hundreds of px at a width the builder must measure at.
 * The builder's own snippet is pasted into plain pages of each width with its
 * script held back (the reserved height), then the script is added (the
 * rendered height). Needs `npm run build` (the builder imports dist/).
 */
import { expect } from '@open-wc/testing';
import type { WidgetName } from '../../src/embed/config.js';
import { RENDERED } from '../support/widget-shape.js';
import { PING_MESSAGE, isHeightMessage } from '../../src/embed/protocol.js';
import { until } from '../support/helpers.js';

/** The column widths a blog theme gives its posts, phone to desktop, with the widths on both sides of the widgets' breakpoints. */
const COLUMNS = [320, 360, 480, 560, 600, 620, 700, 760, 900, 1280];
const FRAME_COLUMNS = [320, 560, 620, 700, 760, 1280];
const TAGS: Record<WidgetName, string> = { 'pros-cons': 'cf-pros-cons', 'participation-ladder': 'cf-participation-ladder', 'study-feed': 'cf-study-feed' };

/** How far the reserve may miss: 10% of the widget, or 60 px, whichever is larger. */
const allowance = (rendered: number) => Math.max(rendered * 0.1, 60);

/** A height read every 50 ms until it holds three times running (a feed card grows when its feed arrives). */
async function steadyHeight(element: Element): Promise<number> {
  const seen: number[] = [];
  return until(
    () => {
      seen.push(element.getBoundingClientRect().height);
      const last = seen.slice(-3);
      return last.length === 3 && last.every((value) => value === last[0]) ? last[0] : 0;
    },
    `a steady height (last read ${seen.slice(-4).join(', ')})`,
    20_000,
    50,
  ).catch(async () => new Promise<number>((resolve) => setTimeout(() => resolve(element.getBoundingClientRect().height), 250)));
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/** A frame `width` px wide at the top of the window (a snippet frame loads lazily, only near the viewport). */
async function frameOfWidth(width: number, load: (frame: HTMLIFrameElement) => void): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `position:fixed;top:0;left:0;width:${width}px;height:3000px;border:0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  load(frame);
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame;
}

/** The builder, told to load the widgets from this site, and a way to read its snippet once it has settled. */
async function openBuilder(): Promise<{ doc: Document; snippetFor: (change: (doc: Document) => void) => Promise<string> }> {
  const frame = await frameOfWidth(1280, (frame) => (frame.src = '/demo/builder.html'));
  frames.splice(frames.indexOf(frame), 1);
  const doc = frame.contentDocument!;
  const textarea = doc.getElementById('cf-snippet') as HTMLTextAreaElement;
  const snippetFor = async (change: (doc: Document) => void) => {
    const before = textarea.value;
    change(doc);
    let last = '';
    let since = Date.now();
    // the hidden copies measure as they render: the snippet settles once nothing changed for 1.5 s
    return until(
      () => {
        if (textarea.value !== last) [last, since] = [textarea.value, Date.now()];
        return last !== before && /min-height|height:/.test(last) && Date.now() - since > 1500 ? last : '';
      },
      'a settled snippet',
      40_000,
    );
  };
  await until(() => textarea.value.includes('integrity='), 'the builder to load its hashes', 20_000);
  return { doc, snippetFor };
}

const click = (doc: Document, selector: string) => (doc.querySelector(selector) as HTMLInputElement).click();
function type(doc: Document, name: string, value: string) {
  const field = doc.querySelector(`[name="${name}"]`) as HTMLInputElement;
  field.value = value;
  field.dispatchEvent(new (doc.defaultView as typeof globalThis).Event('input', { bubbles: true }));
}

/** The widget of a script snippet at `width`: its height while the script is held back, then once it has rendered. */
async function reservedThenRendered(snippet: string, widget: WidgetName, width: number, font: string): Promise<{ width: number; reserved: number; rendered: number }> {
  const script = /<script src="([^"]+)"[^>]*><\/script>\n/.exec(snippet)!;
  const body = snippet.replace(script[0], '');
  const frame = await frameOfWidth(width, (frame) => (frame.srcdoc = `<!doctype html><html lang="en-GB"><body style="margin:0;font:${font.replace(/"/g, '&quot;')}">${body}</body></html>`));
  const doc = frame.contentDocument!;
  const element = doc.querySelector(TAGS[widget])!;
  const reserved = element.getBoundingClientRect().height;
  const loader = doc.createElement('script');
  loader.src = script[1];
  doc.body.append(loader);
  await until(() => element.shadowRoot?.querySelector(RENDERED[widget]), `${widget} to render at ${width} px`, 20_000);
  return { width, reserved, rendered: await steadyHeight(element) };
}

/** The iframe snippet (no resizer) at `width`: the frame's height, and the height its page reports needing. */
async function frameThenContent(snippet: string, width: number): Promise<{ width: number; reserved: number; rendered: number }> {
  const host = await frameOfWidth(width, (frame) => (frame.srcdoc = `<!doctype html><html lang="en-GB"><body style="margin:0">${snippet}</body></html>`));
  const frame = host.contentDocument!.querySelector('iframe')!;
  let content = 0;
  host.contentWindow!.addEventListener('message', (event) => {
    if (event.source === frame.contentWindow && isHeightMessage(event.data)) content = event.data.height;
  });
  const ask = setInterval(() => frame.contentWindow?.postMessage({ type: PING_MESSAGE }, '*'), 250);
  try {
    await until(() => content, `the framed widget's height at ${width} px`, 20_000);
    // a few more answers, in case it was still laying out
    await new Promise((resolve) => setTimeout(resolve, 750));
  } finally {
    clearInterval(ask);
  }
  return { width, reserved: frame.getBoundingClientRect().height, rendered: content };
}

/** Each width that misses by more than the allowance, as "width: reserved vs rendered". */
function misses(measured: { width: number; reserved: number; rendered: number }[]): string[] {
  return measured.filter(({ reserved, rendered }) => Math.abs(reserved - rendered) > allowance(rendered)).map(({ width, reserved, rendered }) => `${width} px: ${Math.round(reserved)} reserved, ${Math.round(rendered)} rendered`);
}

describe('the reserve of a builder snippet at every column width (320-1280 px)', () => {
  let builder: Awaited<ReturnType<typeof openBuilder>>;
  let font = '';
  before(async function () {
    this.timeout(60_000);
    builder = await openBuilder();
    font = builder.doc.defaultView!.getComputedStyle(builder.doc.body).font;
  });

  const cases: { name: string; widget: WidgetName; change: (doc: Document) => void }[] = [
    { name: 'pros-cons, as the builder starts', widget: 'pros-cons', change: (doc) => click(doc, 'input[name="source"][value="self"]') },
    { name: 'the ladder, as the builder starts', widget: 'participation-ladder', change: (doc) => click(doc, 'input[name="widget"][value="participation-ladder"]') },
    { name: 'the ladder with two perspectives', widget: 'participation-ladder', change: (doc) => type(doc, 'perspectives', 'Staff; People who use the service') },
    { name: 'the study card, as the builder starts', widget: 'study-feed', change: (doc) => click(doc, 'input[name="widget"][value="study-feed"]') },
  ];
  for (const { name, widget, change } of cases) {
    it(`${name}: the reserve is the rendered height within 10% or 60 px, in the builder's font and on a plain 16 px page`, async function () {
      this.timeout(120_000);
      const snippet = await builder.snippetFor(change);
      expect(snippet).to.contain(TAGS[widget]);
      // the builder measures in its own font (18 px Georgia); a plain page has the browser's 16 px serif
      for (const [page, pageFont] of [['the builder\'s font', font], ['a plain page', 'medium serif']]) {
        const measured = await Promise.all(COLUMNS.map((width) => reservedThenRendered(snippet, widget, width, pageFont)));
        expect(misses(measured), `widths whose reserve misses, in ${page}`).to.deep.equal([]);
      }
    });
  }

  it('pros-cons in an iframe without the resizer: the frame is the height its page needs, within 10% or 60 px', async function () {
    this.timeout(120_000);
    const snippet = await builder.snippetFor((doc) => {
      click(doc, 'input[name="widget"][value="pros-cons"]');
      click(doc, 'input[name="output"][value="iframe"]');
    });
    expect(snippet).to.contain('<iframe');
    // one page at a time: a cross-origin frame that another page covers may not
    // answer. So, to keep this test's time down, the ends and the widths around
    // pros-cons' two-column step, where the frame missed by 221-271 px before
    const measured = [];
    for (const width of FRAME_COLUMNS) measured.push(await frameThenContent(snippet, width));
    expect(misses(measured), 'widths whose frame misses').to.deep.equal([]);
  });
});
