/**
 * The WAI-ARIA radio group keyboard pattern, shared by every custom radio
 * group (rungs, weights): arrows move and check, wrapping at the ends; Space
 * checks the focused radio; Enter submits the enclosing form, as a native
 * radio does. Which arrows count as "forward" is the caller's: on a ladder
 * drawn top first, Up goes to the next higher rung.
 */
export type RadioKeyAction = { kind: 'move'; index: number } | { kind: 'check' } | { kind: 'submit' } | undefined;

const ARROWS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'];

/**
 * What `key` does in a group of `count` radios with `index` focused.
 * `forward` names the two arrows that go to the next option (index + 1).
 */
export function radioKeyAction(key: string, index: number, count: number, forward: readonly [string, string]): RadioKeyAction {
  if (key === ' ') return { kind: 'check' };
  if (key === 'Enter') return { kind: 'submit' };
  if (!ARROWS.includes(key) || count === 0) return undefined;
  const step = forward.includes(key) ? 1 : -1;
  return { kind: 'move', index: (index + step + count) % count };
}
