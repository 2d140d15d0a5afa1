/**
 * What `persist`, the browser's form state restore and "Undo" keep: every
 * perspective's marks and answers, for one scale. A kept copy may come from
 * an older page, so marks read back are checked against the scale's levels.
 */
import { isRecord } from '../shared/json-child.js';
import { findLevel, type Scale } from './scales.js';
import { validAnswers, type Answers } from './areas.js';
import type { Rating } from './ratings.js';

export const EMPTY_RATING: Rating = { now: '', aim: '' };

export function savedState(scale: Scale, ratings: readonly Rating[], answers: readonly Answers[]): Record<string, unknown> {
  return { scale: scale.id, ratings, answers };
}

/** A kept copy made on this scale (one made on another is ignored). */
export function isSavedFor(saved: unknown, scale: Scale): saved is Record<string, unknown> {
  return isRecord(saved) && saved['scale'] === scale.id;
}

/** `count` perspectives' marks and answers from `saved`, keeping only levels of `scale`. */
export function readSaved(saved: Record<string, unknown>, scale: Scale, count: number): { ratings: Rating[]; answers: Answers[] } {
  const ratings: unknown[] = Array.isArray(saved['ratings']) ? saved['ratings'] : [];
  const answers: unknown[] = Array.isArray(saved['answers']) ? saved['answers'] : [];
  const levelOrEmpty = (id: unknown) => (typeof id === 'string' && findLevel(scale, id) ? id : '');
  const perspectives = Array.from({ length: count }, (_, index) => index);
  return {
    ratings: perspectives.map((index) => {
      const rating = ratings[index];
      return isRecord(rating) ? { now: levelOrEmpty(rating['now']), aim: levelOrEmpty(rating['aim']) } : { ...EMPTY_RATING };
    }),
    answers: perspectives.map((index) => validAnswers(answers[index], scale.levels.length)),
  };
}
