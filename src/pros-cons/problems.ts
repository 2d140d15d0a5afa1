/**
 * What is wrong with the author's input, in words (layer 1: pure): a console
 * warning that tells the author how to fix the page, and the short messages
 * the reader sees in the widget.
 */
import type { Translator } from '../shared/strings.js';
import type { Side } from './balance.js';
import { MAX_POINTS_PER_SIDE, type Problem } from './points.js';

/** Where the author's points came from. */
export type Source = 'lists' | 'json' | 'properties';

/** Problems shown to the reader too (the rest go to the console only). */
const VISIBLE = new Set(['json', 'json-shape', 'property-shape', 'unslotted', 'too-many', 'no-points']);

function explain(problem: Problem, source: Source): string {
  const where = { lists: 'the slotted lists', json: 'the child <script type="application/json">', properties: 'the pros/cons properties' }[source];
  const side = problem.side === 'pro' ? 'pros' : problem.side === 'con' ? 'cons' : '';
  switch (problem.code) {
    case 'json':
      return `the child <script type="application/json"> is not valid JSON (${problem.detail ?? ''}); the slotted lists are used instead`;
    case 'json-shape':
      return `the child <script type="application/json"> must be { "pros": [...], "cons": [...] }${side ? ` (its "${side}" is not a list)` : ''}`;
    case 'property-shape':
      return `the ${side} property must be an array of { text, weight? }`;
    case 'weight':
      return `a weight in ${where} (${side}) is "${problem.detail ?? ''}", not 0, 1, 2 or 3; it was brought into range (or set to 2, "important")`;
    case 'text':
      return `an item in ${where} (${side}) has no text (${problem.detail ?? ''}) and is skipped`;
    case 'too-many':
      return `${where} has ${problem.count ?? 0} ${side}; only the first ${MAX_POINTS_PER_SIDE} are shown`;
    case 'unslotted':
      return 'the lists have no slot attribute; write <ul slot="pros"> and <ul slot="cons">';
    case 'no-points':
      return 'there are no points: give <ul slot="pros"> / <ul slot="cons"> lists, a child <script type="application/json">{"pros":[...],"cons":[...]}</script>, or the pros/cons properties';
  }
}

/** The key of the console warning for these problems: one warning per kind of problem, not per reading. */
export function problemsWarningKey(problems: readonly Problem[]): string {
  return `input:${[...new Set(problems.map((problem) => `${problem.code}${problem.side ?? ''}`))].sort().join(',')}`;
}

/** One console message for everything wrong with one reading of the input. */
export function problemsForConsole(problems: readonly Problem[], source: Source): string {
  return `${[...new Set(problems.map((problem) => explain(problem, source)))].join('; ')}.`;
}

function message(t: Translator, problem: Problem, readMode: boolean, sideInSentence: (side: Side) => string): string {
  switch (problem.code) {
    case 'json':
      return t('error.json', { reason: problem.detail ?? '' });
    case 'json-shape':
      return t('error.jsonShape');
    case 'property-shape':
      return t('error.property');
    case 'unslotted':
      return t('error.unslotted');
    case 'too-many':
      return t('error.tooMany', { max: t.number(MAX_POINTS_PER_SIDE), count: t.number(problem.count ?? 0), side: sideInSentence(problem.side ?? 'pro') });
    default:
      return t(readMode ? 'error.noPointsRead' : 'error.noPointsAppraise');
  }
}

/** The messages the reader sees, each once. */
export function visibleProblems(t: Translator, problems: readonly Problem[], readMode: boolean, sideInSentence: (side: Side) => string): string[] {
  return [...new Set(problems.filter((problem) => VISIBLE.has(problem.code)).map((problem) => message(t, problem, readMode, sideInSentence)))];
}
