import { css, html, nothing, type TemplateResult } from 'lit';
import type { Translator } from '../shared/strings.js';
import { radioKeyAction } from '../shared/radio-keys.js';
import { WEIGHTS, type Weight } from './balance.js';

/**
 * One point's weight control: a segmented radio group of four short labels
 * (0 "Not me" .. 3 "Crucial"), four in a row or 2 x 2 when the point is
 * narrow, never 3 + 1. Where a weight's long meaning says more than its
 * label ("Does not apply to me" for "Not me"), it is the radio's accessible
 * description, from one hidden set of descriptions per widget
 * (`weightDescriptions`); a meaning that would only repeat the label is left
 * out rather than read twice.
 *
 * Until the reader touches a point, its checked weight is the author's
 * suggestion: drawn outlined and dashed rather than filled, with
 * `data-state="suggested"` on the group and "Suggested by the author" in the
 * checked radio's description. Once the reader picks a weight (even the same
 * one) the group is `data-state="chosen"` and the weight is filled.
 */
export interface WeightControlPoint {
  id: string;
  text: string;
  weight: Weight;
  /** Whether the reader chose this weight (false: it is the author's suggestion). */
  chosen: boolean;
}

export interface WeightControlOptions {
  t: Translator;
  disabled: boolean;
  /** The reader picked `weight` (by click, arrow key or Space). */
  pick: (weight: Weight) => void;
  /** Enter in the group: submit the enclosing form, as a native radio does. */
  submit: () => void;
}

const SUGGESTED_ID = 'weight-suggested';
const descriptionId = (weight: Weight) => `weight-meaning-${weight}`;

/** A weight's long meaning, or '' where it only repeats the short label ("Minor"). */
function meaning(t: Translator, weight: Weight): string {
  const long = t(`weight.${weight}`);
  return long === t(`weight.short.${weight}`) ? '' : long;
}

/** One description, as one text node: Chrome reads "Minor" and "." in two nodes as "Minor ." */
const sentence = (id: string, text: string) => html`<span id=${id}>${`${text}.`}</span>`;

/** The hidden descriptions the radios point at: rendered once per widget, not once per point. */
export function weightDescriptions(t: Translator): TemplateResult {
  return html`<div hidden>
    ${WEIGHTS.map((weight) => {
      const text = meaning(t, weight);
      return text ? sentence(descriptionId(weight), text) : nothing;
    })}
    ${sentence(SUGGESTED_ID, t('weight.suggested'))}
  </div>`;
}

function onKeydown(event: KeyboardEvent, weight: Weight, options: WeightControlOptions): void {
  // Up/Left go to the smaller weight, Down/Right to the greater, wrapping (WAI-ARIA radio group)
  const action = radioKeyAction(event.key, weight, WEIGHTS.length, ['ArrowRight', 'ArrowDown']);
  if (!action) return;
  event.preventDefault();
  if (action.kind === 'submit') options.submit();
  else if (!options.disabled) options.pick(action.kind === 'check' ? weight : (WEIGHTS[action.index] ?? weight));
}

export function renderWeightControl(point: WeightControlPoint, options: WeightControlOptions): TemplateResult {
  const { t, disabled } = options;
  const state = point.chosen ? 'chosen' : 'suggested';
  return html`<div part="weights" class="weights" role="radiogroup" data-state=${state} aria-label=${t('weight.group', { text: point.text })} aria-disabled=${disabled ? 'true' : 'false'}>
    ${WEIGHTS.map((weight) => {
      const checked = point.weight === weight;
      const describedBy = [meaning(t, weight) && descriptionId(weight), checked && !point.chosen && SUGGESTED_ID].filter(Boolean).join(' ') || nothing;
      const label = t(`weight.short.${weight}`);
      return html`<div part="weight" class="weight" role="radio" data-weight=${weight} aria-checked=${checked ? 'true' : 'false'} aria-describedby=${describedBy} aria-disabled=${disabled ? 'true' : 'false'} tabindex=${checked && !disabled ? 0 : -1} @click=${() => options.pick(weight)} @keydown=${(event: KeyboardEvent) => onKeydown(event, weight, options)}>
        <span class="weight-label">${label}</span>
      </div>`;
    })}
  </div>`;
}

/**
 * A compact segmented control: one outline round the four, quiet unselected
 * segments, so thirteen points read as thirteen answers, not 52 buttons.
 * The point (`.point`, a size container) decides between 4 x 1 and 2 x 2.
 */
export const weightControlStyles = css`
  .appraise .point {
    container: cf-point / inline-size;
  }
  .weights {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 1px;
    border: 1px solid var(--cf-border);
    border-radius: var(--cf-radius);
    background: var(--cf-hairline);
    overflow: hidden;
  }
  @container cf-point (min-width: 26em) {
    .weights {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
  }
  .weight {
    display: flex;
    align-items: center;
    justify-content: center;
    min-height: calc(2.75em / 0.9); /* 44px at a 16px host: the font is 0.9em */
    padding: 0.2em 0.4em;
    background: var(--cf-surface);
    color: var(--cf-text-muted);
    cursor: pointer;
    font-size: 0.9em;
    line-height: 1.2;
    white-space: nowrap;
    min-width: 0;
    transition: background-color var(--cf-transition), color var(--cf-transition);
  }
  /* equal columns: a bold (checked) label never resizes its segment, and a long one ends in an ellipsis rather than overflowing */
  .weight-label {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .weight:focus-visible {
    outline-offset: -0.2em;
  }
  .weight:not([aria-disabled='true']):hover {
    background: var(--cf-surface-tint);
    color: var(--cf-text);
  }
  .weight[aria-checked='true'] {
    color: var(--cf-text);
    font-weight: 700;
  }
  /* the author's suggestion: dashed, not filled; a border inside the weight, so the focus outline (outside it) never replaces it */
  [data-state='suggested'] .weight[aria-checked='true'] {
    position: relative;
    background: var(--cf-accent-tint);
  }
  @media screen {
    [data-state='suggested'] .weight[aria-checked='true']::before {
      content: '';
      position: absolute;
      inset: 4px;
      border: 2px dashed var(--cf-accent);
      pointer-events: none;
    }
  }
  /* the reader's own choice: filled */
  [data-state='chosen'] .weight[aria-checked='true'] {
    background: var(--cf-accent);
    color: var(--cf-accent-text);
  }
  /* a focus ring the colour of the fill would vanish into it: the fill's text colour, with fill on both sides */
  [data-state='chosen'] .weight[aria-checked='true']:focus-visible {
    outline-color: var(--cf-accent-text);
    outline-offset: -0.35em;
  }
  .suggest-swatch {
    display: inline-block;
    inline-size: 1.6em;
    block-size: 0.9em;
    margin-inline-end: 0.35em;
    vertical-align: -0.1em;
    border: 2px dashed var(--cf-accent);
    border-radius: 0.2em;
    background: var(--cf-accent-tint);
  }
  @media (forced-colors: active) {
    .weights {
      background: CanvasText;
    }
    .weight[aria-checked='true'] {
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
    }
    [data-state='chosen'] .weight[aria-checked='true'] {
      background: Highlight;
      color: HighlightText;
    }
  }
  @media print {
    /* the weights in words: only the checked one, as text */
    .weights {
      display: block;
      border: 0;
      background: none;
    }
    .weight {
      display: none;
    }
    .weight[aria-checked='true'] {
      display: inline-flex;
      min-height: 0;
      padding: 0.1em 0.4em;
      background: #fff;
      color: #000;
      border: 1px solid #000;
      outline: 0;
    }
  }
`;
