/**
 * How the snippet loads the widget (script tag or iframe), read from the
 * form's step 3, and the snippet itself, written by src/embed/snippet.ts
 * (which escapes every value and refuses addresses a snippet may not load).
 */
import { version } from '../../index.js';
import { iframeSnippet, isFontChoice, scriptSnippet, type HeightStep, type WidgetConfig } from '../index.js';
import { isChecked, valueOf } from './form.js';

export type ScriptHost = 'jsdelivr' | 'unpkg' | 'self';

/**
 * How the snippet loads the widget. `integrity` is the hash of the script
 * the snippet names: the loader, or for an iframe the resizer. `heights` are
 * the space the widget takes at each width, as measured (see measure.ts):
 * reserved by the script snippet until the script has run, the iframe's
 * height without the resizer.
 */
export type Output =
  | { kind: 'script'; source: ScriptHost; integrity?: string; heights?: HeightStep[] }
  | { kind: 'iframe'; embedPage: string; resizer: boolean; integrity?: string; heights?: HeightStep[]; font?: string; fontName?: string };

// the loader (issue 10): a page fetches only the widgets it shows
export const SCRIPT_FILE = 'loader.js';
export const RESIZER_FILE = 'embed-resizer.js';

/** The built files: this module is dist/builder/builder.js, so one folder up (as in the npm package). */
export const DIST = new URL('../', import.meta.url);

/** The widgets' script for each source. The CDNs' addresses pin the version, so that the integrity hash stays true. */
export function scriptUrl(source: ScriptHost): string {
  if (source === 'unpkg') return `https://unpkg.com/critical-friend@${version}/dist/${SCRIPT_FILE}`;
  if (source === 'self') return new URL(SCRIPT_FILE, DIST).href;
  return `https://cdn.jsdelivr.net/npm/critical-friend@${version}/dist/${SCRIPT_FILE}`;
}

/** The frame's font: `sans`, `serif`, or the name the author typed for "the host's font". */
export function frameFont(output: Output): string | undefined {
  if (output.kind !== 'iframe' || !output.font || output.font === 'sans') return undefined;
  const font = output.font === 'named' ? (output.fontName ?? '') : output.font;
  return isFontChoice(font) ? font : undefined;
}

/** The output settings, with the integrity hash of the script the snippet will name. */
export function outputFromForm(form: HTMLFormElement, hashes: Record<string, string> = {}): Output {
  if (valueOf(form, 'output') === 'iframe') {
    const font = valueOf(form, 'font') || 'sans';
    return { kind: 'iframe', embedPage: valueOf(form, 'embed-page').trim(), resizer: isChecked(form, 'resizer'), integrity: hashes[RESIZER_FILE], font, fontName: valueOf(form, 'font-name').trim() };
  }
  const source = valueOf(form, 'source');
  return { kind: 'script', source: source === 'unpkg' || source === 'self' ? source : 'jsdelivr', integrity: hashes[SCRIPT_FILE] };
}

/** `file` in the same folder as `page` (the resizer beside embed.html). */
function besidePage(page: string, file: string): string {
  try {
    return new URL(file, page).href;
  } catch {
    return page.replace(/[#?].*$/, '').replace(/[^/]*$/, file);
  }
}

/** The configuration as the frame gets it: with the frame's font. */
export function frameConfig(config: WidgetConfig, output: Output): WidgetConfig {
  const font = frameFont(output);
  return font ? { ...config, font } : config;
}

/** The HTML to paste. Throws a TypeError for an address a snippet may not load. */
export function snippetFor(config: WidgetConfig, output: Output): string {
  const integrity = output.integrity ? { integrity: output.integrity } : {};
  const heights = output.heights?.length ? output.heights : undefined;
  if (output.kind === 'iframe') {
    const resizer = output.resizer ? { resizer: { url: besidePage(output.embedPage, RESIZER_FILE), ...integrity } } : {};
    return iframeSnippet(frameConfig(config, output), { embedPage: output.embedPage, ...resizer, ...(heights ? { heights } : {}) });
  }
  return scriptSnippet(config, { url: scriptUrl(output.source), ...integrity }, heights ? { reserveSteps: heights } : {});
}
