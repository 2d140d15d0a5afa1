/**
 * The embed path (issue 5): a widget described as data (src/embed/config.ts),
 * turned into an element and a snippet, and shown by dist/embed.html in an
 * iframe that reports its height. The frame tests need `npm run build`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { WIDGETS, allowedAttributes, configFromUrl, configToParams, embedUrl, readConfig, type WidgetConfig, type WidgetName } from '../../src/embed/config.js';
import { createWidget } from '../../src/embed/create-widget.js';
import { elementHtml, iframeSnippet, scriptSnippet } from '../../src/embed/snippet.js';
import { HEIGHT_MESSAGE, PING_MESSAGE, isHeightMessage } from '../../src/embed/protocol.js';
import { nextFrames } from '../support/helpers.js';

const JSON_FEED = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Connecting People',
  _study: { status: 'active', phase: 'Fieldwork', milestones: [{ title: 'Ethics approval', date: '2011-09-01', status: 'done' }] },
  items: [{ id: '1', title: 'Fieldwork begins', url: 'https://example.org/1', content_text: 'We start on Monday.', date_published: '2011-11-01T09:00:00Z' }],
};

/** One configuration per widget, using each kind of data a configuration can carry. */
const CONFIGS: Record<WidgetName, WidgetConfig> = {
  'pros-cons': {
    widget: 'pros-cons',
    attributes: { heading: 'Social media for CPD', 'pros-label': 'Benefits', 'cons-label': 'Pitfalls', lang: 'en-GB' },
    pros: [{ text: 'Reach beyond your own team', weight: 2 }, { text: 'Quick answers <b>now</b>' }],
    cons: [{ text: 'Not peer reviewed', weight: 3 }],
    strings: { export: 'Save' },
  },
  'participation-ladder': {
    widget: 'participation-ladder',
    attributes: { scale: 'iap2', value: 'consult', heading: 'Where are we?', perspectives: 'Staff; People who use the service', required: '' },
  },
  'study-feed': {
    widget: 'study-feed',
    attributes: { heading: 'Study updates', 'max-items': '2' },
    json: JSON_FEED,
  },
};

/** What a rendered widget shows, by widget. */
const RENDERED: Record<WidgetName, string> = {
  'pros-cons': '[role="meter"]',
  'participation-ladder': '[role="radio"][aria-checked="true"]',
  'study-feed': '[part~="item"]',
};

const NAMES = Object.keys(WIDGETS) as WidgetName[];

/** An element as plain data: tag, attributes, children; JSON children parsed, so layout does not count. */
function shape(element: Element): unknown {
  const attributes = Object.fromEntries(element.getAttributeNames().map((name) => [name, element.getAttribute(name)]));
  if (element.localName === 'script') return { tag: 'script', attributes, json: JSON.parse(element.textContent ?? '') };
  const children = element.children.length ? Array.from(element.children, shape) : element.textContent;
  return { tag: element.localName, attributes, children };
}

describe('embed configuration (src/embed/config.ts)', () => {
  for (const name of NAMES) {
    it(`${name}: a configuration survives the trip through URL parameters`, () => {
      const result = readConfig(configToParams(CONFIGS[name]));
      expect(result).to.deep.equal({ ok: true, config: CONFIGS[name], warnings: [] });
    });
  }

  it('each widget accepts exactly the attributes its class observes, plus id and lang', () => {
    for (const name of NAMES) {
      const observed = (customElements.get(WIDGETS[name].tag) as unknown as { observedAttributes: string[] }).observedAttributes;
      expect([...allowedAttributes(name)].sort(), name).to.deep.equal([...new Set([...observed, 'id', 'lang'])].sort());
    }
  });

  it('rejects a missing or unknown widget, and says which ones there are', () => {
    const missing = readConfig(new URLSearchParams('heading=x'));
    const unknown = readConfig(new URLSearchParams('widget=<script>'));
    expect(missing.ok).to.equal(false);
    expect(unknown.ok).to.equal(false);
    if (!missing.ok && !unknown.ok) {
      expect(missing.errors.join(' ')).to.contain('widget=').and.contain('pros-cons');
      expect(unknown.errors.join(' ')).to.contain('is not a widget');
    }
  });

  it('drops attributes a widget does not document (event handlers, styles) with a warning', () => {
    const result = readConfig(new URLSearchParams('widget=cf-pros-cons&onclick=alert(1)&style=display:none&heading=Hi&ONMOUSEOVER=x'));
    expect(result.ok).to.equal(true);
    if (result.ok) {
      expect(result.config.attributes).to.deep.equal({ heading: 'Hi' });
      expect(result.warnings).to.have.length(3);
      expect(result.warnings[0]).to.contain('"onclick" is not an attribute of <cf-pros-cons>');
    }
  });

  it('boolean attributes: present unless "false"', () => {
    const result = readConfig(new URLSearchParams('widget=study-feed&rich&persist=false&id=x'));
    expect(result.ok && result.config.attributes).to.deep.equal({ rich: '', id: 'x' });
  });

  it('JSON that does not parse, or has the wrong shape, is an error that names the parameter', () => {
    for (const [query, wanted] of [
      ['widget=pros-cons&pros=[oops', 'pros is not valid JSON'],
      ['widget=pros-cons&cons={"text":"x"}', 'cons must be a JSON array'],
      ['widget=study-feed&json=42', 'json must be a JSON object'],
      ['widget=participation-ladder&strings=[1]', 'strings must be a JSON object'],
    ]) {
      const result = readConfig(new URLSearchParams(query));
      expect(result.ok, query).to.equal(false);
      if (!result.ok) expect(result.errors.join(' '), query).to.contain(wanted);
    }
  });

  it('points: plain strings are accepted, bad weights and empty points are left out with warnings', () => {
    const result = readConfig(new URLSearchParams({ widget: 'pros-cons', pros: JSON.stringify(['One', { text: 'Two', weight: 7 }, { text: ' ' }, { weight: 1 }]) }));
    expect(result.ok).to.equal(true);
    if (result.ok) {
      expect(result.config.pros).to.deep.equal([{ text: 'One' }, { text: 'Two' }]);
      expect(result.warnings).to.have.length(3);
    }
  });

  it('size limits: an over-long attribute is dropped, over-long JSON is an error', () => {
    const long = readConfig(new URLSearchParams({ widget: 'pros-cons', heading: 'x'.repeat(3000) }));
    expect(long.ok && long.config.attributes).to.deep.equal({});
    const huge = readConfig(new URLSearchParams({ widget: 'study-feed', json: JSON.stringify({ title: 'x'.repeat(70_000) }) }));
    expect(huge.ok).to.equal(false);
  });

  it('the fragment is read as well as the query, and wins where both name a parameter', () => {
    const result = configFromUrl('https://example.org/embed.html?widget=pros-cons&heading=Query&mode=read#heading=Fragment');
    expect(result.ok && result.config.attributes).to.deep.equal({ heading: 'Fragment', mode: 'read' });
  });

  it('embedUrl puts the configuration in the fragment, which configFromUrl reads back', () => {
    const url = embedUrl(CONFIGS['pros-cons'], 'https://widgets.example.org/cf/embed.html#old');
    expect(new URL(url).search).to.equal('');
    expect(url.startsWith('https://widgets.example.org/cf/embed.html#widget=pros-cons&')).to.equal(true);
    expect(configFromUrl(url)).to.deep.equal({ ok: true, config: CONFIGS['pros-cons'], warnings: [] });
  });
});

describe('createWidget and the snippets (src/embed/)', () => {
  for (const name of NAMES) {
    it(`${name}: createWidget builds a widget that renders`, async () => {
      const holder = await fixture<HTMLDivElement>(html`<div></div>`);
      const element = createWidget(CONFIGS[name]);
      holder.append(element);
      await nextFrames();
      expect(element.localName).to.equal(WIDGETS[name].tag);
      expect(element.shadowRoot?.querySelector(RENDERED[name]), RENDERED[name]).to.exist;
      await expect(element).to.be.accessible();
    });

    it(`${name}: the snippet's markup is the element createWidget builds`, () => {
      const built = createWidget(CONFIGS[name]);
      const snippet = scriptSnippet(CONFIGS[name], { url: 'https://cdn.example/cf.iife.js', integrity: 'sha384-abc' });
      const parsed = new DOMParser().parseFromString(snippet, 'text/html');
      const element = parsed.querySelector(WIDGETS[name].tag);
      expect(element, 'the element').to.exist;
      expect(shape(element!)).to.deep.equal(shape(built));
      const script = parsed.querySelector('script[src]')!;
      expect(script.getAttribute('integrity')).to.equal('sha384-abc');
      expect(script.getAttribute('crossorigin')).to.equal('anonymous');
    });
  }

  it('reserveHeight adds a :not(:defined) rule that holds the space, and only for a CSS length', () => {
    const snippet = scriptSnippet(CONFIGS['study-feed'], { url: 'https://cdn.example/cf.iife.js' }, { reserveHeight: '41.5em' });
    expect(snippet.startsWith('<style>cf-study-feed:not(:defined) { display: block; min-height: 41.5em; }</style>\n<script')).to.equal(true);
    const hostile = scriptSnippet(CONFIGS['study-feed'], { url: 'https://cdn.example/cf.iife.js' }, { reserveHeight: '1em}</style><script>x()</script>' });
    expect(hostile).to.not.contain('<style>');
  });

  it('point text with markup stays text in the snippet and in the element', () => {
    const snippet = elementHtml(CONFIGS['pros-cons']);
    expect(snippet).to.contain('Quick answers &lt;b&gt;now&lt;/b&gt;');
    expect(createWidget(CONFIGS['pros-cons']).querySelector('b')).to.equal(null);
  });

  it('JSON in the snippet cannot end its <script> early', () => {
    const config: WidgetConfig = { widget: 'study-feed', attributes: {}, json: { title: '</script><img src=x onerror=alert(1)><!--' } };
    const parsed = new DOMParser().parseFromString(elementHtml(config), 'text/html');
    expect(parsed.querySelector('img')).to.equal(null);
    expect(JSON.parse(parsed.querySelector('script')!.textContent!)).to.deep.equal(config.json);
  });

  it('createWidget ignores attributes a hand-built configuration should not have', () => {
    const element = createWidget({ widget: 'pros-cons', attributes: { onclick: 'alert(1)', heading: 'Ok' } });
    expect(element.getAttributeNames()).to.deep.equal(['heading']);
  });

  it('the iframe snippet: sandboxed, titled, fixed height, config in the fragment; persist adds allow-same-origin', () => {
    const page = 'https://widgets.example.org/cf/embed.html';
    const parsed = new DOMParser().parseFromString(iframeSnippet(CONFIGS['participation-ladder'], { embedPage: page }), 'text/html');
    const frame = parsed.querySelector('iframe')!;
    expect(frame.getAttribute('sandbox')!.split(' ')).to.include('allow-scripts').and.not.include('allow-same-origin');
    expect(frame.title).to.equal('Where are we?');
    expect(frame.getAttribute('style')).to.contain('height:68em');
    expect(configFromUrl(frame.src)).to.deep.equal({ ok: true, config: CONFIGS['participation-ladder'], warnings: [] });
    expect(parsed.querySelector('script')).to.equal(null);

    const persisted: WidgetConfig = { widget: 'pros-cons', attributes: { persist: '', id: 'mine' } };
    const withResizer = new DOMParser().parseFromString(iframeSnippet(persisted, { embedPage: page, height: '1px;position:fixed', resizer: { url: 'https://widgets.example.org/cf/embed-resizer.js' } }), 'text/html');
    expect(withResizer.querySelector('iframe')!.getAttribute('sandbox')).to.contain('allow-same-origin');
    expect(withResizer.querySelector('iframe')!.getAttribute('style'), 'a height that is not a length is replaced').to.not.contain('fixed');
    expect(withResizer.querySelector('script')!.getAttribute('src')).to.equal('https://widgets.example.org/cf/embed-resizer.js');
  });
});

/** Heights the frames on this page have reported, by frame. */
function heightsFrom(frame: HTMLIFrameElement): { heights: number[]; next(test: (height: number) => boolean, timeout?: number): Promise<number> } {
  const heights: number[] = [];
  const waiting = new Set<() => void>();
  addEventListener('message', (event) => {
    if (event.source !== frame.contentWindow || !isHeightMessage(event.data)) return;
    heights.push(event.data.height);
    for (const wake of waiting) wake();
  });
  return {
    heights,
    next(test, timeout = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = heights.find(test);
          if (found === undefined) return false;
          waiting.delete(check);
          clearTimeout(timer);
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          waiting.delete(check);
          reject(new Error(`no height passed the test in ${timeout} ms (got ${heights.join(', ') || 'none'})`));
        }, timeout);
        if (!check()) waiting.add(check);
      });
    },
  };
}

function embedFrame(config: WidgetConfig | string, sandbox?: string): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.style.cssText = 'width: 600px; height: 300px; border: 0';
  frame.src = typeof config === 'string' ? config : embedUrl(config, new URL('/dist/embed.html', location.href).href);
  return frame;
}

describe('dist/embed.html, the iframe embed', () => {
  before(async () => {
    const response = await fetch('/dist/embed.html', { method: 'HEAD' });
    if (!response.ok) throw new Error('dist/embed.html is missing: run `npm run build` before these tests (npm test does).');
  });
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

  for (const name of NAMES) {
    it(`${name}: renders in a frame sandboxed with allow-scripts only, and reports its height`, async () => {
      const frame = embedFrame(CONFIGS[name], 'allow-scripts');
      const reports = heightsFrom(frame);
      frames.push(frame);
      document.body.append(frame);
      // a widget is far taller than the one-line message the frame shows for a bad configuration
      const height = await reports.next((value) => value > 150);
      expect(height).to.be.above(150).and.below(5000);
    });

    it(`${name}: renders under the page's own CSP and Trusted Types with no violation`, async () => {
      const frame = embedFrame(CONFIGS[name]);
      frames.push(frame);
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      document.body.append(frame);
      await loaded;
      const win = frame.contentWindow!;
      const violations: string[] = [];
      win.document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective}: ${event.blockedURI}`));
      await win.customElements.whenDefined(WIDGETS[name].tag);
      const element = win.document.querySelector(WIDGETS[name].tag)!;
      const deadline = Date.now() + 3000;
      while (!element.shadowRoot?.querySelector(RENDERED[name]) && Date.now() < deadline) await nextFrames(1);
      expect(element.shadowRoot?.querySelector(RENDERED[name]), RENDERED[name]).to.exist;
      expect(win.document.title).to.equal(CONFIGS[name].attributes.heading);
      expect(violations).to.deep.equal([]);
    });
  }

  it('lang in the configuration picks the language: Welsh strings and the frame page in Welsh', async () => {
    const frame = embedFrame({ widget: 'participation-ladder', attributes: { lang: 'cy' } });
    frames.push(frame);
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    await frame.contentWindow!.customElements.whenDefined('cf-participation-ladder');
    const element = doc.querySelector('cf-participation-ladder')!;
    const deadline = Date.now() + 3000;
    while (!element.shadowRoot?.textContent?.includes('Ble mae cyfranogiad') && Date.now() < deadline) await nextFrames(1);
    expect(element.shadowRoot?.textContent).to.contain('Ble mae cyfranogiad ar yr ysgol?');
    expect(doc.documentElement.lang).to.equal('cy');
  });

  it('a bad configuration is a short message in the frame and one console warning that says how to fix it', async () => {
    const frame = embedFrame(new URL('/dist/embed.html#widget=nonsense', location.href).href);
    frames.push(frame);
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as Window & typeof globalThis;
    // the frame's script is deferred: it has run by the load event
    expect(win.document.querySelector('main')!.textContent).to.contain('"nonsense" is not a widget');
    const warnings: string[] = [];
    win.console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    win.location.hash = 'widget=pros-cons&pros=[oops';
    await nextFrames();
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('pros is not valid JSON').and.contain('builder');
  });

  it('a change of fragment renders the new configuration and reports the new height', async () => {
    const frame = embedFrame({ widget: 'pros-cons', attributes: { mode: 'read' }, pros: [{ text: 'One' }] }, 'allow-scripts');
    const reports = heightsFrom(frame);
    frames.push(frame);
    document.body.append(frame);
    const first = await reports.next((value) => value > 50);
    frame.src = embedUrl(CONFIGS['participation-ladder'], new URL('/dist/embed.html', location.href).href);
    const second = await reports.next((value) => value > first + 200);
    expect(second).to.be.above(first + 200);
  });

  it('reports its height while out of view, where the browser pauses its rendering', async () => {
    // a study card that grows when its feed arrives, in a cross-origin (sandboxed) frame far below the fold
    const frame = embedFrame({ widget: 'study-feed', attributes: { src: new URL('/__feeds/public?ms=300', location.href).href } }, 'allow-scripts');
    frame.style.cssText += '; position: absolute; top: 20000px';
    const reports = heightsFrom(frame);
    frames.push(frame);
    document.body.append(frame);
    const height = await reports.next((value) => value > 350);
    expect(height).to.be.above(350);
  });

  it('answers a ping from its parent with its height', async () => {
    const frame = embedFrame(CONFIGS['study-feed'], 'allow-scripts');
    const reports = heightsFrom(frame);
    frames.push(frame);
    document.body.append(frame);
    await reports.next((value) => value > 150);
    const count = reports.heights.length;
    frame.contentWindow!.postMessage({ type: PING_MESSAGE }, '*');
    await reports.next(() => reports.heights.length > count);
    expect(reports.heights.length).to.equal(count + 1);
  });

  it('dist/embed-resizer.js sizes each frame to the height it reports, and ignores other messages', async () => {
    const script = document.createElement('script');
    script.src = '/dist/embed-resizer.js';
    await new Promise((resolve, reject) => {
      script.addEventListener('load', resolve, { once: true });
      script.addEventListener('error', reject, { once: true });
      document.head.append(script);
    });
    const ladder = embedFrame(CONFIGS['participation-ladder'], 'allow-scripts');
    const read = embedFrame({ widget: 'pros-cons', attributes: { mode: 'read' }, pros: [{ text: 'One' }] }, 'allow-scripts');
    const ladderReports = heightsFrom(ladder);
    const readReports = heightsFrom(read);
    frames.push(ladder, read);
    document.body.append(ladder, read);
    const ladderHeight = await ladderReports.next((value) => value > 300);
    const readHeight = await readReports.next((value) => value > 50);
    await nextFrames();
    expect(ladder.style.height).to.equal(`${Math.ceil(ladderReports.heights.at(-1)!)}px`);
    expect(read.style.height).to.equal(`${Math.ceil(readReports.heights.at(-1)!)}px`);
    expect(ladderHeight).to.not.equal(readHeight);
    // a message that is not from a frame, or not a sane height, changes nothing
    window.postMessage({ type: HEIGHT_MESSAGE, height: 5 }, '*');
    await nextFrames();
    expect(isHeightMessage({ type: HEIGHT_MESSAGE, height: 1e9 }), 'an absurd height').to.equal(false);
    expect(isHeightMessage({ type: HEIGHT_MESSAGE, height: '300' }), 'a height that is not a number').to.equal(false);
    expect(ladder.style.height).to.equal(`${Math.ceil(ladderReports.heights.at(-1)!)}px`);
  });
});
