/**
 * Which scale the page asks for: a custom one in a child JSON script first,
 * then the `scale` attribute's preset. A request that cannot be met shows a
 * message in the widget and warns in the console how to fix it, and Arnstein
 * stands in, so that the reader still has a ladder.
 */
import { html, type TemplateResult } from 'lit';
import { readJsonChild } from '../shared/json-child.js';
import type { Translator } from '../shared/strings.js';
import { ARNSTEIN, findLevel, isPresetId, PRESET_RUNGS, type PresetId, type Scale } from './scales.js';

/** The element's once-per-problem console warning. */
export type Warn = (key: string, message: string) => void;

export interface ScaleChoice {
  scale: Scale;
  /** The message shown in the widget, or ''. */
  problem: string;
}

/**
 * `preset` gives a named preset's scale, and `customScale` the code that
 * reads a custom one, once loaded (a stand-in stays while either loads, see
 * `standIn`).
 */
export function chooseScale(host: Element, name: string, t: Translator, warn: Warn, preset: (id: PresetId) => Scale, customScale: () => typeof import('./custom-scale.js') | undefined): ScaleChoice {
  const custom = readJsonChild(host);
  if (custom.found) return customScale()?.chooseCustomScale(custom, t, warn) ?? { scale: standIn('custom'), problem: '' };
  if (isPresetId(name)) return { scale: preset(name), problem: '' };
  if (!name) return { scale: ARNSTEIN, problem: '' };
  warn('scale', `scale="${name}" is not a known scale. Use arnstein, hart, iap2 or tlap, or put a custom scale in a child <script type="application/json">.`);
  return { scale: ARNSTEIN, problem: t('error.scale', { scale: name }) };
}

/**
 * The four presets (levels bottom to top), Hart, IAP2 and TLAP in the chunk
 * that loads on first use (more-scales.js, issue 10). The one way to them for
 * the widget and for code that checks a ladder's `value` before it is written
 * (the snippet builder), so both read the same rung ids from the same file.
 */
export function loadPresetScales(): Promise<Readonly<Record<PresetId, Scale>>> {
  return import('./more-scales.js').then((code) => code.PRESETS);
}

/**
 * A scale still on its way (more-scales.js or custom-scale.js loads on first
 * use): its id, no levels yet. Every scale in use has two levels or more.
 */
export function standIn(id: PresetId | 'custom'): Scale {
  return { id, name: '', levels: [], groups: [], about: [] };
}

export function isScaleLoading(scale: Scale): boolean {
  return scale.levels.length === 0;
}

/**
 * Where the rungs will be: "Loading…", as tall as the preset's rungs (so the
 * page does not jump when they arrive); a custom scale's as tall as Arnstein's.
 */
export function renderRungsLoading(t: Translator, scale: Scale): TemplateResult {
  return html`<p part="ladder" class="ladder scale-loading cf-muted" role="status" data-rungs=${PRESET_RUNGS[scale.id as PresetId] ?? 8}>${t('loading')}</p>`;
}

/**
 * `value` or `aspiration` as a mark: kept when it is a level of `scale` (or
 * empty); otherwise '' with a message added to `problems` and a warning.
 */
export function levelOrProblem(scale: Scale, id: string, attribute: string, t: Translator, warn: Warn, problems: string[]): string {
  if (!id || findLevel(scale, id)) return id;
  problems.push(t('error.value', { value: id }));
  warn(`value:${attribute}`, `${attribute}="${id}" is not a level on this scale (${scale.name}). Use one of: ${scale.levels.map((level) => level.id).join(', ')}.`);
  return '';
}
