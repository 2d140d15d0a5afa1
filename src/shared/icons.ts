import { svg, type SVGTemplateResult } from 'lit';

/**
 * Inline SVG icons: decorative (`aria-hidden`), drawn with `currentColor` so
 * they follow the theme and forced colours. No icon fonts, no external files.
 * Imported as a namespace (`import * as icons`): each icon is a pure call,
 * so a widget's files carry only the icons it draws.
 */
function icon(paths: SVGTemplateResult): SVGTemplateResult {
  return svg`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round">${paths}</svg>`;
}

export const copy = /* @__PURE__ */ icon(svg`<rect x="5" y="5" width="9" height="9" rx="1.5"/><path d="M11 5V3.5A1.5 1.5 0 0 0 9.5 2h-6A1.5 1.5 0 0 0 2 3.5v6A1.5 1.5 0 0 0 3.5 11H5"/>`);
export const download = /* @__PURE__ */ icon(svg`<path d="M8 2v8M4.5 6.5 8 10l3.5-3.5M3 13.5h10"/>`);
export const image = /* @__PURE__ */ icon(svg`<rect x="2" y="2.5" width="12" height="11" rx="1.5"/><circle cx="6" cy="6.5" r="1.2"/><path d="m2.5 12 4-4 3 3 2-2 2.5 2.5"/>`);
export const clear = /* @__PURE__ */ icon(svg`<path d="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.7 9h5.6l.7-9"/>`);
export const check = /* @__PURE__ */ icon(svg`<path d="m3 8.5 3 3 7-7"/>`);
export const info = /* @__PURE__ */ icon(svg`<circle cx="8" cy="8" r="6"/><path d="M8 7.5V11"/><circle cx="8" cy="5" r="0.6" fill="currentColor"/>`);
export const help = /* @__PURE__ */ icon(svg`<circle cx="8" cy="8" r="6"/><path d="M6.3 6.3a1.8 1.8 0 1 1 2.4 1.7c-.5.2-.7.6-.7 1.1v.4"/><circle cx="8" cy="11.4" r="0.6" fill="currentColor"/>`);
export const plus = /* @__PURE__ */ icon(svg`<path d="M8 3v10M3 8h10"/>`);
export const minus = /* @__PURE__ */ icon(svg`<path d="M3 8h10"/>`);
export const flag = /* @__PURE__ */ icon(svg`<path d="M3.5 14V2.5M3.5 3h8l-2 3 2 3h-8"/>`);
export const pin = /* @__PURE__ */ icon(svg`<circle cx="8" cy="6.5" r="2.5"/><path d="M8 14s-4.5-4-4.5-7.5a4.5 4.5 0 0 1 9 0C12.5 10 8 14 8 14z"/>`);
