/**
 * Beside the ladder: the marks and the gap in words, how the perspectives
 * compare, and "About this model". Templates of the element's state only.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { headingLevelBelow } from '../shared/base-element.js';
import * as icons from '../shared/icons.js';
import type { Translator } from '../shared/strings.js';
import { findGroup, findLevel, type Scale } from './scales.js';
import type { Rating } from './ratings.js';
import { describeRating, describeSpread } from './wording.js';

/** The active perspective's marks and gap in words, under the band of "now". */
export function renderSummary(t: Translator, scale: Scale, rating: Rating): TemplateResult {
  const sentences = describeRating(t, scale, rating);
  const group = findGroup(scale, findLevel(scale, rating.now)?.group);
  return html`<div part="summary" class="summary">
    ${group ? html`<p class="summary-band">${group.label}</p>` : nothing}
    ${sentences.map((sentence) => html`<p>${sentence}</p>`)}
  </div>`;
}

/** How the perspectives compare (with two or more), under a heading one level below the widget's. */
export function renderSpread(t: Translator, scale: Scale, perspectives: readonly string[], ratings: readonly Rating[], headingLevel: number): TemplateResult {
  return html`<div part="spread" class="spread">
    <div class="subheading" role="heading" aria-level=${headingLevelBelow(headingLevel)}>${t('spread.heading')}</div>
    ${describeSpread(t, scale, perspectives, ratings).map((sentence) => html`<p>${sentence}</p>`)}
  </div>`;
}

/** "About this model": the scale's sources and caveats, when it has any. */
export function renderAbout(t: Translator, scale: Scale): TemplateResult | typeof nothing {
  const about = scale.about;
  if (about.length === 0) return nothing;
  return html`<details part="about" class="about">
    <summary>${icons.info} ${t('about.title')}</summary>
    ${about.map((paragraph) => html`<p>${paragraph}</p>`)}
  </details>`;
}
