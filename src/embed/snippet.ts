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

/**
 * A height that applies from a container width up: the builder measures the
 * widget at several widths and writes one step per width, because a card
 * twice as narrow is far more than twice as tall (issue 12 items 4 and 5).
 */
export interface HeightStep {
  /** The narrowest container width that this height is for: in CSS pixels (a whole number), or in `widthUnit`. */
  minWidth: number;
  /**
   * `em` (up to two decimals) for a width in the column's font size: the
   * widgets' breakpoints are in em, so a reserve measured at one text size
   * changes step where the widget changes layout at any other. Every step of
   * a list has the same unit. Default `px`.
   */
  widthUnit?: 'px' | 'em';
  /** A CSS length (px, em, rem or vh). */
  height: string;
}

export interface IframeOptions {
  /** The address of `embed.html` (self-hosted: npm CDNs serve HTML as plain text). */
  embedPage: string;
  /** Height before the frame reports its own (any CSS length). */
  height?: string;
  /**
   * Heights by the width of the frame's container, narrowest first. The
   * first (the tallest) is the frame's own height, for hosts that strip
   * `<style>`; the others are container queries (see `heightSteps`).
   */
  heights?: HeightStep[];
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

/** A width a query may hold: whole px, or em to a hundredth. */
const validWidth = (step: HeightStep) => step.minWidth >= 0 && Number.isInteger(step.widthUnit === 'em' ? Math.round(step.minWidth * 100 * 1e6) / 1e6 : step.minWidth);

/** The steps that are safe to write: whole widths (or em to a hundredth), real lengths, narrowest first. */
function validSteps(steps: HeightStep[] = []): HeightStep[] {
  return steps.filter((step) => validWidth(step) && CSS_LENGTH.test(step.height)).sort((a, b) => a.minWidth - b.minWidth);
}

/**
 * A short name for one snippet's box, from its markup, so that two snippets
 * on one page keep their own heights (FNV-1a, base 36).
 */
export function boxKey(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return `cf${(hash >>> 0).toString(36)}`;
}

/**
 * Container queries that give `selector` (inside the box named `key`) the
 * height of each step from the second on; the first applies without a query.
 * The box is a size container (see `boxOpen`), so the query measures the
 * column the widget sits in, not the window: a blog's column is narrower.
 * An em width is the box's font size, which the widget inherits.
 */
export function heightSteps(key: string, selector: string, property: string, steps: HeightStep[], important = false): string {
  const priority = important ? ' !important' : '';
  return steps
    .slice(1)
    .map((step) => `@container (min-width: ${step.minWidth}${step.widthUnit === 'em' ? 'em' : 'px'}) { [data-cf-box="${key}"] > ${selector} { ${property}: ${step.height}${priority}; } }`)
    .join('\n');
}

/**
 * The box around a snippet with per-width heights: an inline-size container.
 * A size container takes no width from its content, so in a host's flex row,
 * grid track or float it would shrink to nothing; `width:100%` gives it the
 * column's width there, as a block already has.
 */
const boxOpen = (key: string) => `<div data-cf-box="${key}" style="container-type:inline-size;width:100%">\n`;

/**
 * The script tag (a classic script: no `type="module"` needed) and the
 * element; with `reserveHeight` (a CSS length, such as the preview's measured
 * height in em) also the rule of `reserveRule`.
 */
export function scriptSnippet(config: WidgetConfig, script: ScriptSource, options: { reserveHeight?: string; reserveSteps?: HeightStep[] } = {}): string {
  const tag = WIDGETS[config.widget].tag;
  const element = elementHtml(config);
  const steps = validSteps(options.reserveSteps);
  if (steps.length > 1) {
    // reserved per width of the column: a card at 360 px is about twice as tall as at 1280 px
    const key = boxKey(element);
    const rules = `${reserveRule(tag, steps[0].height)}\n${heightSteps(key, `${tag}:not(:defined)`, 'min-height', steps)}`;
    return `<style>\n${rules}\n</style>\n${scriptTag(script)}\n${boxOpen(key)}${element}\n</div>\n`;
  }
  const height = steps[0]?.height ?? options.reserveHeight;
  const reserve = height && CSS_LENGTH.test(height) ? `<style>\n${reserveRule(tag, height)}\n</style>\n` : '';
  return `${reserve}${scriptTag(script)}\n${element}\n`;
}

/**
 * An iframe of `embed.html` with the configuration in its fragment. Without
 * the resizer the frame keeps the fixed height given here; with it, the
 * frame takes the height the widget reports.
 */
export function iframeSnippet(config: WidgetConfig, options: IframeOptions): string {
  const src = embedUrl(config, checkedUrl(options.embedPage, 'The address of embed.html'));
  const title = config.attributes.heading || WIDGETS[config.widget].title;
  const steps = validSteps(options.heights);
  const given = steps[0]?.height ?? options.height;
  const height = given && CSS_LENGTH.test(given) ? given : DEFAULT_FRAME_HEIGHTS[config.widget];
  const frame =
    `<iframe data-cf-embed src="${escapeAttribute(src)}" title="${escapeAttribute(title)}"` +
    ` sandbox="${sandboxFor(config).join(' ')}" allow="clipboard-write" loading="lazy"` +
    ` style="display:block;width:100%;height:${escapeAttribute(height)};border:0"></iframe>`;
  const resizer = options.resizer ? `${scriptTag(options.resizer)}\n` : '';
  if (steps.length < 2) return `${frame}\n${resizer}`;
  // the frame's own height is the tallest (the narrowest width), for hosts
  // that strip <style>; the queries (important, to beat that inline height;
  // the resizer's height is important too) fit it to wider columns
  const key = boxKey(src);
  return `<style>\n${heightSteps(key, 'iframe', 'height', steps, true)}\n</style>\n${boxOpen(key)}${frame}\n</div>\n${resizer}`;
}
