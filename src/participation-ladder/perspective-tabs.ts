/**
 * The perspectives as WAI-ARIA tabs: one row (it scrolls sideways when
 * narrow, and its styles shade the edge with more tabs beyond it), arrows
 * move between them, Home and End go to the ends.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import * as icons from '../shared/icons.js';
import type { Translator } from '../shared/strings.js';
import type { Rating } from './ratings.js';

/** Whose view the rungs rate, for names and announcements: only when there are several to tell apart. */
export const ratedPerspective = (names: readonly string[], active: number): string | undefined => (names.length > 1 ? names[active] : undefined);

export interface TabsView {
  t: Translator;
  names: readonly string[];
  ratings: readonly Rating[];
  active: number;
  disabled: boolean;
  /** Show a perspective; `focus` moves focus to its tab (keyboard). */
  show: (index: number, focus: boolean) => void;
}

const MOVES: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

function onTabsKeydown(event: KeyboardEvent, view: TabsView): void {
  if (view.disabled) return;
  const count = view.names.length;
  let next: number;
  if (event.key in MOVES) next = (view.active + (MOVES[event.key] ?? 0) + count) % count;
  else if (event.key === 'Home') next = 0;
  else if (event.key === 'End') next = count - 1;
  else return;
  event.preventDefault();
  view.show(next, true);
}

/** One tab per perspective (WAI-ARIA tabs, one row); a single perspective is named in a line instead. */
export function renderPerspectiveTabs(view: TabsView): TemplateResult | typeof nothing {
  const names = view.names;
  if (names.length < 2) return names.length === 1 ? html`<p class="single-perspective">${view.t('report.perspective', { perspective: names[0] ?? '' })}</p>` : nothing;
  return html`<div part="perspectives" class="tabs" role="tablist" aria-label=${view.t('perspectives.label')} @keydown=${(event: KeyboardEvent) => onTabsKeydown(event, view)}>
    ${names.map((name, index) => {
      const selected = index === view.active;
      const rated = Boolean(view.ratings[index]?.now);
      // The tick is an icon: the name says "rated" instead (in aria-label, as a hidden
      // span's text would be read with a space before its comma).
      return html`<button type="button" role="tab" class="tab" id="tab-${index}" data-index=${index} aria-label=${ifDefined(rated ? view.t('perspectives.rated', { perspective: name }) : undefined)} aria-selected=${selected ? 'true' : 'false'} aria-controls="panel" tabindex=${selected ? 0 : -1} ?disabled=${view.disabled} @click=${() => view.show(index, false)}>
        ${name}${rated ? html`<span class="tab-done">${icons.check}</span>` : nothing}
      </button>`;
    })}
  </div>`;
}
