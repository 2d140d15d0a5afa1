/**
 * A widget's own `@media (forced-colors: active)` rules, as one sheet without
 * their condition. Forced colours cannot be switched on from a page (and the
 * tests' Chrome launcher ignores `emulateMedia({ forcedColors })`), so both the
 * tests (test/support/forced-colours.ts) and Storybook's theming page
 * (stories/support/theme-pages.ts) adopt this sheet to get the styles those
 * rules set. Plain DOM, no test-runner import, so Storybook can load it.
 */
export function unconditionalForcedColourRules(root: ShadowRoot): CSSStyleSheet {
  const rules = root.adoptedStyleSheets
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'))
    .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules.join('\n'));
  return sheet;
}
