/**
 * A widget's configuration as plain data, for the two places where a widget is
 * described rather than written as HTML: the snippet builder
 * (`demo/builder.html`) and the iframe embed (`dist/embed.html`, configured
 * from its URL). Pure functions, no DOM: they run in Node too.
 *
 * Everything read from a URL is untrusted (anyone can write an embed link),
 * so `readConfig` accepts only known widgets, the attributes each one
 * documents, and JSON of bounded size and shape. What it drops it reports as
 * a warning; the widget itself then validates the values, as it does for
 * attributes written by hand.
 */

import { isFontChoice } from './fonts.js';

/** The widgets by short name, with the attributes each one accepts. */
export const WIDGETS = {
  'pros-cons': {
    tag: 'cf-pros-cons',
    title: 'Pros and cons',
    attributes: ['heading', 'heading-level', 'pros-label', 'cons-label', 'mode', 'persist', 'structured-data', 'name', 'disabled', 'theme'],
    booleans: ['persist', 'structured-data', 'disabled'],
  },
  'participation-ladder': {
    tag: 'cf-participation-ladder',
    title: 'Participation ladder',
    attributes: ['scale', 'value', 'aspiration', 'required', 'persist', 'heading', 'heading-level', 'perspectives', 'name', 'disabled', 'theme'],
    booleans: ['required', 'persist', 'disabled'],
  },
  'study-feed': {
    tag: 'cf-study-feed',
    title: 'Study updates',
    attributes: ['src', 'heading', 'heading-level', 'max-items', 'timeout', 'proxy', 'rich', 'persist', 'refresh', 'theme'],
    booleans: ['rich', 'persist'],
  },
} as const;

export type WidgetName = keyof typeof WIDGETS;

/** Attributes every widget takes besides its own: its `id` (the `persist` key) and `lang`. */
export const GLOBAL_ATTRIBUTES = ['id', 'lang'] as const;

/** One pros-cons point: its text (always text, never HTML) and an optional author weight 0-3. */
export interface PointConfig {
  text: string;
  weight?: number;
}

export interface WidgetConfig {
  widget: WidgetName;
  /** Attribute values by name; a boolean attribute that is set has the value `''`. */
  attributes: Record<string, string>;
  /** `pros-cons`: the author's points, written as `<ul slot="pros">` / `<ul slot="cons">`. */
  pros?: PointConfig[];
  cons?: PointConfig[];
  /** The child `<script type="application/json">`: a custom scale (ladder) or an inline JSON Feed (study-feed). */
  json?: unknown;
  /** `study-feed`: the child `<script type="application/json" data-study>` (study details for an RSS or Atom feed). */
  study?: unknown;
  /** Replacement strings: the child `<script type="application/json" data-strings>`. */
  strings?: Record<string, string>;
  /** Iframe embeds only: the frame's font, `sans`, `serif` or a family name (see fonts.ts); a script snippet inherits the page's. */
  font?: string;
}

export type ConfigResult = { ok: true; config: WidgetConfig; warnings: string[] } | { ok: false; errors: string[] };

/** Bounds on untrusted input: an embed URL is short, and nothing in it needs more. */
export const LIMITS = {
  attributeLength: 2000,
  pointsPerSide: 50,
  pointLength: 1000,
  jsonLength: 64_000,
  strings: 200,
  stringLength: 1000,
} as const;

/** Parameters that are not attributes. */
const DATA_PARAMETERS = ['widget', 'pros', 'cons', 'json', 'study', 'strings', 'font'] as const;

/** The short name for `name`, which may also be the tag (`cf-pros-cons`). */
export function widgetName(name: string): WidgetName | undefined {
  const short = name.trim().toLowerCase().replace(/^cf-/, '');
  return Object.prototype.hasOwnProperty.call(WIDGETS, short) ? (short as WidgetName) : undefined;
}

/** The attribute names `widget` accepts, its own and the global ones. */
export function allowedAttributes(widget: WidgetName): string[] {
  return [...WIDGETS[widget].attributes, ...GLOBAL_ATTRIBUTES];
}

function isBoolean(widget: WidgetName, attribute: string): boolean {
  return (WIDGETS[widget].booleans as readonly string[]).includes(attribute);
}

/**
 * The value `name` is written with, or undefined when it is left out: a
 * boolean attribute is present (`''`) unless its value is "false" (as in a
 * URL: `rich=false`), since in HTML any value at all would turn it on.
 */
function attributeValue(widget: WidgetName, name: string, value: string): string | undefined {
  if (!isBoolean(widget, name)) return value;
  return value.trim().toLowerCase() === 'false' ? undefined : '';
}

/**
 * The attributes to write for `config`, in order: only those the widget
 * accepts, booleans as present or absent. Everything that writes an element
 * (createWidget, the snippets) goes through this, so a configuration built
 * in code gets the same checks as one read from a URL.
 */
export function attributeEntries(config: WidgetConfig): [string, string][] {
  const allowed = allowedAttributes(config.widget);
  const entries: [string, string][] = [];
  for (const [name, value] of Object.entries(config.attributes)) {
    const written = allowed.includes(name) && typeof value === 'string' ? attributeValue(config.widget, name, value) : undefined;
    if (written !== undefined) entries.push([name, written]);
  }
  return entries;
}

/**
 * Read a configuration from URL parameters: `widget`, then any attribute by
 * its name (`heading=…`, `persist`), and JSON in `pros`, `cons`, `json`,
 * `study` and `strings`. Unknown parameters are dropped with a warning; a
 * missing or unknown widget, or JSON that does not parse, is an error.
 */
export function readConfig(given: URLSearchParams): ConfigResult {
  const errors: string[] = [];
  const warnings: string[] = [];
  // names are case-insensitive, as attribute names are in HTML
  const params = new URLSearchParams();
  for (const [key, value] of given) params.append(key.trim().toLowerCase(), value);
  const requested = params.get('widget');
  const widget = requested === null ? undefined : widgetName(requested);
  if (!widget) {
    const known = Object.keys(WIDGETS).join(', ');
    return { ok: false, errors: [requested === null ? `no widget is named: add widget=<name> (one of ${known}).` : `"${clip(requested)}" is not a widget: use one of ${known}.`] };
  }
  const config: WidgetConfig = { widget, attributes: {} };
  const allowed = allowedAttributes(widget);
  for (const [name, value] of params) {
    if ((DATA_PARAMETERS as readonly string[]).includes(name)) continue;
    if (!allowed.includes(name)) {
      warnings.push(`"${clip(name)}" is not an attribute of <${WIDGETS[widget].tag}> and was ignored (it takes ${allowed.join(', ')}).`);
      continue;
    }
    if (value.length > LIMITS.attributeLength) {
      warnings.push(`${name} is longer than ${LIMITS.attributeLength} characters and was ignored.`);
      continue;
    }
    const attribute = attributeValue(widget, name, value);
    if (attribute !== undefined) config.attributes[name] = attribute;
  }
  readData(params, config, errors, warnings);
  readFont(params.get('font'), config, warnings);
  return errors.length ? { ok: false, errors } : { ok: true, config, warnings };
}

/** The frame's font: a choice fonts.ts can write safely, else dropped with a warning. */
function readFont(font: string | null, config: WidgetConfig, warnings: string[]): void {
  if (font === null) return;
  if (isFontChoice(font)) config.font = font;
  else warnings.push(`font "${clip(font)}" is not sans, serif or a font name (letters, digits, spaces and hyphens), so the frame uses its own.`);
}

/** The JSON parameters, each checked for size and shape. */
function readData(params: URLSearchParams, config: WidgetConfig, errors: string[], warnings: string[]): void {
  const widget = config.widget;
  const fields: { name: (typeof DATA_PARAMETERS)[number]; widgets: readonly WidgetName[] }[] = [
    { name: 'pros', widgets: ['pros-cons'] },
    { name: 'cons', widgets: ['pros-cons'] },
    { name: 'json', widgets: ['participation-ladder', 'study-feed'] },
    { name: 'study', widgets: ['study-feed'] },
    { name: 'strings', widgets: ['pros-cons', 'participation-ladder', 'study-feed'] },
  ];
  for (const { name, widgets } of fields) {
    const text = params.get(name);
    if (text === null) continue;
    if (!widgets.includes(widget)) {
      warnings.push(`${name} is not used by ${widget} and was ignored.`);
      continue;
    }
    if (text.length > LIMITS.jsonLength) {
      errors.push(`${name} is longer than ${LIMITS.jsonLength} characters.`);
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      errors.push(`${name} is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
      continue;
    }
    if (name === 'pros' || name === 'cons') {
      const points = readPoints(value, name, warnings);
      if (points) config[name] = points;
      else errors.push(`${name} must be a JSON array of points: ["text", …] or [{"text": "…", "weight": 0-3}, …].`);
    } else if (name === 'strings') {
      const strings = readStrings(value, warnings);
      if (strings) config.strings = strings;
      else errors.push('strings must be a JSON object of text by key, for example {"export": "Save"}.');
    } else if (typeof value !== 'object' || value === null) {
      errors.push(`${name} must be a JSON object.`);
    } else if (name === 'json') {
      config.json = value;
    } else {
      config.study = value;
    }
  }
}

/** A point's weight: a whole number 0 to 3, nothing else (not "2", not true). */
export function isWeight(weight: unknown): weight is number {
  return typeof weight === 'number' && Number.isInteger(weight) && weight >= 0 && weight <= 3;
}

function readPoints(value: unknown, side: string, warnings: string[]): PointConfig[] | undefined {
  if (!Array.isArray(value)) return undefined;
  if (value.length > LIMITS.pointsPerSide) warnings.push(`only the first ${LIMITS.pointsPerSide} ${side} are used.`);
  const points: PointConfig[] = [];
  for (const entry of value.slice(0, LIMITS.pointsPerSide)) {
    const point = typeof entry === 'string' ? { text: entry } : entry;
    if (typeof point !== 'object' || point === null || typeof point.text !== 'string' || !point.text.trim()) {
      warnings.push(`a point in ${side} has no text and was left out.`);
      continue;
    }
    const text = point.text.slice(0, LIMITS.pointLength);
    if (isWeight(point.weight)) {
      points.push({ text, weight: point.weight });
    } else {
      points.push({ text });
      if (point.weight !== undefined) warnings.push(`the weight of "${clip(text)}" is not 0, 1, 2 or 3 and was left out.`);
    }
  }
  return points;
}

function readStrings(value: unknown, warnings: string[]): Record<string, string> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const strings: Record<string, string> = {};
  for (const [key, text] of Object.entries(value).slice(0, LIMITS.strings)) {
    if (typeof text === 'string' && text.length <= LIMITS.stringLength) strings[key] = text;
    else warnings.push(`the string "${clip(key)}" is not text of at most ${LIMITS.stringLength} characters and was left out.`);
  }
  return strings;
}

/** The parameters that `readConfig` reads back into `config`. */
export function configToParams(config: WidgetConfig): URLSearchParams {
  const params = new URLSearchParams({ widget: config.widget });
  for (const [name, value] of Object.entries(config.attributes)) params.append(name, value);
  if (config.pros?.length) params.append('pros', JSON.stringify(config.pros));
  if (config.cons?.length) params.append('cons', JSON.stringify(config.cons));
  if (config.json !== undefined) params.append('json', JSON.stringify(config.json));
  if (config.study !== undefined) params.append('study', JSON.stringify(config.study));
  if (config.strings && Object.keys(config.strings).length) params.append('strings', JSON.stringify(config.strings));
  if (config.font) params.append('font', config.font);
  return params;
}

/**
 * The configuration in an embed URL: the query and the fragment are both
 * read (the fragment wins where both name a parameter). Builders put it in
 * the fragment, which browsers never send to the server: a reader's
 * appraisal points stay out of server logs.
 */
export function configFromUrl(url: string | URL): ConfigResult {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, errors: ['the embed address is not a valid URL.'] };
  }
  const params = new URLSearchParams(parsed.search);
  const fragment = new URLSearchParams(parsed.hash.replace(/^#/, ''));
  for (const name of new Set(fragment.keys())) {
    params.delete(name);
    for (const value of fragment.getAll(name)) params.append(name, value);
  }
  return readConfig(params);
}

/** `embedPage` (the address of `embed.html`) with `config` in its fragment. */
export function embedUrl(config: WidgetConfig, embedPage: string): string {
  const base = embedPage.replace(/#.*$/, '');
  return `${base}#${configToParams(config).toString()}`;
}

/** A short, single-line excerpt of untrusted text for a message. */
function clip(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}
