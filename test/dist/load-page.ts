/**
 * Pages made of script tags and the three widgets, loaded in an iframe, with a
 * report of what happened: shared by the dist-loading and loader tests.
 */
/** Each widget: its tag, its own dist file, markup for the page, and a sign that it rendered. */
export const WIDGETS = [
  // a custom scale in child JSON, which a script in <head> meets before it is parsed
  {
    tag: 'cf-participation-ladder',
    file: 'participation-ladder.js',
    markup: `<cf-participation-ladder value="asked"><script type="application/json">
      { "name": "Ours", "levels": [{ "id": "told", "label": "Told" }, { "id": "asked", "label": "Asked" }, { "id": "deciding", "label": "Deciding" }] }
    </script></cf-participation-ladder>`,
    rendered: '[role="radio"][data-level="asked"][aria-checked="true"]',
  },
  {
    tag: 'cf-study-feed',
    file: 'study-feed.js',
    markup: `<cf-study-feed><script type="application/json">
      { "version": "https://jsonfeed.org/version/1.1", "title": "A study", "items": [{ "id": "1", "title": "Fieldwork begins", "content_text": "We start on Monday." }] }
    </script></cf-study-feed>`,
    rendered: '[part~="item"]',
  },
  { tag: 'cf-pros-cons', file: 'pros-cons.js', markup: '<cf-pros-cons><ul slot="pros"><li>Quick answers</li></ul><ul slot="cons"><li>Not peer reviewed</li></ul></cf-pros-cons>', rendered: '[role="meter"]' },
];
export const TAGS = WIDGETS.map((widget) => widget.tag);

export interface PageReport {
  errors: string[];
  warnings: string[];
  defined: Record<string, boolean>;
  rendered: Record<string, boolean>;
  /** SVG shapes nested inside other shapes: how a minifier that mistakes <path/> for HTML breaks icons. */
  nestedShapes: number;
  globalKeys: string[];
  /** Paths of the scripts the page fetched (from the resource timing entries). */
  fetched: string[];
  /** The JSON of each import map on the page. */
  importMaps: string[];
}

export interface PageOptions {
  /** Markup for the body instead of every widget's. */
  body?: string;
  /** Script tags at the end of the body, after the widgets. */
  atEnd?: string[];
  /** The tags to wait for (all three by default). */
  waitFor?: string[];
  /** Run in the page once the tags are defined, before the report (for example, add an element). */
  then?: (win: Window) => Promise<void> | void;
}

/** Build a page from script tags, load it in an iframe, and report what happened. */
export async function loadPage(scripts: string[], before = '', options: PageOptions = {}): Promise<PageReport> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px';
  const page = `<!doctype html><html lang="en-GB"><head>
    <script>
      window.__report = { errors: [], warnings: [] };
      addEventListener('error', (e) => __report.errors.push(String(e.message || e)));
      addEventListener('unhandledrejection', (e) => __report.errors.push(String(e.reason)));
      const warn = console.warn;
      console.warn = (...args) => { __report.warnings.push(args.join(' ')); warn(...args); };
      ${before}
    </script>
    ${scripts.join('\n')}
  </head><body>${options.body ?? WIDGETS.map((widget) => widget.markup).join('\n')}${(options.atEnd ?? []).join('\n')}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = page;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { __report: { errors: string[]; warnings: string[] }; CriticalFriend?: object };
  const defined = (tags: string[]) => Promise.all(tags.map((tag) => Promise.race([win.customElements.whenDefined(tag), new Promise((resolve) => setTimeout(resolve, 3000))])));
  await defined(options.waitFor ?? TAGS);
  if (options.then) {
    await options.then(win);
    await defined(TAGS);
  }
  // A widget may render in steps after it is defined (a custom scale's code
  // loads on first use, with "Loading…" meanwhile): wait for each sign, up to 3 s.
  const signs = WIDGETS.filter((widget) => win.document.querySelector(widget.tag));
  const shown = () => signs.every((widget) => win.document.querySelector(widget.tag)?.shadowRoot?.querySelector(widget.rendered));
  for (const start = Date.now(); !shown() && Date.now() - start < 3000; ) await new Promise((resolve) => setTimeout(resolve, 20));
  await new Promise((resolve) => setTimeout(resolve, 50));
  const report: PageReport = {
    errors: [...win.__report.errors],
    warnings: [...win.__report.warnings],
    defined: Object.fromEntries(TAGS.map((tag) => [tag, Boolean(win.customElements.get(tag))])),
    rendered: Object.fromEntries(WIDGETS.map((widget) => [widget.tag, Boolean(win.document.querySelector(widget.tag)?.shadowRoot?.querySelector(widget.rendered))])),
    nestedShapes: TAGS.map((tag) => win.document.querySelector(tag)?.shadowRoot?.querySelectorAll(':is(path, circle, rect) > *').length ?? 0).reduce((a, b) => a + b, 0),
    globalKeys: Object.keys(win.CriticalFriend ?? {}).sort(),
    fetched: win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.endsWith('.js')),
    importMaps: Array.from(win.document.querySelectorAll('script[type="importmap"]'), (map) => map.textContent ?? ''),
  };
  frame.remove();
  return report;
}

