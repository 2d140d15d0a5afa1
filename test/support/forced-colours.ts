/**
 * Forced colours (Windows High Contrast) for a widget under test.
 *
 * `emulateMedia({ forcedColors: 'active' })` is asked first, but the Chrome
 * launcher these tests use (puppeteer) ignores `forcedColors` without a word:
 * `(forced-colors: active)` never matches. Then the widget's own
 * `@media (forced-colors: active)` rules are adopted without their condition,
 * which gives the computed styles those rules set. What the browser itself
 * forces is not emulated: in forced colours it replaces the colours of any
 * element that has not opted out with `forced-color-adjust: none`, so tests
 * check that opt-out wherever a colour must survive.
 */
import { emulateMedia } from '@web/test-runner-commands';
import { unconditionalForcedColourRules } from './forced-colour-rules.js';

const FORCED = '(forced-colors: active)';

/** Turn forced colours on for `el`'s shadow root; returns a function that turns them off. */
export async function forceColours(el: HTMLElement): Promise<() => Promise<void>> {
  await emulateMedia({ forcedColors: 'active' });
  if (matchMedia(FORCED).matches) return async () => void (await emulateMedia({ forcedColors: 'none' }));
  const root = el.shadowRoot!;
  const before = root.adoptedStyleSheets;
  root.adoptedStyleSheets = [...before, unconditionalForcedColourRules(root)];
  return async () => {
    root.adoptedStyleSheets = before;
    await emulateMedia({ forcedColors: 'none' });
  };
}

/** A system colour (`Canvas`, `Highlight`, …) as computed styles give it, `rgb(…)`. */
export function systemColour(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}
