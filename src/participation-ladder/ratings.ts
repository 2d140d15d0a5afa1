/**
 * Comparing marks on a scale (layer 1): the gap between "now" and "aim", and
 * how far apart several perspectives are. Returns facts; the element words them.
 */
import { slugify } from '../shared/export.js';
import { findGroup, levelIndex, type Scale } from './scales.js';

/** One perspective's marks: level ids, '' when not marked. */
export interface Rating {
  now: string;
  aim: string;
}

export type Gap =
  | { kind: 'none' }
  | { kind: 'same'; level: string }
  | { kind: 'up' | 'down'; rungs: number; fromGroup?: string | undefined; toGroup?: string | undefined };

/** The gap from `now` to `aim`, with the bands crossed (labels) if any. */
export function gapBetween(scale: Scale, rating: Rating): Gap {
  const from = levelIndex(scale, rating.now);
  const to = levelIndex(scale, rating.aim);
  if (from < 0 || to < 0) return { kind: 'none' };
  if (from === to) return { kind: 'same', level: rating.now };
  const fromGroup = findGroup(scale, scale.levels[from]?.group);
  const toGroup = findGroup(scale, scale.levels[to]?.group);
  const crosses = fromGroup !== toGroup;
  return {
    kind: to > from ? 'up' : 'down',
    rungs: Math.abs(to - from),
    fromGroup: crosses ? fromGroup?.label : undefined,
    toGroup: crosses ? toGroup?.label : undefined,
  };
}

export interface Spread {
  /** Perspectives (by position) that have marked "now". */
  rated: number[];
  /** Perspectives still to rate. */
  unrated: number[];
  /** Rungs between the highest and lowest "now" marks. */
  rungs: number;
  highest: number[];
  lowest: number[];
}

/** How the perspectives' "now" marks differ. */
export function spreadOf(scale: Scale, ratings: readonly Rating[]): Spread {
  const positions = ratings.map((rating) => levelIndex(scale, rating.now));
  const rated = positions.flatMap((position, index) => (position >= 0 ? [index] : []));
  const unrated = positions.flatMap((position, index) => (position < 0 ? [index] : []));
  if (rated.length === 0) return { rated, unrated, rungs: 0, highest: [], lowest: [] };
  const values = rated.map((index) => positions[index] as number);
  const max = Math.max(...values);
  const min = Math.min(...values);
  return {
    rated,
    unrated,
    rungs: max - min,
    highest: rated.filter((index) => positions[index] === max),
    lowest: rated.filter((index) => positions[index] === min),
  };
}

/** Disagreement worth talking about: three rungs or more (as for uneven areas). */
export const MARKED_DISAGREEMENT = 3;

/** `Staff; People who use the service` -> ['Staff', 'People who use the service'] (deduplicated). */
export function parsePerspectives(attribute: string | null | undefined): string[] {
  const names = (attribute ?? '').split(';').map((name) => name.trim()).filter(Boolean);
  return [...new Set(names)];
}

/**
 * The form value: `name` and `name-aspiration` for the first perspective, and
 * `name-<perspective>` (kebab-case) with its `-aspiration` for each named one.
 */
export function formData(name: string, perspectives: readonly string[], ratings: readonly Rating[]): FormData {
  const data = new FormData();
  const first = ratings[0];
  if (first?.now) data.append(name, first.now);
  if (first?.aim) data.append(`${name}-aspiration`, first.aim);
  perspectives.forEach((perspective, index) => {
    const rating = ratings[index];
    const field = `${name}-${slugify(perspective, `perspective-${index + 1}`)}`;
    if (rating?.now) data.append(field, rating.now);
    if (rating?.aim) data.append(`${field}-aspiration`, rating.aim);
  });
  return data;
}
