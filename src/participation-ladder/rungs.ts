/**
 * The ladder itself: its rungs as one radio group (SPEC: role radiogroup, one
 * radio per level, named by the level's label first), both marks of the
 * active perspective, and the gap between them drawn beside the rungs.
 */
import { html, nothing, type TemplateResult } from 'lit';
import * as icons from '../shared/icons.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Translator } from '../shared/strings.js';
import { bandsTopFirst, levelIndex, type Scale, type ScaleLevel } from './scales.js';
import type { Rating } from './ratings.js';
import { marksFor, type Marking } from './marks.js';
import { ratedPerspective } from './perspective-tabs.js';

/** What the rungs show, and where a reader's click or key goes. */
export interface RungsView {
  t: Translator;
  scale: Scale;
  perspectives: readonly string[];
  ratings: readonly Rating[];
  /** The active perspective. */
  active: number;
  /** Which mark a click or Space sets. */
  marking: Marking;
  required: boolean;
  /** Required and empty after a submit: the group shows the error. */
  invalid: boolean;
  disabled: boolean;
  click: (levelId: string) => void;
  keydown: (event: KeyboardEvent, level: ScaleLevel) => void;
}

const activeRating = (view: RungsView): Rating => view.ratings[view.active] ?? { now: '', aim: '' };

/** The rungs top first in their bands: one radio group, with both marks and the drawn gap. */
export function renderRungs(view: RungsView): TemplateResult {
  const scale = view.scale;
  const rating = activeRating(view);
  const checkedId = rating[view.marking];
  // Tab lands on the active marking's rung, else on "now" (the aim starts
  // from there), else in the middle of the ladder, not at one end.
  const focusId = checkedId || rating.now || scale.levels[Math.floor((scale.levels.length - 1) / 2)]?.id;
  const marking = view.t(`marking.${view.marking}`);
  // with several perspectives, whose view the rungs rate is part of the group's name
  const perspective = ratedPerspective(view.perspectives, view.active);
  const groupName = view.t(perspective ? 'ladder.labelPerspective' : 'ladder.label', { scale: scale.name, marking, perspective: perspective ?? '' });
  const invalid = view.invalid;
  return html`${invalid ? html`<p class="field-error" id="required-error">${view.t('validation.required')}</p>` : nothing}
    <div part="ladder" class="ladder" role="radiogroup" aria-label=${groupName} aria-required=${view.required ? 'true' : 'false'} aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${ifDefined(invalid ? 'required-error' : undefined)} aria-disabled=${view.disabled ? 'true' : 'false'}>
    <span class="gap" aria-hidden="true"></span>
    ${bandsTopFirst(scale).map(
      (band) => html`<div part="band" class="band">
        ${band.group ? html`<p class="band-label" aria-hidden="true">${band.group.label}</p>` : nothing}
        ${band.levels.map((level) => renderRung(view, level, level.id === checkedId, level.id === focusId, band.group?.label ?? ''))}
      </div>`,
    )}
  </div>`;
}

/** `text` ending as a sentence does, so that parts read one after another stay apart. */
const asSentence = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);

function renderRung(view: RungsView, level: ScaleLevel, checked: boolean, focusable: boolean, bandLabel: string): TemplateResult {
  const scale = view.scale;
  const position = levelIndex(scale, level.id) + 1;
  const marks = marksFor(view.t, level.id, view.perspectives, view.ratings);
  const { now, aim } = activeRating(view);
  const id = `level-${position}`;
  // The description as sentences, in a hidden copy: read from the visible
  // parts it ran on without a pause, and the band label in the capitals its
  // style gives it ("…decisions DEGREES OF TOKENISM Now").
  const about = [level.description, bandLabel, marks.map((mark) => mark.text).join(', ')].filter(Boolean).map(asSentence).join(' ');
  // One string, not the label and a visually hidden span: the browser reads an
  // out-of-flow span's text with a space before it ("Citizen control , rung 8 of 8").
  const name = `${level.label}, ${view.t('level.position', { position: view.t.number(position), total: view.t.number(scale.levels.length) })}`;
  return html`<div part="level" class="level" role="radio" data-level=${level.id} aria-checked=${checked ? 'true' : 'false'} aria-label=${name} aria-describedby="${id}-about" aria-disabled=${view.disabled ? 'true' : 'false'} tabindex=${focusable && !view.disabled ? 0 : -1} ?data-now=${now === level.id} ?data-aim=${aim === level.id} data-preview=${view.t(`mark.${view.marking}`)} @click=${() => view.click(level.id)} @keydown=${(event: KeyboardEvent) => view.keydown(event, level)}>
    <span class="rung-number" aria-hidden="true">${view.t.number(position)}</span>
    <span class="level-text">
      <span class="level-label">${level.label}</span>
      <span class="level-description">${level.description}</span>
    </span>
    <span id="${id}-about" hidden>${about}</span>
    ${marks.length ? html`<span class="marks">${marks.map((mark) => html`<span part="mark" class="mark" data-kind=${mark.kind} ?data-other=${mark.perspective !== view.active}>${mark.text}</span>`)}</span>` : nothing}
  </div>`;
}

/**
 * Draws the gap between "now" and "aim" on the ladder: a bracket from the
 * middle of one rung to the middle of the other, its arrow at the aim. The
 * rungs' heights depend on their text, so it is measured, not computed;
 * without `measure` only whether it shows and which way it points are set
 * (the rungs run top first), and reading no layout forces none.
 */
export function placeGap(root: ParentNode, rating: Rating, measure: boolean): void {
  const gap = root.querySelector<HTMLElement>('.gap');
  if (!gap) return;
  const rung = (id: string) => (id ? root.querySelector<HTMLElement>(`[role="radio"][data-level="${CSS.escape(id)}"]`) : null);
  const from = rung(rating.now);
  const to = rung(rating.aim);
  gap.hidden = !from || !to || from === to;
  if (!from || !to || gap.hidden) return;
  gap.dataset['direction'] = to.compareDocumentPosition(from) & Node.DOCUMENT_POSITION_FOLLOWING ? 'up' : 'down';
  if (!measure) return;
  const middle = (element: HTMLElement) => element.offsetTop + element.offsetHeight / 2;
  const top = Math.min(middle(from), middle(to));
  gap.style.insetBlockStart = `${top}px`;
  gap.style.blockSize = `${Math.max(middle(from), middle(to)) - top}px`;
}

/** "Next click sets: [Where we are now | Where we want to be]": which mark a click or Space sets. */
export function renderMarkingSwitch(t: Translator, current: Marking, disabled: boolean, choose: (marking: Marking) => void): TemplateResult {
  return html`<div part="marking" class="marking cf-no-print" role="group" aria-labelledby="marking-label">
    <span class="marking-label" id="marking-label">${t('marking.label')}</span>
    <span class="segments">
      ${(['now', 'aim'] as const).map(
        (marking) => html`<button type="button" class="cf-button" data-marking=${marking} aria-pressed=${current === marking ? 'true' : 'false'} ?disabled=${disabled} @click=${() => choose(marking)}>
          ${marking === 'now' ? icons.pin : icons.flag} ${t(`marking.${marking}`)}
        </button>`,
      )}
    </span>
  </div>`;
}
