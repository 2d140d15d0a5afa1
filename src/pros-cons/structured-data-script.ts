/**
 * The light-DOM `<script type="application/ld+json">` that `structured-data`
 * writes. Loaded on first use: most pages never set the attribute.
 */
import { scriptSafeJson } from '../shared/markup.js';
import { trustedJsonScript } from '../shared/trusted-types.js';
import { reviewJsonLd, type StructuredDataInput } from './structured-data.js';

/** `existing` (or a new script) holding the review for `input`; the caller puts it in place. */
export function reviewScript(existing: HTMLScriptElement | undefined, input: StructuredDataInput, marker: string): HTMLScriptElement {
  const json = scriptSafeJson(reviewJsonLd(input));
  const script = existing ?? document.createElement('script');
  script.type = 'application/ld+json';
  script.setAttribute(marker, '');
  // Under Trusted Types a script's text is a sink even for JSON-LD: the
  // critical-friend policy vouches for it, and accepts only valid JSON.
  if (script.textContent !== json) script.text = trustedJsonScript(json);
  return script;
}
