/**
 * The six decision areas of "Help me decide", apart from its questions and
 * answers: the element and the exports need only these, and the rest loads
 * when a reader opens the questionnaire.
 */
import { isRecord } from '../shared/json-child.js';

export const AREAS = ['agenda', 'design', 'decisions', 'money', 'evaluation', 'feedback'] as const;
export type Area = (typeof AREAS)[number];

/** One answer per area: the chosen level's position (0 = bottom), or null for "not sure". */
export type Answers = Partial<Record<Area, number | null>>;

/** Saved or restored answers, keeping only areas answered with a level of this scale (or "not sure"). */
export function validAnswers(input: unknown, levelCount: number): Answers {
  if (!isRecord(input)) return {};
  const valid: Answers = {};
  for (const area of AREAS) {
    const answer = input[area];
    if (answer === null) valid[area] = null;
    else if (typeof answer === 'number' && Number.isInteger(answer) && answer >= 0 && answer < levelCount) valid[area] = answer;
  }
  return valid;
}
