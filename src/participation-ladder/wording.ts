/**
 * Sentences a person would say about the marks, shared by the widget's
 * display and its text export so both always agree.
 */
import type { Translator } from '../shared/strings.js';
import { findLevel, type Scale } from './scales.js';
import { gapBetween, spreadOf, MARKED_DISAGREEMENT, type Rating } from './ratings.js';

/**
 * The scale in the page's words: every name a reader sees can be replaced
 * through the string table (`scale.<scale>.name`, `level.<id>.label`,
 * `level.<id>.description`, `group.<id>.label`, `about.<scale>.<n>`; the
 * level and group keys also with the scale's id, `level.<scale>.<id>.label`,
 * for words that differ between scales sharing a level id, as "manipulation"
 * in Arnstein and Hart does). Ids stay as they are, so marks and form values
 * do not change.
 */
export function localiseScale(t: Translator, scale: Scale): Scale {
  return {
    ...scale,
    name: t.lookup(`scale.${scale.id}.name`) ?? scale.name,
    levels: scale.levels.map((level) => ({
      ...level,
      label: t.lookup([`level.${scale.id}.${level.id}.label`, `level.${level.id}.label`]) ?? level.label,
      description: t.lookup([`level.${scale.id}.${level.id}.description`, `level.${level.id}.description`]) ?? level.description,
    })),
    groups: scale.groups.map((group) => ({ ...group, label: t.lookup([`group.${scale.id}.${group.id}.label`, `group.${group.id}.label`]) ?? group.label })),
    about: scale.about.map((paragraph, index) => t.lookup(`about.${scale.id}.${index + 1}`) ?? paragraph),
  };
}

function labelOf(scale: Scale, id: string): string {
  return findLevel(scale, id)?.label ?? id;
}

/** "Where we are now: X. Where we want to be: Y. You want to move up ..." */
export function describeRating(t: Translator, scale: Scale, rating: Rating): string[] {
  const sentences: string[] = [];
  if (!rating.now && !rating.aim) return [t('summary.empty')];
  if (rating.now) sentences.push(t('summary.now', { level: labelOf(scale, rating.now) }));
  if (rating.aim) sentences.push(t('summary.aim', { level: labelOf(scale, rating.aim) }));
  const gap = gapBetween(scale, rating);
  if (gap.kind === 'none' && rating.now) sentences.push(t('summary.addAim'));
  if (gap.kind === 'same') sentences.push(t('gap.same'));
  if (gap.kind === 'up' || gap.kind === 'down') {
    const names = { now: labelOf(scale, rating.now), aim: labelOf(scale, rating.aim) };
    sentences.push(t.plural(`gap.${gap.kind}`, gap.rungs, names));
    if (gap.fromGroup && gap.toGroup) sentences.push(t('gap.crosses', { from: gap.fromGroup, to: gap.toGroup }));
  }
  return sentences;
}

/** How the perspectives' "now" marks compare, in words. */
export function describeSpread(t: Translator, scale: Scale, perspectives: readonly string[], ratings: readonly Rating[]): string[] {
  const spread = spreadOf(scale, ratings);
  const sentences: string[] = [];
  if (spread.rated.length === 0) return [t('spread.none')];
  const [first = 0] = spread.rated;
  if (spread.rated.length === 1) {
    // one view cannot agree with anything: say what it shows
    sentences.push(t('spread.one', { perspective: perspectives[first] ?? '', level: labelOf(scale, ratings[first]?.now ?? '') }));
  } else if (spread.rungs === 0) {
    sentences.push(t('spread.agree', { level: labelOf(scale, ratings[first]?.now ?? '') }));
  } else {
    const list = spread.rated
      .map((index) => t('spread.entry', { perspective: perspectives[index] ?? '', level: labelOf(scale, ratings[index]?.now ?? '') }))
      .join('; ');
    sentences.push(t.plural('spread.apart', spread.rungs, { list }));
    if (spread.rungs >= MARKED_DISAGREEMENT) sentences.push(t('spread.marked'));
  }
  if (spread.unrated.length > 0) {
    sentences.push(t('spread.todo', { names: spread.unrated.map((index) => perspectives[index]).join(', ') }));
  }
  return sentences;
}
