/**
 * The HTML a blogger pastes, written from a `WidgetConfig`: either the script
 * tag and the element, or an iframe of `embed.html` for platforms that strip
 * scripts. Pure string building with every value escaped, so the snippet
 * says exactly what the configuration says and nothing else.
 */
import { escapeAttribute, escapeText, scriptSafeJson } from '../shared/markup.js';
import { WIDGETS, attributeEntries, embedUrl, isWeight, type PointConfig, type WidgetConfig } from './config.js';

/** A script the snippet loads, with its Subresource Integrity hash when known. */
export interface ScriptSource {
  url: string;
  integrity?: string;
}

export interface IframeOptions {
  /** The address of `embed.html` (self-hosted: npm CDNs serve HTML as plain text). */
  embedPage: string;
  /** Height before the frame reports its own (any CSS length). */
  height?: string;
  /** The resizer script for hosts that allow one script. */
  resizer?: ScriptSource;
}

/** The `sandbox` tokens the iframe snippet uses, and why each one. */
export const IFRAME_SANDBOX = [
  'allow-scripts', // the widget is a script
  'allow-popups', // links open in a new tab...
  'allow-popups-to-escape-sandbox', // ...as a normal page
  'allow-downloads', // export as Markdown, JSON or PNG
] as const;

/**
 * The sandbox for `config`: `persist` needs storage, which a sandboxed frame
 * has only with `allow-same-origin` (its origin is then the embed page's
 * host, never the blog's, as long as `embed.html` is served from elsewhere).
 */
export function sandboxFor(config: WidgetConfig): string[] {
  const persists = attributeEntries(config).some(([name]) => name === 'persist');
  return persists ? [...IFRAME_SANDBOX, 'allow-same-origin'] : [...IFRAME_SANDBOX];
}

const CSS_LENGTH = /^\d{1,5}(\.\d{1,3})?(px|em|rem|vh)$/;

/**
 * A sensible height for each widget where no resizer runs: what each one
 * reported with the demo's content in a 700-1000 px column (pros-cons with
 * four points about 1,070 px, the ladder about 1,075 px, a feed card with
 * three updates about 560 px), rounded up. Too tall leaves a gap; too short
 * makes the frame scroll, which is worse. The builder measures its preview
 * and passes a better one.
 */
export const DEFAULT_FRAME_HEIGHTS: Record<WidgetConfig['widget'], string> = {
  'pros-cons': '68em',
  'participation-ladder': '68em',
  'study-feed': '36em',
};

function attributeList(config: WidgetConfig): string {
  return attributeEntries(config)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
}

/**
 * `url` if a snippet may load it: http: or https:, or a path on the page's
 * own site. Anything else (javascript:, data:) is refused with an error, as
 * the snippet would otherwise run it in the reader's page.
 */
export function checkedUrl(url: string, what: string): string {
  let protocol: string;
  try {
    protocol = new URL(url, 'https://relative.invalid/').protocol;
  } catch {
    protocol = '';
  }
  if (protocol !== 'http:' && protocol !== 'https:') throw new TypeError(`${what} must be an http: or https: address, not "${url.slice(0, 40)}".`);
  return url;
}

function pointList(slot: 'pros' | 'cons', points: PointConfig[]): string {
  const items = points.map((point) => `    <li${isWeight(point.weight) ? ` data-weight="${point.weight}"` : ''}>${escapeText(String(point.text))}</li>`);
  return `  <ul slot="${slot}">\n${items.join('\n')}\n  </ul>`;
}

function jsonChild(value: unknown, role = ''): string {
  const body = scriptSafeJson(value, 2).replace(/\n/g, '\n  ');
  return `  <script type="application/json"${role}>\n  ${body}\n  </script>`;
}

/** The element's markup with its children (points, JSON), indented for reading. */
export function elementHtml(config: WidgetConfig): string {
  const tag = WIDGETS[config.widget].tag;
  const children: string[] = [];
  if (config.pros?.length) children.push(pointList('pros', config.pros));
  if (config.cons?.length) children.push(pointList('cons', config.cons));
  if (config.json !== undefined) children.push(jsonChild(config.json));
  if (config.study !== undefined) children.push(jsonChild(config.study, ' data-study'));
  if (config.strings && Object.keys(config.strings).length) children.push(jsonChild(config.strings, ' data-strings'));
  const open = `<${tag}${attributeList(config)}>`;
  return children.length ? `${open}\n${children.join('\n')}\n</${tag}>` : `${open}</${tag}>`;
}

function scriptTag(script: ScriptSource): string {
  const integrity = script.integrity ? ` integrity="${escapeAttribute(script.integrity)}" crossorigin="anonymous"` : '';
  return `<script src="${escapeAttribute(checkedUrl(script.url, 'The script'))}"${integrity}></script>`;
}

/** How long the reserved space waits for the script before it lets go. */
export const RESERVE_SECONDS = 3;

/**
 * A style rule that holds `height` for `tag` until the script has defined
 * it, so the text below does not jump; and lets go after RESERVE_SECONDS if
 * the script never comes (a 404, a blocked CDN), so that the author's lists
 * read as plain content with no hole under them. The release is an
 * animation, because only CSS still runs when the script did not load.
 */
export function reserveRule(tag: string, height: string): string {
  return (
    `@keyframes cf-release-reserve { to { min-height: 0; } }\n` +
    `${tag}:not(:defined) { display: block; min-height: ${height}; animation: cf-release-reserve 0s ${RESERVE_SECONDS}s forwards; }`
  );
}

/**
 * The script tag (a classic script: no `type="module"` needed) and the
 * element; with `reserveHeight` (a CSS length, such as the preview's measured
 * height in em) also the rule of `reserveRule`.
 */
export function scriptSnippet(config: WidgetConfig, script: ScriptSource, options: { reserveHeight?: string } = {}): string {
  const tag = WIDGETS[config.widget].tag;
  const reserve = options.reserveHeight && CSS_LENGTH.test(options.reserveHeight) ? `<style>\n${reserveRule(tag, options.reserveHeight)}\n</style>\n` : '';
  return `${reserve}${scriptTag(script)}\n${elementHtml(config)}\n`;
}

/**
 * An iframe of `embed.html` with the configuration in its fragment. Without
 * the resizer the frame keeps the fixed height given here; with it, the
 * frame takes the height the widget reports.
 */
export function iframeSnippet(config: WidgetConfig, options: IframeOptions): string {
  const src = embedUrl(config, checkedUrl(options.embedPage, 'The address of embed.html'));
  const title = config.attributes.heading || WIDGETS[config.widget].title;
  const height = options.height && CSS_LENGTH.test(options.height) ? options.height : DEFAULT_FRAME_HEIGHTS[config.widget];
  const frame =
    `<iframe data-cf-embed src="${escapeAttribute(src)}" title="${escapeAttribute(title)}"` +
    ` sandbox="${sandboxFor(config).join(' ')}" allow="clipboard-write" loading="lazy"` +
    ` style="display:block;width:100%;height:${escapeAttribute(height)};border:0"></iframe>`;
  return options.resizer ? `${frame}\n${scriptTag(options.resizer)}\n` : `${frame}\n`;
}
