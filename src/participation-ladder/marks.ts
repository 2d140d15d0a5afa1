/**
 * The marks on one rung, shared by the element (its pills) and the PNG
 * drawing (loaded on first use, so this stays apart from it).
 */
import type { Translator } from '../shared/strings.js';
import type { Rating } from './ratings.js';

export type Marking = 'now' | 'aim';

/** One mark on a rung: its kind, whose it is (perspective index) and its words ("Now", "Staff: aim"). */
export interface RungMark {
  kind: Marking;
  perspective: number;
  text: string;
}

/** Every perspective's marks on `levelId`, "now" before "aim". */
export function marksFor(t: Translator, levelId: string, perspectives: readonly string[], ratings: readonly Rating[]): RungMark[] {
  const marks: RungMark[] = [];
  ratings.forEach((rating, perspective) => {
    const name = perspectives[perspective];
    for (const kind of ['now', 'aim'] as const) {
      if (rating[kind] !== levelId) continue;
      const text = name ? t(kind === 'now' ? 'mark.perspectiveNow' : 'mark.perspectiveAim', { perspective: name }) : t(`mark.${kind}`);
      marks.push({ kind, perspective, text });
    }
  });
  return marks;
}
