/**
 * The six decision areas of "Help me decide", apart from its questions and
 * answers: the element and the exports need only these, and the rest loads
 * when a reader opens the questionnaire.
 */
export const AREAS = ['agenda', 'design', 'decisions', 'money', 'evaluation', 'feedback'] as const;
export type Area = (typeof AREAS)[number];

/** One answer per area: the chosen level's position (0 = bottom), or null for "not sure". */
export type Answers = Partial<Record<Area, number | null>>;
