/**
 * The font of an iframe embed. A frame's page does not inherit the host
 * page's font, so the snippet names one (issue 12 item 4): the system's sans
 * serif (the default), a serif, or the host's own font by name (which the
 * reader's device may have; otherwise the sans serif stands in).
 */

export const FONT_STACKS = {
  sans: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  serif: 'Georgia, Cambria, "Times New Roman", Times, serif',
} as const;

/** A font family name as a host page would write it: letters, digits, spaces and hyphens, nothing that could close the CSS value. */
const FONT_NAME = /^[\p{L}\p{N}][\p{L}\p{N} _-]{0,59}$/u;

/** True for `sans`, `serif` or a font family name that is safe to write into CSS. */
export function isFontChoice(choice: string): boolean {
  return choice === 'sans' || choice === 'serif' || FONT_NAME.test(choice);
}

/** The CSS `font-family` for a choice; the sans serif for none, or for one that is not safe. */
export function fontFamily(choice = 'sans'): string {
  if (choice === 'serif') return FONT_STACKS.serif;
  if (choice === 'sans' || !isFontChoice(choice)) return FONT_STACKS.sans;
  return `"${choice.trim()}", ${FONT_STACKS.sans}`;
}
