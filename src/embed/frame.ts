/**
 * `dist/embed-frame.js`, the script of `dist/embed.html`: renders the widget
 * that the frame's URL describes (see config.ts) and tells the page holding
 * the frame how tall it is (see protocol.ts). Works in a frame sandboxed with
 * nothing but `allow-scripts`: it needs no storage, no cookies and no access
 * to its parent. The URL is untrusted: readConfig accepts only known widgets
 * and their documented attributes, and a configuration it rejects is shown
 * as a message in the frame, with a console warning that says how to fix it.
 */
import '../index.js';
import { WIDGETS, configFromUrl } from './config.js';
import { createWidget } from './create-widget.js';
import { FONT_STACKS, fontFamily } from './fonts.js';
import { HEIGHT_MESSAGE, isPingMessage } from './protocol.js';

/**
 * The page's own language, for a configuration without `lang` (also after
 * one with it): British English, as the widgets' own words are, never the
 * browser's default (US dates on a UK blog, issue 12 item 4).
 */
const PAGE_LANG = document.documentElement.lang || 'en-GB';

/** How often the height is checked besides the ResizeObserver (see reportHeights). */
const SLOW_CHECK_MS = 500;

const HELP = 'See "Iframe embed" in docs/embedding.md of critical-friend, or make the address with the builder (demo/builder.html).';

// The frame's own page: transparent, so the host's background shows through;
// room around the widget for its focus rings. A constructed style sheet, so no
// inline <style> is needed under the page's CSP (style-src 'self').
const PAGE_CSS = `
  html { background: transparent; }
  body { margin: 0; font: 100%/1.5 ${FONT_STACKS.sans}; }
  main { display: flow-root; padding: 4px; }
  .cf-embed-problem { margin: 0; padding: 0.75em 1em; border: 1px solid; border-radius: 0.5em; }
`;

function adoptPageStyles(): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(PAGE_CSS);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // an old browser: the widget still renders, with the browser's margins
  }
}

function container(): HTMLElement {
  let main = document.querySelector('main');
  if (!main) {
    main = document.createElement('main');
    document.body.append(main);
  }
  return main;
}

function showProblem(main: HTMLElement, errors: string[]): void {
  const message = document.createElement('p');
  message.className = 'cf-embed-problem';
  message.textContent = `This widget could not be shown: ${errors.join(' ')}`;
  main.replaceChildren(message);
  document.title = 'critical-friend: embed problem';
  console.warn(`critical-friend embed: ${errors.join(' ')} ${HELP}`);
}

/** Render the widget the current URL describes (again after a change of fragment). */
function render(): void {
  const main = container();
  const result = configFromUrl(location.href);
  if (!result.ok) {
    showProblem(main, result.errors);
    return;
  }
  for (const warning of result.warnings) console.warn(`critical-friend embed: ${warning} ${HELP}`);
  const { config } = result;
  document.documentElement.lang = config.attributes.lang || PAGE_LANG;
  // fonts do not inherit into a frame: the snippet names one (CSSOM, allowed by the page's CSP)
  document.body.style.fontFamily = fontFamily(config.font);
  document.title = config.attributes.heading || WIDGETS[config.widget].title;
  main.replaceChildren(createWidget(config));
}

/** Send the frame's height to the page holding it, when it changes or when asked. */
function reportHeights(): void {
  if (window.parent === window) return; // opened on its own: nobody to tell
  const main = container();
  let last = -1;
  const report = (force: boolean) => {
    const height = Math.ceil(main.getBoundingClientRect().height);
    if (height === last && !force) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  new ResizeObserver(() => report(false)).observe(main);
  // Chromium does not run the rendering steps (ResizeObserver included) of a
  // cross-origin frame while it is out of view, so a frame below the fold would
  // keep its fixed height until scrolled to, and then jump. A timer still runs
  // there, and measuring an unchanged page is cheap.
  setInterval(() => report(false), SLOW_CHECK_MS);
  addEventListener('message', (event) => {
    if (event.source === window.parent && isPingMessage(event.data)) report(true);
  });
}

/** `render`, with anything it throws shown in the frame instead of escaping. */
function renderOrExplain(): void {
  try {
    render();
  } catch (error) {
    showProblem(container(), [error instanceof Error ? error.message : String(error)]);
  }
}

function start(): void {
  adoptPageStyles();
  renderOrExplain();
  reportHeights();
  addEventListener('hashchange', renderOrExplain);
}

if (document.readyState === 'loading') addEventListener('DOMContentLoaded', start, { once: true });
else start();
