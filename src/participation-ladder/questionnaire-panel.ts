/**
 * "Help me decide" as the reader sees it: loaded when a reader first opens
 * it (issue 10), with the questions and answers it words. The element passes
 * what it needs in `host`; answers go back through `answer` and `accept`.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { headingLevelBelow } from '../shared/base-element.js';
import * as icons from '../shared/icons.js';
import { fillPlaceholders, type StringParams, type Translator } from '../shared/strings.js';
import type { Scale } from './scales.js';
import { labelAt } from './report.js';
import { helpStrings } from './help-strings.js';
import { AREA_LABELS, AREA_QUESTIONS, AREAS, answersFor, suggestLevel, type Answers, type Area } from './questionnaire.js';

/**
 * The panel's rules, adopted by the element's shadow root when the panel
 * arrives (help-toggle.ts): a page that never opens it does not fetch them.
 */
export const questionnaireStyles = css`
  .question {
    border: 1px solid var(--cf-hairline);
    border-radius: var(--cf-radius);
    padding: 0.5em 0.75em 0.75em;
    margin: 0;
    min-width: 0;
  }
  .question legend {
    font-weight: 700;
    padding-inline: 0.25em;
  }
  .answer {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    padding: 0.3em 0;
    min-height: 1.5em;
    cursor: pointer;
  }
  /* Centred on the first line of its text at any line height (a theme's
     "* { line-height: 2 }" reaches the host): 1lh is that line, once the
     field takes the text's font and line height instead of its own. */
  .answer input {
    font: inherit;
    width: 1.1em;
    height: 1.1em;
    margin: calc((1lh - 1.1em) / 2) 0 0;
    flex: none;
    accent-color: var(--cf-accent);
  }
  .profile {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.35em;
  }
  .profile li {
    display: grid;
    gap: 0.15em;
  }
  /* An SVG bar: its length is an attribute, which a strict CSP allows
     without the style directive (and its chunks) in the lazy panel. */
  .bar {
    display: block;
    inline-size: 100%;
    height: 0.45em;
    border-radius: 0.25em;
    background: var(--cf-hairline);
  }
  .bar rect {
    fill: var(--cf-accent);
  }
  :host(:dir(rtl)) .bar {
    transform: scaleX(-1);
  }
  .suggestion {
    display: grid;
    gap: 0.5em;
    justify-items: start;
  }
  @media (forced-colors: active) {
    .bar rect {
      fill: CanvasText;
    }
  }
`;

export interface QuestionnaireHost {
  t: Translator;
  scale: Scale;
  /** The active perspective's answers. */
  answers: Answers;
  disabled: boolean;
  headingLevel: number;
  answer: (area: Area, level: number | null) => void;
  accept: (level: number) => void;
  /** Says a message in the element's polite live region. */
  announce: (message: string) => void;
}

/** The questionnaire for the active perspective: six questions and the suggestion. */
export function renderQuestionnaire(host: QuestionnaireHost): TemplateResult {
  const answers = host.answers;
  return html`<p class="cf-muted">${say(host, 'help.intro')}</p>
    ${AREAS.map((area) => renderQuestion(host, area, answers[area]))} ${renderSuggestion(host, answers)}`;
}

function renderQuestion(host: QuestionnaireHost, area: Area, answer: number | null | undefined): TemplateResult {
  const options = answersFor(host.scale, area);
  const name = `area-${area}`;
  return html`<fieldset class="question" ?disabled=${host.disabled}>
    <legend>${host.t.lookup(`question.${area}`) ?? AREA_QUESTIONS[area]}</legend>
    ${options.map(
      (text, level) => html`<label class="answer">
        <input type="radio" name=${name} .checked=${answer === level} @change=${() => choose(host, area, level)} />
        <span>${host.t.lookup([`answer.${host.scale.id}.${area}.${level + 1}`, `answer.${area}.${level + 1}`]) ?? text}</span>
      </label>`,
    )}
    <label class="answer">
      <input type="radio" name=${name} .checked=${answer === null} @change=${() => choose(host, area, null)} />
      <span>${say(host, 'help.notSure')}</span>
    </label>
  </fieldset>`;
}

/**
 * An answer. A screen reader hears the suggestion only when its rung changes:
 * answers that leave it where it was (or arrowing through one question's
 * answers, each a change) say nothing new.
 */
function choose(host: QuestionnaireHost, area: Area, level: number | null): void {
  const before = suggestionText(host, host.answers);
  host.answer(area, level);
  const after = suggestionText(host, { ...host.answers, [area]: level });
  if (after !== before) host.announce(after);
}

/** "Suggested rung: Therapy.", or that there is none yet. */
function suggestionText(host: QuestionnaireHost, answers: Answers): string {
  const suggestion = suggestLevel(answers, host.scale.levels.length);
  return suggestion ? say(host, 'help.suggestion', { level: labelAt(host.scale, suggestion.level) }) : say(host, 'help.noAnswers');
}

function renderSuggestion(host: QuestionnaireHost, answers: Answers): TemplateResult {
  const scale = host.scale;
  const suggestion = suggestLevel(answers, scale.levels.length);
  if (!suggestion) return html`<p part="suggestion" class="suggestion">${say(host, 'help.noAnswers')}</p>`;
  const label = labelAt(scale, suggestion.level);
  const areaNames = (areas: Area[]) => areas.map((area) => areaLabel(host, area)).join(', ');
  return html`<div class="profile-block">
      <div class="subheading" id="profile-heading" role="heading" aria-level=${headingLevelBelow(host.headingLevel)}>${say(host, 'help.profile')}</div>
      <ul part="profile" class="profile" aria-labelledby="profile-heading">
        ${suggestion.profile.map(
          ({ area, level }) => html`<li>
            <span>${say(host, 'help.profileEntry', { area: areaLabel(host, area), level: labelAt(scale, level) })}</span>
            <svg class="bar" aria-hidden="true" viewBox="0 0 100 1" preserveAspectRatio="none"><rect width=${((level + 1) / scale.levels.length) * 100} height="1"></rect></svg>
          </li>`,
        )}
      </ul>
    </div>
    <div part="suggestion" class="suggestion">
      <p><strong>${say(host, 'help.suggestion', { level: label })}</strong> ${say(host, 'help.reasons', { count: host.t.number(suggestion.profile.length) })}</p>
      ${suggestion.uneven ? html`<p>${say(host, 'help.uneven', { strongest: areaNames(suggestion.uneven.strongest), weakest: areaNames(suggestion.uneven.weakest) })}</p>` : nothing}
      <button type="button" class="cf-button cf-primary accept" ?disabled=${host.disabled} @click=${() => host.accept(suggestion.level)}>${icons.check} ${say(host, 'help.accept', { level: label })}</button>
      <p class="cf-muted">${say(host, 'help.override')}</p>
    </div>`;
}

/** A string of the panel: the page's or a locale's if it has one, else the built-in English beside the panel. */
function say(host: QuestionnaireHost, key: string, params?: StringParams): string {
  return host.t.lookup(key, params) ?? fillPlaceholders(helpStrings[key] ?? key, params);
}

function areaLabel(host: QuestionnaireHost, area: Area): string {
  return host.t.lookup(`area.${area}`) ?? AREA_LABELS[area];
}
