/**
 * The levels a ladder's `value` (where we are now) and `aspiration` (where
 * we want to be) may name: those of the author's own scale when the form has
 * one (it replaces the preset), else those of the chosen preset, read from
 * the widget's own scale data, so the builder holds no rung ids of its own.
 *
 * The two fields offer the ids (a datalist, and the hint beside them names
 * them), and a mark that is not a level is a check like any other (listed,
 * its field marked invalid), said in that hint too. The snippet keeps what the author typed, as
 * it keeps a language tag to check: the widget then says so too.
 */
import { loadPresetScales, type PresetId, type Scale } from '../../index.js';
import { findLevel, isPresetId } from '../../participation-ladder/scales.js';
import { customScaleOf, listed, type Check } from './details.js';
import { valueOf } from './form.js';

/** The datalist the two fields offer, and the part of their hint that names the levels. */
export const RUNGS_LIST_ID = 'cf-rungs';
export const RUNGS_NAMED_ID = 'cf-rungs-named';
export const MARKS_PROBLEM_ID = 'cf-marks-problem';

const MARKS = ['value', 'aspiration'];

/** The scale the marks are checked against, as the author knows it. */
export interface MarkedScale {
  /** "your scale", or the preset's name. */
  name: string;
  levels: { id: string; label: string }[];
}

/**
 * The presets, loaded once for the page when a ladder is first configured
 * (Hart, IAP2 and TLAP are the widget's lazy chunk); `arrived` renders again.
 */
export class PresetRungs {
  private presets?: Readonly<Record<PresetId, Scale>>;
  private arriving?: Promise<void>;

  constructor(private readonly arrived: () => void) {}

  /** The form's ladder scale; undefined while the presets load (no check rather than a wrong one). */
  scaleOf(form: HTMLFormElement): MarkedScale | undefined {
    const own = customScaleOf(form);
    if (own) return { name: 'your scale', levels: own.levels };
    const chosen = valueOf(form, 'scale') || 'arnstein';
    this.arriving ??= loadPresetScales().then(
      (presets) => {
        this.presets = presets;
        this.arrived();
      },
      () => undefined, // unchecked, as before: the preview's widget still warns
    );
    return this.presets && isPresetId(chosen) ? this.presets[chosen] : undefined;
  }
}

/** A check for each mark that is not a level of `scale`, naming the levels it may be. */
export function markChecks(form: HTMLFormElement, scale: MarkedScale | undefined): Check[] {
  if (!scale) return [];
  const ids = listed(scale.levels.map((level) => level.id));
  return MARKS.flatMap((name) => {
    const chosen = valueOf(form, name).trim();
    return chosen && !findLevel(scale, chosen) ? [{ text: `"${chosen}" is not a level of ${scale.name}: use one of ${ids}.`, field: name }] : [];
  });
}

/**
 * Beside the two fields: `scale`'s levels offered (only when they change: a
 * datalist redrawn while open closes) and named in their hint, and what is
 * wrong with the marks, so the author need not look for it in the list.
 */
export function showRungs(form: HTMLFormElement, scale: MarkedScale | undefined, problems: Check[]): void {
  const doc = form.ownerDocument;
  const problem = doc.getElementById(MARKS_PROBLEM_ID);
  if (problem) problem.textContent = problems.map((check) => check.text).join(' ');
  const list = doc.getElementById(RUNGS_LIST_ID);
  const named = doc.getElementById(RUNGS_NAMED_ID);
  const levels = scale?.levels ?? [];
  const key = JSON.stringify([scale?.name, levels.map((level) => [level.id, level.label])]);
  if (!list || list.dataset.levels === key) return;
  list.dataset.levels = key;
  list.replaceChildren(
    ...levels.map((level) => {
      const option = doc.createElement('option');
      option.value = level.id;
      option.label = level.label;
      return option;
    }),
  );
  if (named) named.textContent = scale ? `The levels of ${scale.name}, bottom to top: ${listed(levels.map((level) => level.id))}.` : '';
}
