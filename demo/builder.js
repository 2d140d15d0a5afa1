/**
 * The snippet builder (demo/builder.html): a form that describes one widget,
 * a live preview, and the snippet a blogger pastes. Plain JavaScript with no
 * build step: it imports the built files beside this demo (`npm run build`).
 *
 * The form is the single source of truth. `configFromForm` reads it into a
 * `WidgetConfig` (see src/embed/config.ts), `snippetFor` turns that into
 * HTML, and `fillForm` goes back the other way for a builder state shared by
 * URL. These and the feed check are exported for test/embed/builder.test.ts;
 * `start` wires them to the page.
 */
import { version, loadFeed } from '../dist/critical-friend.js';
import {
  WIDGETS,
  DEFAULT_FRAME_HEIGHTS,
  PING_MESSAGE,
  configToParams,
  createWidget,
  embedUrl,
  iframeSnippet,
  isHeightMessage,
  readConfig,
  sandboxFor,
  scriptSnippet,
} from '../dist/embed.js';

/** @typedef {import('../dist/types/embed/index.js').WidgetConfig} WidgetConfig */
/** @typedef {import('../dist/types/embed/index.js').WidgetName} WidgetName */
/** @typedef {import('../dist/types/embed/index.js').PointConfig} PointConfig */
/**
 * How the snippet loads the widget. `integrity` is the hash of the script the
 * snippet names: the widgets' script, or for an iframe the resizer.
 * `height` (a CSS length) is the space the widget takes: reserved by the
 * script snippet until the script has run, and the iframe's fixed height.
 * @typedef {{ kind: 'script', source: 'jsdelivr' | 'unpkg' | 'self', integrity?: string, height?: string }
 *   | { kind: 'iframe', embedPage: string, resizer: boolean, integrity?: string, height?: string }} Output
 */

/** The built files, beside this demo as in the npm package (import.meta.url, so tests that import this module agree). */
const DIST = new URL('../dist/', import.meta.url);
// the loader (issue 10): a page fetches only the widgets it shows
const SCRIPT_FILE = 'loader.js';
const RESIZER_FILE = 'embed-resizer.js';
/** The meta tag scripts/site.mjs adds to the builder it copies into site/. */
const SITE_META = 'critical-friend-site';
/** The "Check before you paste" list, which describes the fields it names. */
const PROBLEMS_ID = 'cf-problems';

/** The widgets' script for each source. The CDNs' addresses pin the version, so that the integrity hash stays true. */
const SCRIPT_URLS = {
  jsdelivr: () => `https://cdn.jsdelivr.net/npm/critical-friend@${version}/dist/${SCRIPT_FILE}`,
  unpkg: () => `https://unpkg.com/critical-friend@${version}/dist/${SCRIPT_FILE}`,
  self: () => new URL(SCRIPT_FILE, DIST).href,
};

/** A name to keep answers under, offered when the author ticks persist (the storage key is the tag and the id). */
const SUGGESTED_IDS = { 'pros-cons': 'my-appraisal', 'participation-ladder': 'my-ladder', 'study-feed': 'my-study-updates' };

const FEED_TIMEOUT = 10_000;
const EDIT_DELAY = 200;

// ---- reading and filling the form ------------------------------------------
// Controls named after an attribute hold that attribute; a control inside
// <fieldset data-widget="…"> belongs to that widget only. So a field added to
// the HTML reaches the snippet with no change here. The exceptions have names
// of their own: `persist-id` (kept only with persist), `language` and
// `language-other` (together the `lang`), `pros` and `cons` (the points).

/**
 * A named control of the form, or a RadioNodeList for a radio group. Read by
 * duck typing, never instanceof: the tests pass forms from another frame.
 * @param {HTMLFormElement} form
 * @param {string} name
 * @returns {any}
 */
function field(form, name) {
  return form.elements.namedItem(name);
}

/** @param {HTMLFormElement} form @param {string} name @returns {string} */
function valueOf(form, name) {
  return String(field(form, name)?.value ?? '');
}

/** @param {HTMLFormElement} form @param {string} name @returns {boolean} */
function isChecked(form, name) {
  return Boolean(field(form, name)?.checked);
}

/** @param {HTMLFormElement} form @returns {WidgetName} */
function widgetOf(form) {
  const chosen = valueOf(form, 'widget');
  return Object.prototype.hasOwnProperty.call(WIDGETS, chosen) ? /** @type {WidgetName} */ (chosen) : 'pros-cons';
}

/**
 * The controls that hold `widget`'s own attributes: common ones, and those in its fieldset.
 * @param {HTMLFormElement} form
 * @param {WidgetName} widget
 * @returns {any[]}
 */
function attributeControls(form, widget) {
  /** @type {readonly string[]} */
  const names = WIDGETS[widget].attributes;
  return Array.from(form.elements).filter((control) => {
    const owner = control.closest('fieldset[data-widget]');
    return names.includes(control.getAttribute('name') ?? '') && (!owner || owner.getAttribute('data-widget') === widget);
  });
}

/**
 * A control's attribute value: a ticked box is present (`''`); an empty value
 * or the widget's own default (`data-default`) is left out of the snippet.
 * @returns {string | undefined}
 */
function attributeValue(/** @type {any} */ control) {
  if (control.type === 'checkbox') return control.checked ? '' : undefined;
  const value = String(control.value).trim();
  return value === '' || value === control.getAttribute('data-default') ? undefined : value;
}

/** @param {any} control @param {string | undefined} value */
function setAttributeControl(control, value) {
  if (control.type === 'checkbox') control.checked = value !== undefined;
  else control.value = value ?? control.getAttribute('data-default') ?? '';
}

/** @param {HTMLFormElement} form @returns {string | undefined} */
function languageOf(form) {
  const choice = valueOf(form, 'language');
  return (choice === 'other' ? valueOf(form, 'language-other') : choice).trim() || undefined;
}

/** @param {HTMLFormElement} form @param {string} lang */
function fillLanguage(form, lang) {
  const listed = Array.from(field(form, 'language').options, (/** @type {HTMLOptionElement} */ option) => option.value);
  const choice = lang === 'other' || !listed.includes(lang) ? 'other' : lang;
  field(form, 'language').value = choice;
  field(form, 'language-other').value = choice === 'other' ? lang : '';
}

/**
 * Points, one a line; a line may start with a weight, `2: text`. Blank lines are skipped.
 * @param {string} text
 * @returns {PointConfig[]}
 */
export function parsePoints(text) {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const weighted = /^([0-3])\s*:\s*(\S.*)$/.exec(line);
      return weighted ? { text: weighted[2], weight: Number(weighted[1]) } : { text: line };
    });
}

/** @param {PointConfig[] | undefined} points @returns {string} */
function pointsText(points = []) {
  // one point a line: a line break inside a point would make two
  const line = (/** @type {string} */ text) => text.replace(/\s*\n\s*/g, ' ');
  return points.map((point) => (point.weight === undefined ? line(point.text) : `${point.weight}: ${line(point.text)}`)).join('\n');
}

/**
 * The configuration the form describes right now.
 * @param {HTMLFormElement} form
 * @returns {WidgetConfig}
 */
export function configFromForm(form) {
  const widget = widgetOf(form);
  /** @type {Record<string, string>} */
  const attributes = {};
  const id = isChecked(form, 'persist') ? valueOf(form, 'persist-id').trim() : '';
  if (id) attributes.id = id;
  for (const control of attributeControls(form, widget)) {
    const value = attributeValue(control);
    if (value !== undefined) attributes[control.getAttribute('name')] = value;
  }
  const lang = languageOf(form);
  if (lang) attributes.lang = lang;
  /** @type {WidgetConfig} */
  const config = { widget, attributes };
  if (widget === 'pros-cons') {
    for (const side of /** @type {const} */ (['pros', 'cons'])) {
      const points = parsePoints(valueOf(form, side));
      if (points.length) config[side] = points;
    }
  }
  return config;
}

/**
 * Set the form to `config`: the inverse of `configFromForm`, for a builder
 * state shared by URL. Fields of the other widgets keep their values.
 * @param {HTMLFormElement} form
 * @param {WidgetConfig} config
 * @returns {string[]} what the form has no field for, and so left out
 */
export function fillForm(form, config) {
  field(form, 'widget').value = config.widget;
  const { id, lang, ...attributes } = config.attributes;
  const leftOut = [];
  const controls = attributeControls(form, config.widget);
  for (const control of controls) {
    const name = control.getAttribute('name');
    setAttributeControl(control, attributes[name]);
    // a select cannot take a value it has no option for
    if (attributes[name] !== undefined && control.type !== 'checkbox' && control.value !== attributes[name]) leftOut.push(`${name}="${attributes[name]}"`);
  }
  const shown = new Set(controls.map((control) => control.getAttribute('name')));
  leftOut.push(...Object.keys(attributes).filter((name) => !shown.has(name)));
  field(form, 'persist-id').value = id ?? '';
  if (id !== undefined && attributes.persist === undefined) leftOut.push('id (kept only with persist)');
  fillLanguage(form, lang ?? '');
  if (config.widget === 'pros-cons') {
    field(form, 'pros').value = pointsText(config.pros);
    field(form, 'cons').value = pointsText(config.cons);
  }
  for (const data of /** @type {const} */ (['json', 'study', 'strings'])) {
    if (config[data] !== undefined) leftOut.push(data);
  }
  syncVisibility(form);
  return leftOut;
}

/**
 * Show only the fields that apply: the chosen widget's fieldset, the id with
 * persist, the language tag for "another language", the chosen output's settings.
 * @param {HTMLFormElement} form
 */
export function syncVisibility(form) {
  const widget = widgetOf(form);
  /** @type {NodeListOf<HTMLElement>} */
  const fieldsets = form.querySelectorAll('fieldset[data-widget]');
  for (const fieldset of fieldsets) fieldset.hidden = fieldset.getAttribute('data-widget') !== widget;
  const output = valueOf(form, 'output');
  /** @type {NodeListOf<HTMLElement>} */
  const outputParts = form.querySelectorAll('[data-output]');
  for (const part of outputParts) part.hidden = part.getAttribute('data-output') !== output;
  field(form, 'language-other').closest('.field').hidden = valueOf(form, 'language') !== 'other';
  const persist = isChecked(form, 'persist');
  const id = field(form, 'persist-id');
  id.closest('.field').hidden = !persist;
  id.required = persist;
}

/**
 * Offer an id when persist is ticked, and follow the widget while the id is
 * still one of our suggestions. Only on those two changes: never while the
 * author is typing their own.
 * @param {HTMLFormElement} form
 */
function suggestId(form) {
  const input = field(form, 'persist-id');
  const current = input.value.trim();
  if (isChecked(form, 'persist') && (current === '' || Object.values(SUGGESTED_IDS).includes(current))) input.value = SUGGESTED_IDS[widgetOf(form)];
}

/**
 * The output settings, with the integrity hash of the script the snippet will name.
 * @param {HTMLFormElement} form
 * @param {Record<string, string>} [hashes] dist/integrity.json's `files`
 * @returns {Output}
 */
export function outputFromForm(form, hashes = {}) {
  if (valueOf(form, 'output') === 'iframe') {
    return { kind: 'iframe', embedPage: valueOf(form, 'embed-page').trim(), resizer: isChecked(form, 'resizer'), integrity: hashes[RESIZER_FILE] };
  }
  const source = valueOf(form, 'source');
  return { kind: 'script', source: source === 'unpkg' || source === 'self' ? source : 'jsdelivr', integrity: hashes[SCRIPT_FILE] };
}

// ---- the snippet -----------------------------------------------------------

/**
 * `file` in the same folder as `page` (the resizer beside embed.html).
 * @param {string} page
 * @param {string} file
 */
function besidePage(page, file) {
  try {
    return new URL(file, page).href;
  } catch {
    return page.replace(/[#?].*$/, '').replace(/[^/]*$/, file);
  }
}

/**
 * The HTML to paste.
 * @param {WidgetConfig} config
 * @param {Output} output
 * @returns {string}
 */
export function snippetFor(config, output) {
  const integrity = output.integrity ? { integrity: output.integrity } : {};
  if (output.kind === 'iframe') {
    const resizer = output.resizer ? { resizer: { url: besidePage(output.embedPage, RESIZER_FILE), ...integrity } } : {};
    return iframeSnippet(config, { embedPage: output.embedPage, ...resizer, ...(output.height ? { height: output.height } : {}) });
  }
  const url = (SCRIPT_URLS[output.source] ?? SCRIPT_URLS.jsdelivr)();
  return scriptSnippet(config, { url, ...integrity }, output.height ? { reserveHeight: output.height } : {});
}

/**
 * The preview widget's height in em (of its own font size), rounded up to
 * half an em, plus `extra` em; undefined until it has rendered. Em rather
 * than pixels, so the reserved space follows the reader's text size. The
 * preview column is about as wide as a blog's, so this is a fair guess for
 * the reader's page too; the script snippet only reserves it until the
 * widget is defined, and the resizer corrects the iframe's.
 * @param {HTMLElement} preview
 * @param {number} [extra]
 */
export function measuredHeight(preview, extra = 0) {
  const widget = /** @type {HTMLElement | null} */ (preview.firstElementChild);
  if (!widget?.shadowRoot) return undefined;
  const height = widget.getBoundingClientRect().height;
  const fontSize = parseFloat(getComputedStyle(widget).fontSize) || 16;
  if (height < fontSize) return undefined;
  return `${Math.ceil((height / fontSize) * 2) / 2 + extra}em`;
}

/** @param {string} tag */
function isLanguageTag(tag) {
  try {
    Intl.getCanonicalLocales(tag);
    return true;
  } catch {
    return false;
  }
}

/** @param {string} address */
const isWebAddress = (address) => /^https?:\/\/[^/]/i.test(address);

/**
 * What the builder knows to be missing or risky in a configuration, each
 * with the form field it is about (if one), so that field can say it is invalid.
 * @typedef {{ text: string, field?: string }} Check
 * @param {WidgetConfig} config
 * @returns {Check[]}
 */
function configChecks(config) {
  const { attributes: a, widget } = config;
  const problems = /** @type {Check[]} */ ([]);
  if (a.persist !== undefined && !a.id) problems.push({ text: 'Give the widget a name to keep the answers under: persist needs an id.', field: 'persist-id' });
  if (a.id && !/^[A-Za-z][\w-]*$/.test(a.id)) problems.push({ text: `The id "${a.id}" should start with a letter and use only letters, digits, hyphens and underscores.`, field: 'persist-id' });
  if (a.lang && !isLanguageTag(a.lang)) problems.push({ text: `"${a.lang}" is not a language tag: use for example fr or en-GB.`, field: 'language-other' });
  if (widget === 'pros-cons') {
    if (!config.pros?.length) problems.push({ text: 'There are no pros yet: add them one per line.', field: 'pros' });
    if (!config.cons?.length) problems.push({ text: 'There are no cons yet: add them one per line.', field: 'cons' });
  }
  if (widget === 'study-feed') {
    if (!a.src) problems.push({ text: "Add the address of the study's feed.", field: 'src' });
    else if (!isWebAddress(a.src)) problems.push({ text: 'The feed address should be a full address starting with https://: a shorter one is looked for on the site of the page it is pasted into.', field: 'src' });
    else if (/^http:/i.test(a.src)) problems.push({ text: 'The feed address starts with http:, which secure (https:) pages may not read: use its https: address if it has one.' }); // a risk, not an error
    if (a.proxy && !a.proxy.includes('{url}')) problems.push({ text: "The proxy must contain {url} where the feed's address goes.", field: 'proxy' });
  }
  return problems;
}

/**
 * What to check about the way the snippet loads the widget.
 * @param {WidgetConfig} config
 * @param {Output} output
 * @returns {Check[]}
 */
function outputChecks(config, output) {
  if (output.kind !== 'iframe') return [];
  const problems = /** @type {Check[]} */ ([]);
  if (!isWebAddress(output.embedPage)) problems.push({ text: 'The address of embed.html must be a full address, starting with https://.', field: 'embed-page' });
  else if (/^https?:\/\/(cdn\.jsdelivr\.net|unpkg\.com)\//i.test(output.embedPage)) problems.push({ text: 'jsDelivr and unpkg send embed.html as plain text, so the frame would show its source code: host embed.html yourself.', field: 'embed-page' });
  if (config.attributes.persist !== undefined) problems.push({ text: "With persist the frame may keep answers, so it runs with its own site's storage: host embed.html on a different site from your page, so that the frame cannot reach your page." });
  if (config.widget === 'study-feed' && !config.attributes.proxy) problems.push({ text: "In a frame the feed is read from a sandbox: its server must send Access-Control-Allow-Origin: * (or set a proxy)." });
  return problems;
}

/**
 * Everything to check before pasting: what `readConfig` says about the
 * configuration (as embed.html would read it), then the builder's own checks.
 * @param {WidgetConfig} config
 * @param {Output} output
 * @returns {string[]}
 */
export function problemsFor(config, output) {
  const read = readConfig(configToParams(config));
  const fromConfig = (read.ok ? read.warnings : read.errors).map((text) => text.charAt(0).toUpperCase() + text.slice(1));
  return [...fromConfig, ...[...configChecks(config), ...outputChecks(config, output)].map((check) => check.text)];
}

/**
 * The form fields with a problem: they are marked `aria-invalid` and described
 * by the "Check before you paste" list, so a screen reader says so on the field.
 * @param {WidgetConfig} config
 * @param {Output} output
 * @returns {Set<string>}
 */
export function fieldsWithProblems(config, output) {
  return new Set([...configChecks(config), ...outputChecks(config, output)].flatMap((check) => (check.field ? [check.field] : [])));
}

/**
 * Mark the fields named in `invalid` (and unmark the others).
 * @param {HTMLFormElement} form
 * @param {Set<string>} invalid
 */
function markInvalid(form, invalid) {
  for (const control of Array.from(form.querySelectorAll('input[name], textarea[name], select[name]'))) {
    const name = control.getAttribute('name') ?? '';
    const described = (control.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== PROBLEMS_ID);
    if (invalid.has(name)) {
      control.setAttribute('aria-invalid', 'true');
      control.setAttribute('aria-describedby', [...described, PROBLEMS_ID].join(' '));
    } else {
      control.removeAttribute('aria-invalid');
      if (described.length) control.setAttribute('aria-describedby', described.join(' '));
      else control.removeAttribute('aria-describedby');
    }
  }
}

// ---- testing a feed --------------------------------------------------------

/** @type {Record<string, string>} */
const FORMAT_NAMES = { rss2: 'RSS 2.0', rss1: 'RSS 1.0', atom: 'Atom', json: 'JSON Feed' };

/** @param {Date} date */
const longDate = (date) => date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/**
 * The newest item by date, or the first when none has a date.
 * @param {{ title: string, date?: Date }[]} items
 */
function latestOf(items) {
  const dated = items.filter((item) => item.date && !Number.isNaN(item.date.getTime()));
  return dated.length ? dated.reduce((latest, item) => (Number(item.date) > Number(latest.date) ? item : latest)) : items[0];
}

/**
 * "RSS 2.0 feed “Title” with 5 updates; latest: “…” (1 November 2011)."
 * @param {{ format: string, title: string, items: { title: string, date?: Date }[] }} feed
 * @param {string} feedUrl
 * @param {string} proxy
 */
function describeFeed(feed, feedUrl, proxy) {
  const count = feed.items.length;
  const latest = latestOf(feed.items);
  let message = `${FORMAT_NAMES[feed.format] ?? 'A'} feed “${feed.title || 'without a title'}” with ${count} update${count === 1 ? '' : 's'}`;
  message += latest ? `; latest: “${latest.title || 'untitled'}”${latest.date ? ` (${longDate(latest.date)})` : ''}.` : '.';
  // a same-site feed says nothing about the blog, which is another site
  if (!proxy && new URL(feedUrl).origin === globalThis.location?.origin) {
    message += ' It is on the same site as this builder, so this test cannot tell whether other sites may read it.';
  }
  return message;
}

/** @param {number} code the HTTP status @param {string} proxy */
function explainStatus(code, proxy) {
  const status = `HTTP ${code}`;
  const who = proxy ? 'The proxy' : "The feed's server";
  if (code === 404 || code === 410) return `${who} answered ${status}: there is no feed at this address. Check it, or copy the feed's link from the blog again.`;
  if (code === 401 || code === 403) return `${who} answered ${status}: the feed is not public, so readers could not see it either.`;
  if (code >= 500) return `${who} answered ${status}: the server has a problem. Try again later.`;
  return `${who} answered ${status}. Check the address.`;
}

/** @param {{ code: string, message: string }} error */
function explainFeedError(error) {
  if (error.code === 'not-a-feed') return 'This address gives a web page or another file, not a feed. Look on the blog for its feed link (it often ends in /feed, /rss or .xml).';
  if (error.code === 'too-large') return `The feed is too large to show (${error.message}). Ask its owner for a shorter feed.`;
  return `The feed is broken and cannot be read (${error.message}). A feed validator can show what is wrong.`;
}

/**
 * The plain-words reason a feed could not be fetched. `fetch` rejects with a
 * TypeError for every network failure, CORS included, and the browser does
 * not say which: so say what each party can do.
 * @param {unknown} error what fetch threw
 * @param {string} url the feed's address
 * @param {string} [proxy] the proxy template, if one was used
 * @returns {string}
 */
export function explainFetchFailure(error, url, proxy = '') {
  const said = error && typeof (/** @type {any} */ (error).message) === 'string' ? ` (the browser says: ${/** @type {any} */ (error).message})` : '';
  if (globalThis.navigator?.onLine === false) return 'You seem to be offline, so the feed could not be read. Try again when you are connected.';
  if (proxy) {
    return `The proxy could not be reached, or it does not let other sites read its answers${said}. Check the proxy's address: a proxy for feeds must send the header Access-Control-Allow-Origin: *.`;
  }
  const insecure = /^http:/i.test(url) && globalThis.location?.protocol === 'https:' ? ['The address starts with http:, and a secure page (https:) may not read it: try its https: address.'] : [];
  return [
    `The feed at ${url} could not be read${said}.`,
    ...insecure,
    'Either its server could not be reached (check the address), or the feed is on another site that does not let other sites read it.',
    "A browser lets a page read a feed from another site only when the feed's server sends the header Access-Control-Allow-Origin: *.",
    "The feed's owner can add that header: some blog platforms send it already, WordPress does not by default.",
    'Or set a proxy you trust in the Proxy field, for example https://proxy.example/?url={url}.',
    'An iframe embed needs the same header, or the proxy.',
  ].join(' ');
}

/**
 * Fetch the feed as a reader's browser would (through the proxy, if given)
 * and say in plain words what came back.
 * @param {string} url
 * @param {string} [proxy] a URL template with `{url}`
 * @param {{ timeout?: number }} [options] milliseconds before giving up (10 s)
 * @returns {Promise<{ ok: boolean, message: string }>}
 */
export async function testFeed(url, proxy = '', { timeout = FEED_TIMEOUT } = {}) {
  const address = url.trim();
  const template = proxy.trim();
  if (!address) return { ok: false, message: 'Type the address of the feed first.' };
  let feedUrl;
  try {
    feedUrl = new URL(address, document.baseURI).href;
  } catch {
    return { ok: false, message: `“${address}” is not a web address.` };
  }
  if (template && !template.includes('{url}')) return { ok: false, message: "The proxy must contain {url} where the feed's address goes." };
  try {
    // exactly as <cf-study-feed> will load it: same request, proxy, timeout and size limit
    const { feed } = await loadFeed(feedUrl, { timeout, proxy: template });
    return { ok: true, message: describeFeed(feed, feedUrl, template) };
  } catch (error) {
    return { ok: false, message: explainLoadFailure(/** @type {any} */ (error), feedUrl, template, timeout) };
  }
}

/**
 * The plain-words reason for a `FeedLoadError` (its `code` says what failed).
 * @param {{ code?: string, httpStatus?: number, message: string }} error
 * @param {string} feedUrl
 * @param {string} proxy
 * @param {number} timeout
 */
function explainLoadFailure(error, feedUrl, proxy, timeout) {
  switch (error.code) {
    case 'timeout':
      return `The feed did not answer within ${timeout / 1000} seconds. The server may be slow or down: try again later, and check the address.`;
    case 'http':
      return explainStatus(error.httpStatus ?? 0, proxy);
    case 'not-a-feed':
    case 'too-large':
    case 'malformed':
      return explainFeedError({ code: error.code, message: error.message });
    default: // network, offline: fetch does not say which, CORS included
      return explainFetchFailure(error.cause ?? error, feedUrl, proxy);
  }
}

// ---- the page --------------------------------------------------------------

/** Pending announcements, so that a quick second message is not overtaken by the first. */
const announcing = new WeakMap();

/**
 * Say `text` in a live region: cleared first, so that the same words twice are announced twice.
 * @param {HTMLElement} region
 * @param {string} text
 */
function announce(region, text) {
  const view = /** @type {Window} */ (region.ownerDocument.defaultView);
  view.clearTimeout(announcing.get(region));
  region.textContent = '';
  announcing.set(region, view.setTimeout(() => (region.textContent = text), 50));
}

/**
 * The snippet into the clipboard: the Clipboard API, else the old way
 * (select and execCommand), which works where the API is missing (http: pages).
 * @param {HTMLTextAreaElement} textarea
 * @returns {Promise<boolean>}
 */
async function copyText(textarea) {
  const doc = textarea.ownerDocument;
  try {
    await doc.defaultView?.navigator.clipboard.writeText(textarea.value);
    return true;
  } catch {
    // no clipboard API, or no permission: fall back
  }
  textarea.focus();
  textarea.select();
  try {
    return doc.execCommand('copy');
  } catch {
    return false;
  }
}

/**
 * dist/integrity.json's hashes, when it can be read and is for this version;
 * otherwise no hashes and a note that says why the snippet has no integrity.
 * @returns {Promise<{ hashes: Record<string, string>, note: string }>}
 */
async function loadIntegrity() {
  try {
    const response = await fetch(new URL('integrity.json', DIST));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const data = await response.json();
    if (data.version !== version) return { hashes: {}, note: `The integrity hashes are for version ${data.version}, not ${version}, so the snippet has no integrity check.` };
    return { hashes: data.files ?? {}, note: '' };
  } catch {
    return { hashes: {}, note: 'The integrity hashes (dist/integrity.json) could not be read, so the snippet has no integrity check: browsers will not verify that the script is exactly the released file.' };
  }
}

/** @param {Document} doc */
function pageParts(doc) {
  const byId = (/** @type {string} */ id) => /** @type {any} */ (doc.getElementById(id));
  return {
    /** @type {HTMLFormElement} */ form: byId('cf-builder'),
    /** @type {HTMLTextAreaElement} */ snippet: byId('cf-snippet'),
    /** @type {HTMLButtonElement} */ copy: byId('cf-copy'),
    /** @type {HTMLElement} */ copyStatus: byId('cf-copy-status'),
    /** @type {HTMLElement} */ integrityNote: byId('cf-integrity-note'),
    /** @type {HTMLElement} */ problems: byId('cf-problems'),
    /** @type {HTMLElement} */ preview: byId('cf-preview'),
    /** @type {HTMLElement} */ previewFrame: byId('cf-preview-frame'),
    /** @type {HTMLButtonElement} */ testButton: byId('cf-test-feed'),
    /** @type {HTMLElement} */ feedStatus: byId('cf-feed-status'),
  };
}

/** @param {HTMLElement} box @param {string[]} problems */
function showProblems(box, problems) {
  const doc = box.ownerDocument;
  const items = problems.map((text) => {
    const item = doc.createElement('li');
    item.textContent = text;
    return item;
  });
  /** @type {HTMLUListElement} */ (box.querySelector('ul')).replaceChildren(...items);
  box.hidden = problems.length === 0;
}

/**
 * The iframe readers will see. A new frame when its page or sandbox changes
 * (a sandbox applies when the frame loads); otherwise only the fragment
 * changes, and embed.html renders again on hashchange.
 * @param {HTMLElement} box
 * @param {WidgetConfig} config
 * @param {Extract<Output, { kind: 'iframe' }>} output
 */
function showFrame(box, config, output) {
  let frame = box.querySelector('iframe');
  if (!isWebAddress(output.embedPage)) {
    frame?.remove();
    return;
  }
  const src = embedUrl(config, output.embedPage);
  const sandbox = sandboxFor(config).join(' ');
  const samePage = (frame?.getAttribute('src') ?? '').split('#')[0] === src.split('#')[0];
  if (!frame || !samePage || frame.getAttribute('sandbox') !== sandbox) {
    frame?.remove();
    frame = box.ownerDocument.createElement('iframe');
    frame.setAttribute('sandbox', sandbox);
    box.append(frame);
  }
  frame.title = config.attributes.heading || WIDGETS[config.widget].title;
  // without the resizer, readers see the snippet's fixed height
  if (output.resizer) frame.contentWindow?.postMessage({ type: PING_MESSAGE }, '*');
  else frame.style.height = output.height ?? DEFAULT_FRAME_HEIGHTS[config.widget];
  if (frame.getAttribute('src') !== src) frame.src = src;
}

/**
 * The preview: the element itself (made again only when the configuration
 * changed, so trying the widget is not interrupted), and in iframe mode the frame.
 * @param {ReturnType<typeof pageParts>} parts
 * @param {WidgetConfig} config
 * @param {Output} output
 */
function showPreview(parts, config, output) {
  const key = configToParams(config).toString();
  if (parts.preview.dataset.config !== key) {
    parts.preview.replaceChildren(createWidget(config, parts.preview.ownerDocument));
    parts.preview.dataset.config = key;
  }
  parts.previewFrame.hidden = output.kind !== 'iframe';
  if (output.kind === 'iframe') showFrame(parts.previewFrame, config, output);
  else parts.previewFrame.querySelector('iframe')?.remove();
}

/**
 * Fit the preview frame to the height it reports, as the resizer would, when the snippet has the resizer.
 * @param {Window} view
 * @param {ReturnType<typeof pageParts>} parts
 */
function followFrameHeight(view, parts) {
  view.addEventListener('message', (event) => {
    const frame = parts.previewFrame.querySelector('iframe');
    if (!frame || event.source !== frame.contentWindow || !isHeightMessage(event.data) || !isChecked(parts.form, 'resizer')) return;
    frame.style.height = `${Math.ceil(event.data.height)}px`;
  });
}

/** @param {ReturnType<typeof pageParts>} parts */
async function copySnippet(parts) {
  const copied = await copyText(parts.snippet);
  announce(parts.copyStatus, copied ? 'Snippet copied' : 'Select the text and copy it yourself');
}

/**
 * "Test the feed": the form's feed and proxy, the result in the status region.
 * @param {ReturnType<typeof pageParts>} parts
 */
async function testFeedOfForm(parts) {
  const button = parts.testButton;
  if (button.getAttribute('aria-disabled') === 'true') return;
  button.setAttribute('aria-disabled', 'true'); // not `disabled`: the button keeps the keyboard focus
  announce(parts.feedStatus, 'Testing the feed…');
  const result = await testFeed(valueOf(parts.form, 'src'), valueOf(parts.form, 'proxy'));
  parts.feedStatus.dataset.result = result.ok ? 'ok' : 'problem';
  announce(parts.feedStatus, `${result.ok ? 'It works: ' : 'Problem: '}${result.message}`);
  button.removeAttribute('aria-disabled');
}

/**
 * The configuration in the page's fragment, into the form.
 * @param {HTMLFormElement} form
 * @param {string} href
 * @returns {string[]} what could not be restored
 */
function restoreFromUrl(form, href) {
  const fragment = new URL(href).hash.slice(1);
  if (!fragment) return [];
  // the fragment only: a query on the builder's address (?utm_source=…) is not a configuration
  const result = readConfig(new URLSearchParams(fragment));
  if (!result.ok) return result.errors.map((error) => `The shared builder address could not be read: ${error}`);
  const leftOut = fillForm(form, result.config);
  const note = leftOut.length ? [`This builder has no field for ${leftOut.join(', ')}, so the snippet leaves ${leftOut.length === 1 ? 'it' : 'them'} out.`] : [];
  return [...result.warnings, ...note, ...pointsChanged(result.config, configFromForm(form))];
}

/**
 * Points that the text boxes cannot hold as they were (a line break in a
 * point, or a weightless point starting with "2:"), said rather than changed silently.
 * @param {WidgetConfig} shared
 * @param {WidgetConfig} filled
 */
function pointsChanged(shared, filled) {
  const sides = /** @type {const} */ (['pros', 'cons']).filter((side) => JSON.stringify(shared[side] ?? []) !== JSON.stringify(filled[side] ?? []));
  return sides.map((side) => `Some ${side} read differently here: a point is one line, and a line starting with 0: to 3: gives its weight. Check the ${side} before you copy the snippet.`);
}

/**
 * Start the builder on `doc`: fill in what depends on where it is served,
 * restore a shared state from the URL, and keep preview, snippet and URL up
 * to date as the author types.
 * @param {Document} doc
 */
export function start(doc) {
  const view = /** @type {Window} */ (doc.defaultView);
  const parts = pageParts(doc);
  const { form } = parts;
  field(form, 'embed-page').value ||= new URL('embed.html', DIST).href;
  // in the site folder (npm run site, issue 10) the files are on this site
  // whatever the registry holds: its snippets load them from here by default
  if (doc.querySelector(`meta[name="${SITE_META}"]`)) field(form, 'source').value = 'self';
  // an example that works here, so the study card's preview shows something
  field(form, 'src').value ||= new URL('feeds/connecting-people.xml', import.meta.url).href;
  let notes = restoreFromUrl(form, view.location.href);
  /** @type {Record<string, string>} */
  let hashes = {};

  const render = () => {
    const config = configFromForm(form);
    const chosen = outputFromForm(form, hashes);
    // measured before the preview is remade for a new configuration: the
    // ResizeObserver in start() renders again once the new one has its size.
    // The frame's page adds 4px of room on each side for focus rings: half an em covers it.
    const height = measuredHeight(parts.preview, chosen.kind === 'iframe' ? 0.5 : 0);
    const output = height ? { ...chosen, height } : chosen;
    showPreview(parts, config, output);
    let snippet = '';
    try {
      snippet = snippetFor(config, output);
    } catch {
      // an address the snippet may not load (javascript:, not a URL): the problems list says which
    }
    parts.snippet.value = snippet;
    showProblems(parts.problems, [...notes, ...problemsFor(config, output)]);
    markInvalid(form, fieldsWithProblems(config, output));
    // the builder's own address shares its state (the output settings excepted)
    view.history.replaceState(view.history.state, '', `#${configToParams(config)}`);
  };
  let timer = 0;
  const onEdit = (/** @type {Event} */ event) => {
    const name = /** @type {any} */ (event.target).name;
    notes = [];
    syncVisibility(form);
    if (event.type === 'change' && (name === 'persist' || name === 'widget')) suggestId(form);
    if (name === 'src' || name === 'proxy') announce(parts.feedStatus, ''); // a result for another address would mislead
    view.clearTimeout(timer);
    timer = view.setTimeout(render, EDIT_DELAY);
  };
  form.addEventListener('input', onEdit);
  form.addEventListener('change', onEdit);
  form.addEventListener('submit', (event) => event.preventDefault()); // Enter in a field must not reload the page
  view.addEventListener('hashchange', () => {
    notes = restoreFromUrl(form, view.location.href);
    render();
  });

  parts.copy.addEventListener('click', () => void copySnippet(parts));
  parts.testButton.addEventListener('click', () => void testFeedOfForm(parts));
  followFrameHeight(view, parts);
  // the preview renders after it is made (and a feed arrives later still):
  // measure again when its size changes, for the reserved height
  new view.ResizeObserver(() => {
    view.clearTimeout(timer);
    timer = view.setTimeout(render, EDIT_DELAY);
  }).observe(parts.preview);

  syncVisibility(form);
  render();
  void loadIntegrity().then((integrity) => {
    hashes = integrity.hashes;
    parts.integrityNote.textContent = integrity.note;
    parts.integrityNote.hidden = !integrity.note;
    render();
  });
}

if (document.getElementById('cf-builder')) start(document);
