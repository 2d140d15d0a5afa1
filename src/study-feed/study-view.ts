/**
 * The study's own details on `<cf-study-feed>`: its status and phase, the
 * milestone timeline and the follow links. Render functions only: the
 * element decides which study to show (a data-study child or the feed's).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { StudyDetails, StudyLink, StudyMilestone } from '../feed/types.js';
import { safeUrl } from '../feed/urls.js';
import type { Translator } from '../shared/strings.js';
import { feedIcons, type LinkKind } from './icons.js';
import { milestoneDate } from './relative-time.js';

const LINK_KINDS: readonly LinkKind[] = ['blog', 'facebook', 'email', 'feed', 'web'];

/** The status badge and the phase, as a description list. */
export function renderStudyFacts(study: StudyDetails | undefined, t: Translator): TemplateResult | typeof nothing {
  if (!study || (!study.status && !study.phase)) return nothing;
  return html`<dl part="study" class="facts">
    ${study.status
      ? html`<div class="fact">
          <dt>${t('study.status')}</dt>
          <dd><span part="status" class="badge" data-status=${study.status}>${t(`status.${study.status}`)}</span></dd>
        </div>`
      : nothing}
    ${study.phase
      ? html`<div class="fact">
          <dt>${t('study.phase')}</dt>
          <dd class="phase">${study.phase}</dd>
        </div>`
      : nothing}
  </dl>`;
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
  return html`<li part="milestone" class="milestone" data-status=${status ?? 'unknown'} aria-current=${ifDefined(status === 'current' ? 'step' : undefined)}>
    <span class="marker">${feedIcons[status ?? 'planned']}</span>
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
        return html`<li><a part="follow-link" class="follow-link" data-kind=${kind} href=${url} rel="noopener noreferrer">${feedIcons[kind]}<span>${link.title}</span></a></li>`;
      })}
    </ul>
  </div>`;
}
