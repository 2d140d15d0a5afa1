/**
 * The embed path (issue 5): a widget described as data (src/embed/config.ts),
 * turned into an element and a snippet, and shown by dist/embed.html in an
 * iframe that reports its height. The frame tests need `npm run build`.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { WIDGETS, allowedAttributes, configFromUrl, configToParams, embedUrl, readConfig, type WidgetConfig, type WidgetName } from '../../src/embed/config.js';
import { createWidget } from '../../src/embed/create-widget.js';
import { elementHtml, iframeSnippet, sandboxFor, scriptSnippet } from '../../src/embed/snippet.js';
import { HEIGHT_MESSAGE, PING_MESSAGE, isHeightMessage } from '../../src/embed/protocol.js';
import { nextFrames } from '../support/helpers.js';
import { PAYLOADS } from '../hostile/payloads.js';
import { RENDERED, shape } from '../support/widget-shape.js';

const JSON_FEED = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Connecting People',
  _study: { status: 'active', phase: 'Fieldwork', milestones: [{ title: 'Ethics approval', date: '2011-09-01', status: 'done' }] },
  items: [{ id: '1', title: 'Fieldwork begins', url: 'https://example.org/1', content_html: '<p>We start on <em>Monday</em>.</p>', date_published: '2011-11-01T09:00:00Z' }],
};

/** One configuration per widget, using each kind of data a configuration can carry. */
const CONFIGS: Record<WidgetName, WidgetConfig> = {
  'pros-cons': {
    widget: 'pros-cons',
    attributes: { heading: 'Social media for CPD', 'pros-label': 'Benefits', 'cons-label': 'Pitfalls', lang: 'en-GB', 'structured-data': '' },
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
    attributes: { heading: 'Study updates', 'max-items': '2', rich: '' },
    json: JSON_FEED,
  },
};

const NAMES = Object.keys(WIDGETS) as WidgetName[];

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

  it('boolean attributes: present unless "false", wherever the configuration comes from', () => {
    const result = readConfig(new URLSearchParams('widget=study-feed&rich&persist=false&id=x'));
    expect(result.ok && result.config.attributes).to.deep.equal({ rich: '', id: 'x' });
    // built in code: "false" must not switch the feature on (any value does, in HTML)
    const built: WidgetConfig = { widget: 'study-feed', attributes: { rich: 'false', persist: 'FALSE', heading: 'false' } };
    expect(createWidget(built).getAttributeNames()).to.deep.equal(['heading']);
    expect(elementHtml(built)).to.equal('<cf-study-feed heading="false"></cf-study-feed>');
    expect(sandboxFor(built)).to.not.include('allow-same-origin');
  });

  it('parameter names are case-insensitive, data parameters included', () => {
    const result = readConfig(new URLSearchParams('WIDGET=Pros-Cons&HEADING=Hi&PROS=["One"]&Cons=["Two"]'));
    expect(result).to.deep.equal({ ok: true, config: { widget: 'pros-cons', attributes: { heading: 'Hi' }, pros: [{ text: 'One' }], cons: [{ text: 'Two' }] }, warnings: [] });
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
    const weights = [7, '2', null, true, 1.5].map((weight, index) => ({ text: `W${index}`, weight }));
    const result = readConfig(new URLSearchParams({ widget: 'pros-cons', pros: JSON.stringify(['One', ...weights, { text: ' ' }, { weight: 1 }, { text: 'Three', weight: 3 }]) }));
    expect(result.ok).to.equal(true);
    if (result.ok) {
      expect(result.config.pros).to.deep.equal([{ text: 'One' }, ...weights.map(({ text }) => ({ text })), { text: 'Three', weight: 3 }]);
      expect(result.warnings).to.have.length(7);
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

  it('font (iframe embeds): sans, serif or a font name is kept and read back; anything that could leave the CSS value is dropped with a warning', () => {
    for (const font of ['serif', 'sans', 'Merriweather', 'Open Sans']) {
      const config: WidgetConfig = { widget: 'pros-cons', attributes: {}, font };
      expect(configFromUrl(embedUrl(config, 'https://e.example/embed.html'))).to.deep.equal({ ok: true, config, warnings: [] });
    }
    for (const bad of ['x"; } body { color: red', 'a;b', '', 'url(x)']) {
      const read = readConfig(new URLSearchParams({ widget: 'pros-cons', font: bad }));
      expect(read.ok && read.config.font, JSON.stringify(bad)).to.equal(undefined);
      expect(read.ok && read.warnings.join(' ')).to.contain('is not sans, serif or a font name');
    }
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
      // the widgets load parts on first use: two frames were too few on a busy machine
      await waitUntil(() => element.shadowRoot?.querySelector(RENDERED[name]), `${RENDERED[name]} never rendered`, { timeout: 10_000 });
      expect(element.localName).to.equal(WIDGETS[name].tag);
      // the configuration's values arrive: the ladder's value="consult" is the checked rung
      if (name === 'participation-ladder') expect(element.shadowRoot!.querySelector('[role="radio"][aria-checked="true"]')?.getAttribute('data-level')).to.equal('consult');
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
    expect(snippet).to.match(/^<style>\n[^<]*cf-study-feed:not\(:defined\) \{ display: block; min-height: 41\.5em; animation: [^<]*\}\n<\/style>\n<script/);
    const hostile = scriptSnippet(CONFIGS['study-feed'], { url: 'https://cdn.example/cf.iife.js' }, { reserveHeight: '1em}</style><script>x()</script>' });
    expect(hostile).to.not.contain('<style>');
  });

  it('heights per width: the element or frame sits in a size container, with one height per column width; steps that are not lengths are dropped', () => {
    const steps = [
      { minWidth: 768, height: '40em' },
      { minWidth: 0, height: '80em' },
      { minWidth: 1280, height: '30em;color:red' },
    ];
    const script = new DOMParser().parseFromString(scriptSnippet(CONFIGS['pros-cons'], { url: 'https://cdn.example/cf.js' }, { reserveSteps: steps }), 'text/html');
    const box = script.querySelector('div[data-cf-box]')!;
    expect(box.getAttribute('style')).to.equal('container-type:inline-size;width:100%');
    expect(box.firstElementChild!.localName).to.equal('cf-pros-cons');
    const rules = script.querySelector('style')!.textContent!;
    const key = box.getAttribute('data-cf-box');
    expect(rules).to.contain('cf-pros-cons:not(:defined) { display: block; min-height: 80em;');
    expect(rules).to.contain(`@container (min-width: 768px) { [data-cf-box="${key}"] > cf-pros-cons:not(:defined) { min-height: 40em; } }`);
    expect(rules).not.to.contain('red');

    const framed = new DOMParser().parseFromString(iframeSnippet(CONFIGS['pros-cons'], { embedPage: 'https://e.example/embed.html', heights: steps }), 'text/html');
    const frame = framed.querySelector('div[data-cf-box] > iframe')!;
    expect(frame.getAttribute('style'), 'the tallest, for hosts that strip <style>').to.contain('height:80em');
    expect(framed.querySelector('style')!.textContent).to.contain('> iframe { height: 40em !important; } }');
    // two snippets on one page keep their own heights
    expect(framed.querySelector('div')!.getAttribute('data-cf-box')).not.to.equal(key);
  });

  it('heights per width in em (widthUnit): the queries follow the column\'s text size, as the widgets\' breakpoints do; an em width past a hundredth is dropped', () => {
    const steps = [
      { minWidth: 0, widthUnit: 'em' as const, height: '80em' },
      { minWidth: 38.25, widthUnit: 'em' as const, height: '60em' },
      { minWidth: 40.125, widthUnit: 'em' as const, height: '55em' },
    ];
    const snippet = scriptSnippet(CONFIGS['pros-cons'], { url: 'https://cdn.example/cf.js' }, { reserveSteps: steps });
    const rules = new DOMParser().parseFromString(snippet, 'text/html').querySelector('style')!.textContent!;
    expect(rules).to.match(/@container \(min-width: 38\.25em\) \{ \[data-cf-box="\w+"\] > cf-pros-cons:not\(:defined\) \{ min-height: 60em; \} \}/);
    expect(rules).not.to.contain('55em');
    // the same step in a 20 px column: 38.25em is 765 px, so a 780 px column holds 60em and a 760 px one 80em
    const page = document.createElement('div');
    page.style.cssText = 'font-size:20px';
    // this page defines cf-pros-cons: another name stands for a widget whose script has not come yet
    page.innerHTML = snippet.replace(/<script[^>]*><\/script>/, '').replaceAll('cf-pros-cons', 'cf-not-yet');
    document.body.append(page);
    try {
      const box = page.querySelector<HTMLElement>('div[data-cf-box]')!;
      const element = box.querySelector('cf-not-yet')!;
      box.style.width = '780px';
      expect(element.getBoundingClientRect().height).to.equal(60 * 20);
      box.style.width = '760px';
      expect(element.getBoundingClientRect().height).to.equal(80 * 20);
    } finally {
      page.remove();
    }
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

  it('a hand-built configuration cannot smuggle markup into the snippet: unknown names and bad weights are left out', () => {
    const config = {
      widget: 'pros-cons',
      attributes: { 'x onmouseover=alert(1) y': '', heading: 'Ok' },
      pros: [{ text: 'a', weight: '1"><img src=x onerror=alert(2)>' }],
    } as unknown as WidgetConfig;
    const parsed = new DOMParser().parseFromString(elementHtml(config), 'text/html');
    expect(parsed.querySelector('cf-pros-cons')!.getAttributeNames()).to.deep.equal(['heading']);
    expect(parsed.querySelector('img')).to.equal(null);
    expect(parsed.querySelector('li')!.hasAttribute('data-weight')).to.equal(false);
  });

  it('snippets load only http: and https: addresses (a javascript: src would run in the reader page)', () => {
    const config = CONFIGS['pros-cons'];
    for (const bad of ['javascript:alert(1)//', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x']) {
      expect(() => iframeSnippet(config, { embedPage: bad }), bad).to.throw(TypeError, /http: or https:/);
      expect(() => scriptSnippet(config, { url: bad }), bad).to.throw(TypeError, /http: or https:/);
      expect(() => iframeSnippet(config, { embedPage: 'https://ok.example/embed.html', resizer: { url: bad } }), bad).to.throw(TypeError);
    }
    expect(scriptSnippet(config, { url: '/js/critical-friend.iife.js' })).to.contain('src="/js/critical-friend.iife.js"');
  });

  it('every hostile payload, in every field of a configuration, stays inert in the snippet', () => {
    const found: string[] = [];
    for (const payload of PAYLOADS) {
      for (const widget of NAMES) {
        const attributes = Object.fromEntries([...allowedAttributes(widget), payload].map((name) => [name, payload]));
        const config = { widget, attributes, pros: [{ text: payload, weight: payload }], cons: [{ text: payload }], json: { title: payload }, study: { phase: payload }, strings: { heading: payload } } as unknown as WidgetConfig;
        for (const snippet of [scriptSnippet(config, { url: 'https://cdn.example/cf.js' }, { reserveHeight: payload }), iframeSnippet(config, { embedPage: 'https://e.example/embed.html', height: payload })]) {
          const parsed = new DOMParser().parseFromString(snippet, 'text/html');
          for (const element of Array.from(parsed.querySelectorAll('*'))) {
            const handlers = element.getAttributeNames().filter((name) => name.startsWith('on'));
            if (handlers.length) found.push(`${widget}: <${element.localName} ${handlers.join(' ')}> from ${JSON.stringify(payload)}`);
          }
          const elements = Array.from(parsed.body.querySelectorAll('*'), (element) => element.localName);
          const allowed = ['cf-pros-cons', 'cf-participation-ladder', 'cf-study-feed', 'ul', 'li', 'script', 'iframe'];
          const strays = elements.filter((name) => !allowed.includes(name));
          if (strays.length) found.push(`${widget}: stray ${strays.join(', ')} from ${JSON.stringify(payload)}`);
          const scripts = Array.from(parsed.querySelectorAll('script'));
          if (scripts.some((script) => script.src ? script.src !== 'https://cdn.example/cf.js' : script.type !== 'application/json')) found.push(`${widget}: a runnable script from ${JSON.stringify(payload)}`);
          if (parsed.querySelectorAll('style').length > 0) found.push(`${widget}: a style from ${JSON.stringify(payload)}`);
        }
      }
    }
    expect(found).to.deep.equal([]);
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
      const win = frame.contentWindow as Window & typeof globalThis;
      // buffered: violations from before this observer (the first render happens before load) are reported too
      const violations: string[] = [];
      new win.ReportingObserver((reports) => reports.forEach((report) => violations.push(JSON.stringify(report.body))), { types: ['csp-violation'], buffered: true }).observe();
      await win.customElements.whenDefined(WIDGETS[name].tag);
      const element = win.document.querySelector(WIDGETS[name].tag)!;
      const deadline = Date.now() + 3000;
      while (!element.shadowRoot?.querySelector(RENDERED[name]) && Date.now() < deadline) await nextFrames(1);
      expect(element.shadowRoot?.querySelector(RENDERED[name]), RENDERED[name]).to.exist;
      expect(win.document.title).to.equal(CONFIGS[name].attributes.heading);
      await nextFrames(); // reports are delivered in a task
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
    // a configuration without lang (a new fragment) is in the page's own language again
    frame.contentWindow!.location.hash = 'widget=participation-ladder';
    const english = () => Boolean(doc.querySelector('cf-participation-ladder')?.shadowRoot?.textContent?.includes('Where does participation sit?'));
    const until = Date.now() + 3000;
    while (!english() && Date.now() < until) await nextFrames(1);
    expect(english()).to.equal(true);
    // British English, as embed.html says: 'en' gave US dates on UK blogs (issue 12 item 4)
    expect(doc.documentElement.lang).to.equal('en-GB');
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
    await new Promise((resolve) => setTimeout(resolve, 600)); // settled: no change left to report
    const count = reports.heights.length;
    frame.contentWindow!.postMessage({ type: PING_MESSAGE }, '*');
    await reports.next(() => reports.heights.length > count);
    // the same height again: a repeat that only the ping sends (changes alone are never repeated)
    expect(reports.heights.at(-1)).to.equal(reports.heights.at(-2));
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
    for (const frame of [ladder, read]) frame.setAttribute('data-cf-embed', '');
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

  it('the resizer leaves alone frames that are not marked data-cf-embed, and absurd heights from marked ones', async () => {
    // the resizer was loaded by the test before; another frame on the page (an advert) sends our message
    const sender = (height: number) => `<!doctype html><script>parent.postMessage({ type: '${HEIGHT_MESSAGE}', height: ${height} }, '*')</script>`;
    const stranger = document.createElement('iframe');
    stranger.style.height = '100px';
    stranger.srcdoc = sender(900);
    const marked = document.createElement('iframe');
    marked.setAttribute('data-cf-embed', '');
    marked.style.height = '100px';
    marked.srcdoc = sender(1e9);
    const loaded = [stranger, marked].map((frame) => new Promise((resolve) => frame.addEventListener('load', resolve, { once: true })));
    frames.push(stranger, marked);
    document.body.append(stranger, marked);
    await Promise.all(loaded);
    await nextFrames();
    expect(stranger.style.height).to.equal('100px');
    expect(marked.style.height).to.equal('100px');
    // the same frame, marked, with a sane height: resized (so the two checks above are not vacuous)
    stranger.setAttribute('data-cf-embed', '');
    const reloaded = new Promise((resolve) => stranger.addEventListener('load', resolve, { once: true }));
    stranger.srcdoc = sender(321);
    await reloaded;
    await nextFrames();
    expect(stranger.style.height).to.equal('321px');
  });

  it('the resizer sizes frames that loaded before it (it asks them for their height)', async () => {
    const frame = embedFrame(CONFIGS['participation-ladder'], 'allow-scripts');
    frame.setAttribute('data-cf-embed', '');
    const reports = heightsFrom(frame);
    frames.push(frame);
    document.body.append(frame);
    await reports.next((value) => value > 300);
    await new Promise((resolve) => setTimeout(resolve, 600));
    // as if the page had no resizer so far: the snippet's fixed height, and a resizer that starts now
    (globalThis as unknown as Record<symbol, unknown>)[Symbol.for('critical-friend.embed-resizer')] = undefined;
    const listenersBefore = reports.heights.length;
    frame.style.height = '10px';
    const script = document.createElement('script');
    script.src = '/dist/embed-resizer.js?again';
    document.head.append(script);
    const deadline = Date.now() + 3000;
    while (frame.style.height === '10px' && Date.now() < deadline) await nextFrames(1);
    expect(reports.heights.length, 'the frame answered the ping').to.be.above(listenersBefore);
    expect(frame.style.height).to.equal(`${Math.ceil(reports.heights.at(-1)!)}px`);
  });

  it("a snippet's box takes its column's width in a host's flex row, grid or float (a size container has no width of its own)", async () => {
    const steps = [
      { minWidth: 0, height: '40em' },
      { minWidth: 768, height: '20em' },
    ];
    const snippet = scriptSnippet(CONFIGS['pros-cons'], { url: 'https://cdn.example/cf.js' }, { reserveSteps: steps });
    for (const layout of ['display:flex', 'display:grid;grid-template-columns:auto', 'display:block']) {
      const row = document.createElement('div');
      row.style.cssText = `${layout};width:600px`;
      const box = document.adoptNode(new DOMParser().parseFromString(snippet, 'text/html').querySelector('div[data-cf-box]')!) as HTMLElement;
      box.firstElementChild!.remove(); // the box alone: an upgraded widget would give it content
      row.append(box);
      document.body.append(row);
      try {
        expect(box.getBoundingClientRect().width, layout).to.equal(600);
        box.style.float = 'left';
        expect(box.getBoundingClientRect().width, `${layout}, floated`).to.equal(600);
      } finally {
        row.remove();
      }
    }
  });

  it("the resizer's height wins over a snippet's per-width heights (important, as they are)", async () => {
    // the snippet as written, with per-width heights; its frame then reports 321 px (the resizer is loaded by the tests above)
    const snippet = iframeSnippet(CONFIGS['pros-cons'], { embedPage: 'https://e.example/embed.html', heights: [{ minWidth: 0, height: '40px' }, { minWidth: 1, height: '77px' }] });
    const parsed = new DOMParser().parseFromString(snippet, 'text/html');
    const style = document.adoptNode(parsed.querySelector('style')!);
    const box = document.adoptNode(parsed.querySelector('div[data-cf-box]')!) as HTMLElement;
    const frame = box.querySelector('iframe')!;
    frame.removeAttribute('src');
    frame.srcdoc = `<!doctype html><script>parent.postMessage({ type: '${HEIGHT_MESSAGE}', height: 321 }, '*')</script>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(style, box);
    try {
      await loaded;
      await nextFrames();
      expect(frame.getBoundingClientRect().height).to.equal(321);
    } finally {
      style.remove();
      box.remove();
    }
  });
});
