import { svg, type SVGTemplateResult } from 'lit';

/**
 * Inline icons of the study card, drawn like the shared ones (16 by 16,
 * `currentColor`, `aria-hidden`): one per kind of follow link, the refresh
 * arrow and the milestone markers. No third-party logos or scripts.
 */
function icon(paths: SVGTemplateResult): SVGTemplateResult {
  return svg`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round">${paths}</svg>`;
}

export const feedIcons = {
  blog: icon(svg`<path d="M3 13l1-3.5L11 2.5l2.5 2.5L6.5 12z"/><path d="M9.5 4l2.5 2.5"/><path d="M3 13h10"/>`),
  facebook: icon(svg`<rect x="2" y="2" width="12" height="12" rx="2"/><path d="M10.5 5.5H9.3c-.7 0-1.1.4-1.1 1.1V14M6.5 8.5h3.7"/>`),
  email: icon(svg`<rect x="2" y="3.5" width="12" height="9" rx="1.5"/><path d="m2.5 4.5 5.5 4.5 5.5-4.5"/>`),
  feed: icon(svg`<path d="M3 3a10 10 0 0 1 10 10M3 7a6 6 0 0 1 6 6"/><circle cx="3.8" cy="12.2" r="1" fill="currentColor"/>`),
  web: icon(svg`<circle cx="8" cy="8" r="6"/><path d="M2 8h12M8 2c1.8 1.7 2.6 3.7 2.6 6S9.8 12.3 8 14c-1.8-1.7-2.6-3.7-2.6-6S6.2 3.7 8 2z"/>`),
  refresh: icon(svg`<path d="M13 3v3.5H9.5"/><path d="M12.7 6.5A5 5 0 1 0 13 9.5"/>`),
  done: icon(svg`<circle cx="8" cy="8" r="6" fill="currentColor" stroke="none"/><path d="m5.2 8.2 1.9 1.9 3.7-3.9" stroke="var(--cf-surface, #fff)"/>`),
  current: icon(svg`<circle cx="8" cy="8" r="5.5"/><circle cx="8" cy="8" r="2.6" fill="currentColor" stroke="none"/>`),
  planned: icon(svg`<circle cx="8" cy="8" r="5.5" stroke-dasharray="2.2 1.8"/>`),
  alert: icon(svg`<path d="M8 2 14.5 13.5h-13z"/><path d="M8 6.5v3.2"/><circle cx="8" cy="11.6" r="0.6" fill="currentColor"/>`),
};

export type LinkKind = 'blog' | 'facebook' | 'email' | 'feed' | 'web';
