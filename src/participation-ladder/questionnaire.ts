/**
 * "Help me decide" (layer 1): six decision areas, one answer per area, and a
 * transparent suggestion. Design from DOMAIN.md (after Shier 2001 and the
 * WaterAid ladder interviews): the profile is the level per area; the
 * suggestion is the median of the answered areas (the lower middle one when
 * their number is even, so the suggestion never flatters); areas that differ
 * widely are named.
 */
import type { Scale } from './scales.js';
import { AREAS, type Answers, type Area } from './areas.js';

export { AREAS, type Answers, type Area };

export const AREA_LABELS: Record<Area, string> = {
  agenda: 'Agenda',
  design: 'Design',
  decisions: 'Decisions',
  money: 'Money and resources',
  evaluation: 'Evaluation',
  feedback: 'Feedback',
};

export const AREA_QUESTIONS: Record<Area, string> = {
  agenda: 'Who sets the agenda: what gets talked about and prioritised?',
  design: 'Who shapes how the service or project is designed?',
  decisions: 'Who has the final say?',
  money: 'Who controls money and resources?',
  evaluation: 'Whose knowledge counts when judging success?',
  feedback: "What happens to people's views?",
};

/**
 * Arnstein answers phrased for each area, bottom rung first. Other scales use
 * their own level labels and descriptions as the answers.
 */
export const ARNSTEIN_ANSWERS: Record<Area, readonly string[]> = {
  agenda: [
    'Staff set it; people are brought in only to back it.',
    "It centres on changing people's attitudes or behaviour.",
    "People are told what is on the agenda.",
    'People are asked what matters to them; staff set the agenda.',
    'A few people advise on the agenda; staff keep the final word.',
    'People and staff set the agenda together.',
    'People who use the service set most of the agenda.',
    'People who use the service set the agenda.',
  ],
  design: [
    'People are shown designs only to approve them.',
    'Design work is used to change people, not the service.',
    'People are told how it will be designed.',
    'People comment on designs; staff decide.',
    'A few people sit on a design group that advises staff.',
    'People and staff design it together as partners.',
    'People who use the service lead the design, with staff support.',
    'People who use the service design it themselves.',
  ],
  decisions: [
    'People are not involved, or only to endorse what is decided.',
    'Involvement is about changing people, not the service.',
    'People are told what was decided.',
    'People are asked; staff decide.',
    'A few people advise; staff keep the final say.',
    'People and staff decide together through agreed arrangements.',
    'People who use the service hold most of the say.',
    'People who use the service are fully in charge.',
  ],
  money: [
    'People have no sight of the budget; their names may be used to justify it.',
    'Resources go on programmes to change people.',
    'People are told how the money is spent.',
    'People are asked for views on spending; staff decide.',
    'A few people advise on spending; staff hold the budget.',
    'People and staff agree the budget together.',
    'People who use the service control most of the budget.',
    'People who use the service hold and manage the budget.',
  ],
  evaluation: [
    "People's stories are used to show a success that others defined.",
    'Success means people changing their behaviour.',
    'People are told the results.',
    'People fill in surveys; staff judge success.',
    'A few people comment on findings; staff draw the conclusions.',
    'People and staff agree the measures and judge success together.',
    'People who use the service lead the evaluation.',
    'People who use the service define and run the evaluation.',
  ],
  feedback: [
    'Views are collected for show; nothing changes.',
    'Views are treated as a sign of what people must change in themselves.',
    'People hear about changes, but their views were not sought.',
    'Views are gathered, but people rarely hear what difference they made.',
    'Some views are taken up when staff agree with them.',
    'Views are acted on through agreed joint arrangements, and people hear the outcome.',
    "People's views decide what changes.",
    'People who use the service decide on the changes and make them.',
  ],
};

/** The answer texts for one area on a scale, bottom level first. */
export function answersFor(scale: Scale, area: Area): string[] {
  if (scale.id === 'arnstein') return [...ARNSTEIN_ANSWERS[area]];
  return scale.levels.map((level) => (level.description ? `${level.label}: ${level.description}` : level.label));
}

export interface Suggestion {
  /** Suggested level position (0 = bottom). */
  level: number;
  /** Areas answered, in questionnaire order, with their level. */
  profile: Array<{ area: Area; level: number }>;
  /** Set when the answered areas differ widely. */
  uneven?: { strongest: Area[]; weakest: Area[]; spread: number };
}

/**
 * How far apart two areas must be to call participation uneven: three rungs
 * on an eight-rung ladder (DOMAIN.md), scaled for shorter scales, never below two.
 */
export function unevenThreshold(levelCount: number): number {
  return Math.max(2, Math.round((levelCount * 3) / 8));
}

/** The suggestion for a set of answers, or undefined when none is answered. */
export function suggestLevel(answers: Answers, levelCount: number): Suggestion | undefined {
  const profile = AREAS.flatMap((area) => {
    const level = answers[area];
    return typeof level === 'number' && level >= 0 && level < levelCount ? [{ area, level }] : [];
  });
  if (profile.length === 0) return undefined;
  const sorted = profile.map((entry) => entry.level).sort((a, b) => a - b);
  const level = sorted[Math.floor((sorted.length - 1) / 2)] as number;
  const highest = sorted[sorted.length - 1] as number;
  const lowest = sorted[0] as number;
  const suggestion: Suggestion = { level, profile };
  if (highest - lowest >= unevenThreshold(levelCount)) {
    suggestion.uneven = {
      strongest: profile.filter((entry) => entry.level === highest).map((entry) => entry.area),
      weakest: profile.filter((entry) => entry.level === lowest).map((entry) => entry.area),
      spread: highest - lowest,
    };
  }
  return suggestion;
}
