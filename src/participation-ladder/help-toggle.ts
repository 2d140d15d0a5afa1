/**
 * "Help me decide" behind its button. The questionnaire loads the first time
 * a reader opens it (issue 10): until it arrives the panel says "Loading…",
 * and if it cannot load the panel closes and the element warns (`panelFailed`).
 */
import { html, nothing, type CSSResult, type ReactiveControllerHost, type TemplateResult } from 'lit';
import * as icons from '../shared/icons.js';
import type { Translator } from '../shared/strings.js';
import type { QuestionnaireHost } from './questionnaire-panel.js';

/** The element behind the toggle: it re-renders, and its shadow root takes the panel's styles. */
type HelpHost = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/** Add `styles` after the element's own, once per shadow root. */
function adoptLate(root: HTMLElement | DocumentFragment, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

export class HelpToggle {
  private helpOpen = false;
  private questionnairePanel?: typeof import('./questionnaire-panel.js');
  /** The questionnaire on its way: the element's `updateComplete` waits for it. */
  arriving?: Promise<unknown>;

  constructor(
    private readonly helpHost: HelpHost,
    private readonly panelFailed: (error: unknown) => void,
  ) {}

  close(): void {
    this.helpOpen = false;
    this.helpHost.requestUpdate();
  }

  private toggleHelp(): void {
    this.helpOpen = !this.helpOpen;
    this.helpHost.requestUpdate();
    if (!this.helpOpen || this.questionnairePanel || this.arriving) return;
    this.arriving = import('./questionnaire-panel.js')
      .then((panel) => {
        adoptLate(this.helpHost.renderRoot, panel.questionnaireStyles);
        this.questionnairePanel = panel;
      })
      .catch((error: unknown) => {
        this.helpOpen = false;
        this.panelFailed(error);
      })
      .finally(() => {
        this.arriving = undefined;
        this.helpHost.requestUpdate();
      });
  }

  /** The button and, while open, the questionnaire for `questionnaire()` (the active perspective). */
  render(t: Translator, disabled: boolean, questionnaire: () => QuestionnaireHost): TemplateResult {
    return html`<div class="help cf-no-print">
      <button type="button" class="cf-button help-toggle" aria-expanded=${this.helpOpen ? 'true' : 'false'} aria-controls="questionnaire" ?disabled=${disabled} @click=${() => this.toggleHelp()}>
        ${icons.help} ${t('help.open')}
      </button>
      <div part="questionnaire" class="questionnaire" id="questionnaire" ?hidden=${!this.helpOpen}>
        ${this.helpOpen ? this.renderHelpPanel(t, questionnaire) : nothing}
      </div>
    </div>`;
  }

  private renderHelpPanel(t: Translator, questionnaire: () => QuestionnaireHost): TemplateResult {
    const panel = this.questionnairePanel;
    if (!panel) return html`<p class="cf-muted loading" role="status">${t('loading')}</p>`;
    return panel.renderQuestionnaire(questionnaire());
  }
}
