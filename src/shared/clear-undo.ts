import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Translator } from './strings.js';

/** What the controller needs of its element. */
type UndoHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * "Clear my answers" with a way back. One press wipes a reader's weights,
 * points and reflection (or every rating), so the status message under the
 * buttons says they are cleared and offers "Undo", next in the Tab order
 * after the clear button. The cleared answers are held in memory only (never
 * stored) until the reader undoes, changes anything else (`forget`), or
 * leaves the page; no timer takes the chance away.
 *
 * The element keeps its own words: it announces, saves and fires `change`
 * in `restore`, as for any other reader's change.
 */
export class ClearUndo<Snapshot> implements ReactiveController {
  private held: { snapshot: Snapshot } | undefined;

  constructor(
    private readonly host: UndoHost,
    private readonly restore: (snapshot: Snapshot) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.held = undefined;
  }

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

  /** The status message and its "Undo" button, while there is something to undo. */
  render(t: Translator, disabled: boolean): TemplateResult | typeof nothing {
    if (!this.held) return nothing;
    return html`<p part="cleared" class="cleared-note">
      <span>${t('cleared')}</span>
      <button type="button" class="cf-button small" data-action="undo" ?disabled=${disabled} @click=${() => void this.undo()}>${t('actions.undo')}</button>
    </p>`;
  }
}
