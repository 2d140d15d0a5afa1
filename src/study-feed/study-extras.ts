/**
 * The study's milestone timeline and follow links on `<cf-study-feed>`,
 * with their icons: a chunk loaded on first use (issue 10), since many cards
 * show neither. Render functions only, like study-view.ts.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { StudyDetails, StudyLink, StudyMilestone } from '../feed/types.js';
import { safeUrl } from '../feed/urls.js';
import type { Translator } from '../shared/strings.js';
import { feedIcons, icon } from './icons.js';
import { dateFormatter } from './relative-time.js';

export type LinkKind = 'blog' | 'facebook' | 'email' | 'feed' | 'web';

const LINK_KINDS: readonly LinkKind[] = ['blog', 'facebook', 'email', 'feed', 'web'];

const icons = {
  feed: feedIcons.feed,
  blog: icon(svg`<path d="M3 13l1-3.5L11 2.5l2.5 2.5L6.5 12z"/><path d="M9.5 4l2.5 2.5"/><path d="M3 13h10"/>`),
  facebook: icon(svg`<rect x="2" y="2" width="12" height="12" rx="2"/><path d="M10.5 5.5H9.3c-.7 0-1.1.4-1.1 1.1V14M6.5 8.5h3.7"/>`),
  email: icon(svg`<rect x="2" y="3.5" width="12" height="9" rx="1.5"/><path d="m2.5 4.5 5.5 4.5 5.5-4.5"/>`),
  web: icon(svg`<circle cx="8" cy="8" r="6"/><path d="M2 8h12M8 2c1.8 1.7 2.6 3.7 2.6 6S9.8 12.3 8 14c-1.8-1.7-2.6-3.7-2.6-6S6.2 3.7 8 2z"/>`),
  done: icon(svg`<circle cx="8" cy="8" r="6" fill="currentColor" stroke="none"/><path d="m5.2 8.2 1.9 1.9 3.7-3.9" stroke="var(--cf-surface, #fff)"/>`),
  current: icon(svg`<circle cx="8" cy="8" r="5.5"/><circle cx="8" cy="8" r="2.6" fill="currentColor" stroke="none"/>`),
  planned: icon(svg`<circle cx="8" cy="8" r="5.5" stroke-dasharray="2.2 1.8"/>`),
};

/**
 * A milestone date as written in a feed ("2012-04", "2012", "2012-04-30",
 * "April 2012"): ISO forms become a valid `datetime` and words in the
 * reader's language at the precision given (month and year for "2012-04");
 * anything else is shown as written, without a `datetime`.
 */
export function milestoneDate(written: string, lang: string): { text: string; datetime?: string } {
  const trimmed = written.trim();
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(trimmed);
  if (!iso) return { text: trimmed };
  const [, year, month, day] = iso;
  const date = new Date(Date.UTC(Number(year), month ? Number(month) - 1 : 0, day ? Number(day) : 1, 12));
  if (Number.isNaN(date.getTime()) || (month && (Number(month) < 1 || Number(month) > 12))) return { text: trimmed };
  const options: Intl.DateTimeFormatOptions = day
    ? { dateStyle: 'medium', timeZone: 'UTC' }
    : month
      ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
      : { year: 'numeric', timeZone: 'UTC' };
  return { text: dateFormatter(lang, options).format(date), datetime: trimmed };
}

/** The milestone timeline under a heading of `level`. */
export function renderMilestones(study: StudyDetails | undefined, level: number, t: Translator): TemplateResult | typeof nothing {
  const milestones = study?.milestones ?? [];
  if (milestones.length === 0) return nothing;
  return html`<div class="section milestones-section">
    <div class="subheading" role="heading" aria-level=${level}>${t('milestones.heading')}</div>
    <ol part="milestones" class="timeline">
      ${milestones.map((milestone) => renderMilestone(milestone, t))}
    </ol>
  </div>`;
}

function renderMilestone(milestone: StudyMilestone, t: Translator): TemplateResult {
  const status = milestone.status;
  const date = milestone.date ? milestoneDate(milestone.date, t.lang) : undefined;
  return html`<li part="milestone" class="milestone" data-status=${status ?? 'unknown'} aria-current=${status === 'current' ? 'step' : 'false'}>
    <span class="marker">${icons[status ?? 'planned']}</span>
    <span class="milestone-text">
      <span class="milestone-title">${milestone.title}</span>
      <span class="milestone-meta cf-muted"
        >${status ? html`<span class="milestone-status">${t(`milestone.${status}`)}</span>` : nothing}${status && date ? html`<span class="sep" aria-hidden="true">·</span>` : nothing}${date
          ? date.datetime
            ? html`<time datetime=${date.datetime}>${date.text}</time>`
            : html`<span>${date.text}</span>`
          : nothing}</span
      >
    </span>
  </li>`;
}

/** The follow links (only http, https and mailto ones) under a heading of `level`. */
export function renderLinks(study: StudyDetails | undefined, level: number, t: Translator): TemplateResult | typeof nothing {
  const links = (study?.links ?? []).map((link) => ({ link, url: safeUrl(link.url) })).filter((entry): entry is { link: StudyLink; url: string } => entry.url !== undefined);
  if (links.length === 0) return nothing;
  return html`<div class="section follow">
    <div class="subheading" role="heading" aria-level=${level}>${t('follow.heading')}</div>
    <ul part="links" class="links">
      ${links.map(({ link, url }) => {
        const kind = link.kind && LINK_KINDS.includes(link.kind) ? link.kind : url.startsWith('mailto:') ? 'email' : 'web';
        return html`<li><a part="follow-link" class="follow-link" data-kind=${kind} href=${url} rel="noopener noreferrer">${icons[kind]}<span>${link.title}</span></a></li>`;
      })}
    </ul>
  </div>`;
}
