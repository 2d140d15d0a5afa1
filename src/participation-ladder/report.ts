/**
 * What the reader takes away: a plain-text record (for a CPD portfolio) and
 * a JSON record. Pure functions of the widget's state.
 */
import type { Translator } from '../shared/strings.js';
import { findLevel, type Scale } from './scales.js';
import type { Rating } from './ratings.js';
import { AREAS, type Answers } from './questionnaire.js';
import { describeRating, describeSpread } from './wording.js';

export interface LadderState {
  heading: string;
  scale: Scale;
  /** Perspective names; one unnamed perspective when the page gives none. */
  perspectives: readonly string[];
  ratings: readonly Rating[];
  answers: readonly Answers[];
  date: Date;
}

export function ladderAsText(t: Translator, state: LadderState): string {
  const lines = [state.heading, t('report.scale', { scale: state.scale.name }), t('report.date', { date: t.date(state.date, { dateStyle: 'long' }) }), ''];
  state.ratings.forEach((rating, index) => {
    const perspective = state.perspectives[index];
    if (perspective) lines.push(t('report.perspective', { perspective }));
    lines.push(...describeRating(t, state.scale, rating), '');
  });
  if (state.perspectives.length > 1) {
    lines.push(t('spread.heading'), ...describeSpread(t, state.scale, state.perspectives, state.ratings), '');
  }
  return lines.join('\n').trim() + '\n';
}

export function ladderAsJson(state: LadderState): object {
  const levelOf = (id: string) => {
    const level = findLevel(state.scale, id);
    return level ? { id: level.id, label: level.label, rung: state.scale.levels.indexOf(level) + 1 } : null;
  };
  return {
    heading: state.heading,
    scale: { id: state.scale.id, name: state.scale.name, rungs: state.scale.levels.length },
    ratings: state.ratings.map((rating, index) => ({
      perspective: state.perspectives[index] ?? null,
      now: levelOf(rating.now),
      aim: levelOf(rating.aim),
      questionnaire: Object.fromEntries(
        AREAS.filter((area) => state.answers[index]?.[area] !== undefined).map((area) => {
          const answer = state.answers[index]?.[area];
          const level = typeof answer === 'number' ? state.scale.levels[answer] : undefined;
          return [area, level ? level.id : null];
        }),
      ),
    })),
    exportedAt: state.date.toISOString(),
    generator: 'critical-friend <cf-participation-ladder>',
  };
}

/** Label of a level by position, for the questionnaire profile. */
export function labelAt(scale: Scale, position: number): string {
  return scale.levels[position]?.label ?? '';
}
