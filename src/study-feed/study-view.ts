/**
 * The study's own details on `<cf-study-feed>`: its status and phase here,
 * the milestone timeline and the follow links in study-extras.ts (loaded on
 * first use). Render functions only: the element decides which study to show
 * (a data-study child or the feed's).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { StudyDetails } from '../feed/types.js';
import type { Translator } from '../shared/strings.js';
import { feedIcons } from './icons.js';

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

/** The milestones and follow links (study-extras.ts), loaded on first use: many cards show neither. */
export type StudyExtras = typeof import('./study-extras.js');

/** How the chunk is imported; tests replace `load` to watch, hold or fail it. */
export const studyExtrasImport = {
  load: (): Promise<StudyExtras> => import('./study-extras.js'),
};

/** The study has a milestone timeline or follow links to show. */
export function hasExtras(study: StudyDetails | undefined): boolean {
  return Boolean(study?.milestones?.length || study?.links?.length);
}

/**
 * The milestones and follow links under headings of `level`: placeholders
 * while their code loads, and a note in their place when it could not be.
 */
export function renderExtras(study: StudyDetails | undefined, extras: StudyExtras | 'failed' | undefined, level: number, t: Translator): TemplateResult | typeof nothing {
  if (!hasExtras(study)) return nothing;
  if (extras === 'failed') return html`<p class="notice extras-failed">${feedIcons.alert} ${t('error.parser')}</p>`;
  if (!extras) return html`<div class="skeleton extras-loading" aria-hidden="true"><span class="bone title"></span><span class="bone short"></span></div>`;
  return html`${extras.renderMilestones(study, level, t)} ${extras.renderLinks(study, level, t)}`;
}
