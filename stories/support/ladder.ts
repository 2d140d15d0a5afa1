/**
 * Small helpers for the <cf-participation-ladder> stories: finding the element
 * and its shadow parts in a play function, and building child
 * `<script type="application/json">` nodes (a Lit template cannot bind data
 * into a `<script>`, so the node is built with the DOM and placed as a child).
 */
import type { ParticipationLadder } from '../../src/participation-ladder/participation-ladder.js';

/** The `index`-th ladder in the story, once defined and rendered. */
export async function getLadder(canvasElement: HTMLElement, index = 0): Promise<ParticipationLadder> {
  await customElements.whenDefined('cf-participation-ladder');
  const ladder = canvasElement.querySelectorAll('cf-participation-ladder')[index];
  if (!ladder) throw new Error(`The story has no <cf-participation-ladder> number ${index + 1}.`);
  await ladder.updateComplete;
  return ladder;
}

/** One element in the ladder's shadow root; throws with the selector when it is missing. */
export function inShadow<T extends Element = HTMLElement>(ladder: ParticipationLadder, selector: string): T {
  const found = ladder.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`Nothing matches ${selector} in the shadow root of <cf-participation-ladder>.`);
  return found;
}

/** All matches in the ladder's shadow root. */
export function allInShadow<T extends Element = HTMLElement>(ladder: ParticipationLadder, selector: string): T[] {
  return Array.from(ladder.shadowRoot?.querySelectorAll<T>(selector) ?? []);
}

/**
 * A `<script type="application/json">` node holding `data` (serialised) or,
 * when `data` is a string, that text as it is (for deliberately broken JSON).
 * `role` adds a role attribute such as `data-strings`.
 */
export function jsonScript(data: unknown, role?: 'data-strings'): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  if (role) script.setAttribute(role, '');
  script.textContent = typeof data === 'string' ? data : JSON.stringify(data, null, 2);
  return script;
}
