/**
 * Authors configure widgets with a child `<script type="application/json">`.
 * Browsers never run such a script, and its text is data, so this is a safe
 * way to pass structured input from a blog post's HTML.
 */

export type JsonChildResult =
  | { found: false }
  | { found: true; ok: true; value: unknown }
  | { found: true; ok: false; error: string };

/**
 * Read the first direct child `<script type="application/json">` of `host`
 * that matches `extra` (an attribute selector such as `[data-strings]`), or,
 * without `extra`, the first one with no `data-*` role attribute.
 */
export function readJsonChild(host: Element, extra?: string): JsonChildResult {
  const script = findJsonScript(host, extra);
  if (!script) return { found: false };
  try {
    return { found: true, ok: true, value: JSON.parse(script.textContent ?? '') };
  } catch (error) {
    return { found: true, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

const ROLE_ATTRIBUTES = ['data-strings', 'data-study'];

function findJsonScript(host: Element, extra?: string): HTMLScriptElement | undefined {
  for (const child of Array.from(host.children)) {
    if (child.localName !== 'script') continue;
    if ((child.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/json') continue;
    if (extra ? child.matches(extra) : !ROLE_ATTRIBUTES.some((name) => child.hasAttribute(name))) {
      return child as HTMLScriptElement;
    }
  }
  return undefined;
}

/** True for a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
