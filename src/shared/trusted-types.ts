/**
 * Trusted Types support for the few places where the library hands a string
 * to an HTML/XML parsing sink (`DOMParser.parseFromString`).
 *
 * Pages that set `require-trusted-types-for 'script'` reject plain strings at
 * those sinks. The policy named `critical-friend` (one of the three names the
 * SPEC allows) wraps the string unchanged: it is only ever used to build
 * inert documents (`DOMParser` with an XML type, or `text/html` whose scripts
 * never run and which are never attached to the live page), so there is
 * nothing to sanitise at that point. Anything that reaches the live document
 * goes through Lit's or DOMPurify's own policies instead.
 */

/** The subset of the Trusted Types API we use (TypeScript's DOM lib lacks it). */
interface TrustedTypePolicyLike {
  createHTML(input: string): unknown;
  createScript?(input: string): unknown;
}
interface TrustedTypePolicyFactoryLike {
  createPolicy(name: string, rules: { createHTML(input: string): string; createScript(input: string): string }): TrustedTypePolicyLike;
}

/** The policy name, one of those allowed by the SPEC's CSP. */
export const TRUSTED_TYPES_POLICY_NAME = 'critical-friend';

/**
 * Where the policy is kept: a policy name can be created only once per page
 * unless the CSP says 'allow-duplicates', and two copies of the library may
 * share one page, so both copies reuse the first one's policy.
 */
const POLICY_KEY = Symbol.for('critical-friend.trusted-types-policy');

type PolicyHolder = { [POLICY_KEY]?: TrustedTypePolicyLike | null };

/** The shared policy, created on first use; `null` when it cannot be. */
function sharedPolicy(): TrustedTypePolicyLike | null {
  const holder = globalThis as unknown as PolicyHolder & {
    trustedTypes?: TrustedTypePolicyFactoryLike;
  };
  const existing = holder[POLICY_KEY];
  if (existing !== undefined) return existing;
  const factory = holder.trustedTypes;
  if (!factory || typeof factory.createPolicy !== 'function') return null; // no Trusted Types: nothing to store
  let policy: TrustedTypePolicyLike | null = null;
  try {
    // createHTML is the identity: its result only ever feeds DOMParser for
    // inert documents. createScript accepts nothing but valid JSON (JSON-LD
    // data, see trustedJsonScript), so even if another script got hold of the
    // policy it could not make runnable code with it: JSON calls nothing.
    policy = factory.createPolicy(TRUSTED_TYPES_POLICY_NAME, {
      createHTML: (input) => input,
      createScript: (input) => {
        JSON.parse(input);
        return input;
      },
    });
  } catch {
    // The CSP does not allow the name (or it exists without allow-duplicates
    // and was not made by us): fall back to plain strings.
    policy = null;
  }
  holder[POLICY_KEY] = policy;
  return policy;
}

/**
 * Wrap `markup` for `DOMParser.parseFromString`: a TrustedHTML made by the
 * `critical-friend` policy when the browser has Trusted Types, otherwise the
 * string itself. Typed as `string` because TypeScript's DOM typings declare
 * `parseFromString(string: string, …)`; pass the result only to such
 * parsing sinks for inert documents, never to the live document.
 */
export function trustedHtmlForParsing(markup: string): string {
  const policy = sharedPolicy();
  if (!policy) return markup;
  try {
    return policy.createHTML(markup) as string;
  } catch {
    return markup;
  }
}

/**
 * Parse `markup` into a new inert document (never the live one) with
 * `DOMParser`, going through the Trusted Types policy when needed.
 * Scripts in a document made this way never run.
 */
export function parseInertDocument(markup: string, type: DOMParserSupportedType): Document {
  return new DOMParser().parseFromString(trustedHtmlForParsing(markup), type);
}

/**
 * The text for a `<script type="application/ld+json">`: Chromium treats any
 * script's text as a Trusted Types sink, data or not, so under
 * `require-trusted-types-for 'script'` it must be a TrustedScript. The
 * policy accepts only valid JSON. Without Trusted Types: the string itself.
 */
export function trustedJsonScript(json: string): string {
  const policy = sharedPolicy();
  if (!policy?.createScript) return json;
  try {
    return policy.createScript(json) as string;
  } catch {
    return json;
  }
}
