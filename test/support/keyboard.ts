/** Keyboard helpers for the journey tests: what a reader does with Tab and the arrows. */
import { sendKeys } from '@web/test-runner-commands';

/** The focused element, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export async function press(key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await sendKeys({ press: key });
}

/** Press Tab (or Shift+Tab) until the focused element matches, as a reader would. */
export async function tabTo(matches: (el: Element) => boolean, backwards = false): Promise<Element> {
  for (let i = 0; i < 80; i++) {
    if (backwards) {
      await sendKeys({ down: 'Shift' });
      await press('Tab');
      await sendKeys({ up: 'Shift' });
    } else await press('Tab');
    const active = deepActiveElement();
    if (active && matches(active)) return active;
  }
  throw new Error('never reached the wanted element with Tab');
}
