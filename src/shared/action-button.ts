import { html, nothing, type TemplateResult } from 'lit';

/**
 * One button of a widget's actions row (copy, downloads, print, "Clear my
 * answers", "Undo"): one template for every widget. `action` goes into
 * `data-action`, by which tests and focus find it; `disabled` follows the
 * widget's own.
 */
export function actionButton(action: string, label: string, onClick: () => void, disabled: boolean, icon: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<button type="button" class="cf-button" data-action=${action} ?disabled=${disabled} @click=${onClick}>${icon} ${label}</button>`;
}
