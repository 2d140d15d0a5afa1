/**
 * The parts of `<cf-study-feed>` around its updates: the placeholder while
 * loading, the error message with its recovery, and the footer. Render
 * functions only; the element passes in what they show.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { StudyDetails } from '../feed/types.js';
import { safeUrl } from '../feed/urls.js';
import type { Translator } from '../shared/strings.js';
import { feedIcons } from './icons.js';
import { renderStudyFacts } from './study-view.js';

/**
 * The loaded card's shape while the feed is on its way: the study details
 * already known (a data-study child, with its milestones and links as
 * `extras`), `rows` placeholder updates and the footer, so that the page
 * around the card does not move when it comes.
 */
export function renderLoading(study: StudyDetails | undefined, extras: TemplateResult | typeof nothing, rows: number, level: number, t: Translator): TemplateResult {
  const row = html`<li class="item"><span class="bone title"></span><span class="bone byline"></span><span class="bone"></span><span class="bone short"></span></li>`;
  return html`${renderStudyFacts(study, t)}
    <div class="section updates">
      <div class="subheading" role="heading" aria-level=${level}>${t('updates.heading')}</div>
      <ol part="skeleton" class="items skeleton" aria-hidden="true">
        ${Array.from({ length: rows }, () => row)}
      </ol>
    </div>
    ${extras}
    <div part="footer" class="footer">
      <p class="loading checked cf-muted">${t('loading')}</p>
      <span class="bone button" aria-hidden="true"></span>
    </div>`;
}

/** Why the feed could not be loaded, the recovery, and the page's fallback content below. */
export function renderError(reason: string, recovery: TemplateResult | typeof nothing, t: Translator): TemplateResult {
  return html`<div part="message" class="cf-message error">
      <p class="error-title">${feedIcons.alert} <strong>${t('error.heading')}</strong></p>
      <p class="reason">${reason}</p>
      ${recovery}
    </div>
    <div class="fallback"><slot></slot></div>`;
}

/** The retry button and the link to the feed itself (only for a `src`: `url`). */
export function renderRecovery(url: string | undefined, busy: boolean, onReload: () => void, t: Translator): TemplateResult | typeof nothing {
  if (!url) return nothing;
  const link = safeUrl(url);
  return html`<p class="recovery cf-no-print">
    <button type="button" part="retry" class="cf-button retry" aria-disabled=${busy ? 'true' : 'false'} @click=${onReload}>${feedIcons.refresh} ${t('retry')}</button>
    ${link ? html`<a class="source" href=${link} rel="noopener noreferrer">${feedIcons.feed} ${t('source')}</a>` : nothing}
  </p>`;
}

/** What the footer shows: when the feed was checked, and which buttons. */
export interface FooterState {
  checked: string | undefined;
  busy: boolean;
  showRefresh: boolean;
  /** Undefined: no automatic refresh, so no Pause button. */
  paused: boolean | undefined;
  onReload: () => void;
  onPause: () => void;
}

export function renderFooter(state: FooterState, t: Translator): TemplateResult {
  return html`<div part="footer" class="footer">
    ${state.checked ? html`<p class="checked cf-muted">${t('checked', { when: state.checked })}</p>` : nothing}
    ${state.showRefresh
      ? html`<button type="button" part="refresh" class="cf-button refresh cf-no-print" aria-disabled=${state.busy ? 'true' : 'false'} @click=${state.onReload}>
          ${feedIcons.refresh} ${t(state.busy ? 'refreshing' : 'refresh')}
        </button>`
      : nothing}
    ${state.paused !== undefined
      ? html`<button type="button" part="pause" class="cf-button pause cf-no-print" aria-pressed=${state.paused ? 'true' : 'false'} @click=${state.onPause}>${t('pause')}</button>`
      : nothing}
  </div>`;
}

/** The note on a saved copy (`when` it was fetched); with `reason`, its refetch failed and `recovery` offers another try. */
export function renderNotice(when: string, reason: string | undefined, recovery: TemplateResult | typeof nothing, t: Translator): TemplateResult {
  if (reason === undefined) return html`<p part="notice" class="notice">${t('stale.loading', { when })}</p>`;
  return html`<div part="notice" class="notice stale-error">
    <p>${feedIcons.alert} ${t('stale.error', { when })} <span class="reason">${reason}</span></p>
    ${recovery}
  </div>`;
}
