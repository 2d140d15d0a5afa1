import type { StringTable } from '../shared/strings.js';
import { formStrings } from '../shared/form-strings.js';

/**
 * Built-in British English strings of `<cf-participation-ladder>`. A page can
 * replace any key (see docs/reference.md). The scales' own words can be replaced
 * too: `scale.<scale>.name`, `level.<id>.label`, `level.<id>.description`,
 * `group.<id>.label`, `about.<scale>.<n>` (paragraphs from 1); and the
 * questionnaire's: `area.<area>`, `question.<area>`, `answer.<area>.<n>`
 * (n from 1 at the bottom rung). Areas: agenda, design, decisions, money,
 * evaluation, feedback. The level, group and answer keys may also name the
 * scale, which wins within the same table: `level.<scale>.<id>.label`,
 * `group.<scale>.<id>.label`, `answer.<scale>.<area>.<n>` (the built-in
 * locales use these, as level ids such as `manipulation` recur across scales).
 */
export const ladderStrings: StringTable = {
  ...formStrings,
  // the questionnaire's own strings arrive with it: ./help-strings.ts
  heading: 'Where does participation sit?',
  required: 'An answer is required.',
  intro: 'Choose the rung that best describes how things are now and, if you wish, where you want to be.',
  'marking.label': 'Next click sets',
  'marking.now': 'Where we are now',
  'marking.aim': 'Where we want to be',
  'ladder.label': '{scale}: {marking}',
  'ladder.labelPerspective': '{scale}: {marking} ({perspective})',
  'level.position': 'rung {position} of {total}',
  'mark.now': 'Now',
  'mark.aim': 'Aim',
  'mark.perspectiveNow': '{perspective}: now',
  'mark.perspectiveAim': '{perspective}: aim',
  'summary.empty': 'Nothing is marked yet. Choose the rung that best describes where participation is now.',
  'summary.now': 'Where we are now: {level}.',
  'summary.aim': 'Where we want to be: {level}.',
  'summary.addAim': 'Mark where you want to be to see the gap.',
  'gap.same': 'You are where you want to be.',
  'gap.up.one': 'You want to move up {count} rung, from {now} to {aim}.',
  'gap.up.other': 'You want to move up {count} rungs, from {now} to {aim}.',
  'gap.down.one': 'Your aim is {count} rung below where you are now, from {now} down to {aim}. That can be the right choice: the top rung is not always the goal.',
  'gap.down.other': 'Your aim is {count} rungs below where you are now, from {now} down to {aim}. That can be the right choice: the top rung is not always the goal.',
  'gap.crosses': 'That crosses from {from} into {to}.',
  'perspectives.label': 'Whose view are you rating?',
  'perspectives.rated': '{perspective}, rated',
  'spread.heading': 'How the views compare',
  'spread.none': 'Rate each perspective to compare them.',
  'spread.todo': 'Still to rate: {names}.',
  'spread.one': 'Only {perspective} is rated so far: {level}.',
  'spread.agree': 'Every view rated so far puts it at the same rung: {level}.',
  'spread.apart.one': 'The views are {count} rung apart. {list}.',
  'spread.apart.other': 'The views are {count} rungs apart. {list}.',
  'spread.entry': '{perspective}: {level}',
  'spread.marked': 'That is a real difference, worth talking through together.',
  'help.open': 'Help me decide',
  'help.accepted': 'Marked {level} as where we are now.',
  'actions.label': 'Keep a copy',
  'actions.image': 'Download image',
  loading: 'Loading…',
  copyFailed: 'Could not copy: the browser blocked the clipboard. Try "Download JSON" instead.',
  'announce.now': 'Where we are now: {level}.',
  'announce.aim': 'Where we want to be: {level}.',
  'announce.perspective': '{perspective}: {announcement}',
  'announce.nextAim': 'Next, choose where you want to be: the next click sets that.',
  'validation.required': 'Choose the rung that best describes where participation is now.',
  'about.title': 'About this model',
  'error.json': 'The custom scale could not be read ({reason}). Showing Arnstein’s ladder instead.',
  'error.scale': 'There is no scale called “{scale}”. Showing Arnstein’s ladder instead.',
  'error.value': '“{value}” is not a rung on this ladder, so nothing is marked yet.',
  'report.scale': 'Scale: {scale}',
  'report.perspective': 'Perspective: {perspective}',
};
