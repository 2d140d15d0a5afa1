/**
 * Parts of `<cf-pros-cons>`'s view that are functions of their arguments
 * alone (state in, template and event callbacks out), so the element file
 * keeps to its state and events.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { actionButton } from '../shared/action-button.js';
import * as icons from '../shared/icons.js';
import type { Translator } from '../shared/strings.js';
import { SIDES, type Side } from './balance.js';
import type { AppraisalPoint, BalanceSummary, SideLabels } from './wording.js';
import { weightDescriptions } from './weight-control.js';

/** ARIA 1.2's `meter` role, set through the `role` property (ARIA reflection): lit-analyzer's list of roles for the attribute predates `meter`. */
const METER_ROLE: string = 'meter';

/**
 * Inline style for a `.style=${…}` property binding. Assigning to an element's
 * `style` sets its `cssText` through the CSSOM, which a strict
 * `style-src 'self'` policy allows; a `style="…"` attribute binding (or Lit's
 * `styleMap`, on its first render) is blocked. Typed as the declaration the
 * property holds: the DOM forwards the string to `cssText`.
 */
const cssom = (declarations: string) => declarations as unknown as CSSStyleDeclaration;

type ViewPoint = AppraisalPoint & { id: string };

/** A point's text, with the "Your point" mark on the reader's own. */
export function renderPointText(t: Translator, point: ViewPoint): TemplateResult {
  return html`<p class="point-text">
    ${point.by === 'reader' ? html`<span part="own" class="own-badge">${t('own.badge')}<span class="cf-visually-hidden">:</span></span> ` : nothing}<span>${point.text}</span>
  </p>`;
}

/** The field that edits one of the reader's points: Enter or "Save" keeps it, Escape or "Cancel" does not. */
export function renderPointEditor(t: Translator, point: ViewPoint, stop: (save: boolean) => void): TemplateResult {
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== 'Escape') return;
    event.preventDefault();
    stop(event.key === 'Enter');
  };
  return html`<div class="edit">
    <label class="cf-visually-hidden" for="${point.id}-edit">${t('own.editLabel')}</label>
    <input class="text-input" id="${point.id}-edit" type="text" maxlength="1000" .value=${point.text} @keydown=${onKeydown} />
    <span class="own-actions">
      <button type="button" class="cf-button" data-action="save" @click=${() => stop(true)}>${icons.check} ${t('own.save')}</button>
      <button type="button" class="cf-button" data-action="cancel" @click=${() => stop(false)}>${t('own.cancel')}</button>
    </span>
  </div>`;
}

/** "Edit" and "Remove" on one of the reader's points, each naming the point for a screen reader. */
export function renderOwnActions(t: Translator, point: ViewPoint, disabled: boolean, on: { edit: () => void; remove: () => void }): TemplateResult {
  return html`<span class="own-actions">
    <button type="button" class="cf-button small" data-action="edit" ?disabled=${disabled} @click=${on.edit}>
      ${t('own.edit')}<span class="cf-visually-hidden"> “${point.text}”</span>
    </button>
    <button type="button" class="cf-button small" data-action="remove" ?disabled=${disabled} @click=${on.remove}>
      ${icons.clear} ${t('own.remove')}<span class="cf-visually-hidden"> “${point.text}”</span>
    </button>
  </span>`;
}

export interface AddFormState {
  disabled: boolean;
  side: Side;
  error: string;
  submit: (event: SubmitEvent) => void;
  input: () => void;
  chooseSide: (side: Side) => void;
}

/** The form for a point of the reader's own. */
export function renderAddForm(t: Translator, labels: SideLabels, form: AddFormState): TemplateResult {
  const { disabled, error } = form;
  return html`<form part="add" class="add cf-no-print" @submit=${form.submit} novalidate>
    <label class="add-label" for="add-text">${t('add.heading')}</label>
    <div class="add-row">
      <input id="add-text" class="text-input" type="text" maxlength="1000" autocomplete="off" ?disabled=${disabled} aria-invalid=${error ? 'true' : 'false'} aria-describedby=${ifDefined(error ? 'add-error' : undefined)} @input=${form.input} />
      <fieldset class="add-side" ?disabled=${disabled}>
        <legend class="cf-visually-hidden">${t('add.side')}</legend>
        ${SIDES.map(
          (side) => html`<label class="side-choice ${side}">
            <input type="radio" name="add-side" value=${side} .checked=${form.side === side} @change=${() => form.chooseSide(side)} />
            ${side === 'pro' ? labels.pros : labels.cons}
          </label>`,
        )}
      </fieldset>
      <button type="submit" class="cf-button cf-primary" ?disabled=${disabled}>${icons.plus} ${t('add.submit')}</button>
    </div>
    ${error ? html`<p class="field-error" id="add-error">${error}</p>` : nothing}
  </form>`;
}

/** The balance: verdict, meter, totals, a note while suggestions count, and the tipping point. */
export function renderBalance(t: Translator, summary: BalanceSummary, labels: SideLabels, headingLevel: number, countsSuggestions: boolean): TemplateResult {
  const position = ((1 - summary.balance) / 2) * 100; // pros at the start, as the columns
  const towards = summary.balance > 0 ? 'pro' : summary.balance < 0 ? 'con' : 'none';
  return html`<div part="balance" class="balance" role="group" aria-labelledby="balance-heading">
    <div class="subheading" id="balance-heading" role="heading" aria-level=${headingLevel}>${t('balance.heading')}</div>
    <p part="verdict" class="verdict ${towards}" id="verdict">${summary.verdict}</p>
    <div class="meter-ends" aria-hidden="true">
      <span class="end pro">${icons.plus} ${labels.pros}</span><span class="end con">${labels.cons} ${icons.minus}</span>
    </div>
    <div part="meter" class="meter" .role=${METER_ROLE} aria-valuemin="-1" aria-valuemax="1" aria-valuenow=${String(summary.balance)} aria-valuetext=${summary.verdict} aria-label=${t('balance.meter', { pros: labels.pros, cons: labels.cons })}>
      <span class="track">
        <span class="tick t1"></span><span class="tick t2"></span><span class="centre"></span><span class="tick t3"></span><span class="tick t4"></span>
        <span class="fill ${towards}" .style=${cssom(`inset-inline-start:${Math.min(position, 50)}%;inline-size:${Math.abs(position - 50)}%`)}></span>
        <span class="needle ${towards}" .style=${cssom(`inset-inline-start:${position}%`)}></span>
      </span>
    </div>
    <p class="totals cf-muted">${summary.totalsText} ${summary.balanceText}</p>
    ${countsSuggestions ? html`<p class="suggested-note cf-muted">${t('balance.suggested')}</p>` : nothing}
    <p part="tipping" class="tipping">${summary.tipping}</p>
  </div>`;
}

/** The reflection box, with its printed copy. */
export function renderReflection(t: Translator, reflection: string, disabled: boolean, input: (event: Event) => void, change: () => void): TemplateResult {
  return html`<div part="reflection" class="reflection">
    <label class="subheading" for="reflection">${t('reflection.label')}</label>
    <p class="hint cf-muted cf-no-print" id="reflection-hint">${t('reflection.hint')}</p>
    <textarea id="reflection" rows="4" aria-describedby="reflection-hint" .value=${reflection} ?disabled=${disabled} @input=${input} @change=${change}></textarea>
    <p class="reflection-print">${reflection.trim() || t('report.noReflection')}</p>
  </div>`;
}

/** The intro, the legend of the suggested weights while there are any, and the weights' hidden descriptions. */
export function renderIntro(t: Translator, hasSuggestions: boolean): TemplateResult {
  return html`<p class="intro cf-muted">${t('intro')}</p>
    ${hasSuggestions ? html`<p class="legend cf-muted"><span class="suggest-swatch" aria-hidden="true"></span>${t('weight.legend')}</p>` : nothing}
    ${weightDescriptions(t)}`;
}

/** One column: its label and its points, each drawn by `renderPoint`. */
export function renderSide<P extends ViewPoint>(t: Translator, side: Side, label: string, headingLevel: number, points: readonly P[], renderPoint: (point: P) => TemplateResult): TemplateResult {
  // a group, not a <section>: a named section is a landmark, and two appraisals on one page would repeat "Pros"/"Cons" regions
  return html`<div part="side" class="side ${side}" role="group" aria-labelledby="${side}-label">
    <div part="side-label" class="side-label" id="${side}-label" role="heading" aria-level=${headingLevel}>
      <span class="side-icon">${side === 'pro' ? icons.plus : icons.minus}</span>${label}
    </div>
    ${
      // Read mode draws its own copy of the author's points rather than
      // slotting their <li>s: a page's CSS reaches slotted light DOM, and a
      // theme rule such as `li { display: none }` would empty the widget.
      points.length === 0
        ? html`<p class="empty cf-muted">${t('report.none')}</p>`
        : // a plain map, not the keyed repeat(): points keep their order (a
          // weight or an edit never moves one), and the code that moves focus
          // after a change finds its target by data-point, so the directive's
          // ~1 KB gzip chunk would buy nothing on a pros-cons page (issue 10)
          html`<ul class="points" aria-labelledby="${side}-label">
            ${points.map(renderPoint)}
          </ul>`}
  </div>`;
}

/** The export buttons, then `more` ("Clear my answers", with persist). */
export function renderActions(t: Translator, disabled: boolean, on: { copy: () => void; markdown: () => void; json: () => void }, more: unknown): TemplateResult {
  return html`<div part="actions" class="actions cf-no-print" role="group" aria-label=${t('actions.label')}>
    ${actionButton('copy', t('actions.copy'), on.copy, disabled, icons.copy)}
    ${actionButton('markdown', t('actions.markdown'), on.markdown, disabled, icons.download)}
    ${actionButton('json', t('actions.json'), on.json, disabled, icons.download)}
    ${actionButton('print', t('actions.print'), () => window.print(), disabled)}
    ${more}
  </div>`;
}
