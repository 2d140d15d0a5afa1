import type { StringTable } from '../shared/strings.js';

/**
 * The built-in British English strings of "Help me decide", kept apart from
 * ./strings.ts so that they load with the questionnaire (issue 10). A page
 * replaces them as any other key of the ladder (`strings`, `registerStrings`).
 */
export const helpStrings: StringTable = {
  'help.intro': 'Answer for each area of decision-making. The suggestion is the middle of your answers; you can accept it or choose another rung yourself.',
  'help.notSure': 'Not sure, or does not apply',
  'help.profile': 'Your answers by area',
  'help.profileEntry': '{area}: {level}',
  'help.noAnswers': 'Answer at least one question to see a suggestion.',
  'help.suggestion': 'Suggested rung: {level}.',
  'help.reasons': 'Why: the middle of your answers across {count} areas.',
  'help.uneven': 'Participation is uneven: strongest in {strongest}, weakest in {weakest}.',
  'help.accept': 'Use {level} as where we are now',
  'help.override': 'Not right? Choose a different rung on the ladder.',
};
