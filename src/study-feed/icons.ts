import { svg, type SVGTemplateResult } from 'lit';

/**
 * Inline icons of the study card, drawn like the shared ones (16 by 16,
 * `currentColor`, `aria-hidden`): the refresh arrow, the feed and the alert
 * here; the follow links' and milestone markers' ones are in study-extras.ts,
 * loaded only by cards that show them. No third-party logos or scripts.
 */
export function icon(paths: SVGTemplateResult): SVGTemplateResult {
  return svg`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round">${paths}</svg>`;
}

export const feedIcons = {
  feed: icon(svg`<path d="M3 3a10 10 0 0 1 10 10M3 7a6 6 0 0 1 6 6"/><circle cx="3.8" cy="12.2" r="1" fill="currentColor"/>`),
  refresh: icon(svg`<path d="M13 3v3.5H9.5"/><path d="M12.7 6.5A5 5 0 1 0 13 9.5"/>`),
  alert: icon(svg`<path d="M8 2 14.5 13.5h-13z"/><path d="M8 6.5v3.2"/><circle cx="8" cy="11.6" r="0.6" fill="currentColor"/>`),
};

