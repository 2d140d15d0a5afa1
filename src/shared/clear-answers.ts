import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Translator } from './strings.js';
import * as icons from './icons.js';
import { actionButton } from './action-button.js';

/** What the controller needs of its element. */
type UndoHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * The `persist` controls both form widgets share: "Clear my answers", its
 * "Undo", and the note on what is kept on this device.
 *
 * "Clear my answers" has a way back. One press wipes a reader's weights,
 * points and reflection (or every rating), so the status message under the
 * buttons says they are cleared and offers "Undo", next in the Tab order
 * after the clear button. The cleared answers are held in memory only (never
 * stored) until the reader undoes, changes anything else (`forget`), or
 * leaves the page; no timer takes the chance away.
 *
 * The element keeps its own words: it announces, saves and fires `change`
 * in `restore`, as for any other reader's change.
 */
export class ClearAnswers<Snapshot> {
  private held: { snapshot: Snapshot } | undefined;

  constructor(
    private readonly host: UndoHost,
    private readonly restore: (snapshot: Snapshot) => void,
  ) {}

  /** Keep the answers about to be cleared, and show the message with "Undo". */
  hold(snapshot: Snapshot): void {
    this.held = { snapshot };
    this.host.requestUpdate();
  }

  /** The reader changed something after clearing: undoing now would overwrite it. */
  forget(): void {
    if (!this.held) return;
    this.held = undefined;
    this.host.requestUpdate();
  }

  private async undo(): Promise<void> {
    const held = this.held;
    if (!held) return;
    this.held = undefined;
    this.restore(held.snapshot);
    this.host.requestUpdate();
    await this.host.updateComplete;
    // "Undo" is gone: focus goes back to the button that cleared, not to the page
    this.host.renderRoot.querySelector<HTMLElement>('[data-action="clear"]')?.focus();
  }

  /**
   * The clear button (`clear` does the clearing, after `hold`), the status
   * message with "Undo" while there is something to undo, and the note on
   * what `persist` keeps (or that storage failed).
   */
  render(t: Translator, state: { disabled: boolean; storageFailed: boolean; clear: () => void }): TemplateResult {
    return html`${actionButton('clear', t('actions.clear'), state.clear, state.disabled, icons.clear)}
      ${this.held ? html`<p part="cleared" class="cleared-note"><span>${t('cleared')}</span> ${actionButton('undo', t('actions.undo'), () => void this.undo(), state.disabled)}</p>` : nothing}
      <p class="persist-note cf-muted">${t(state.storageFailed ? 'persist.failed' : 'persist.note')}</p>`;
  }
}
