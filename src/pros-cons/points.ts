/**
 * Reading the author's points (layer 1: no rendering). Three sources, in
 * order of precedence:
 * 1. the `pros` / `cons` properties (set from script);
 * 2. a child `<script type="application/json">{"pros": [...], "cons": [...]}</script>`,
 *    items as strings or `{ "text": "...", "weight": 0..3 }`;
 * 3. light-DOM lists `<ul slot="pros">` / `<ul slot="cons">` (or `<ol>`),
 *    one `<li>` per point, optional `data-weight="0".."3"`.
 *
 * Point text is always text: list items are read with `textContent`, never
 * as HTML. Whitespace is collapsed, so the text matches what a reader sees.
 *
 * Bad input never throws: it comes back as `problems`, and the element turns
 * them into a visible message and one console warning.
 * - A weight that is not 0-3: a number is rounded and clamped into 0-3
 *   (7 becomes 3, -1 becomes 0); anything else takes the default weight.
 * - An empty point is skipped.
 * - More than `MAX_POINTS_PER_SIDE` points on a side: the first ones are used.
 */
import { isRecord, readJsonChild } from '../shared/json-child.js';
import type { Source } from './problems.js';
import { isWeight, MAX_WEIGHT, MIN_WEIGHT, type Side, type Weight } from './balance.js';

/**
 * The weight of a point whose author gives none: 2, "important". It assumes
 * every point the author wrote matters until the reader says otherwise, and
 * keeps an untouched appraisal as balanced as the author's lists (7 pros and
 * 6 cons, all "important", come out balanced, as the seed blog concludes).
 */
export const DEFAULT_WEIGHT: Weight = 2;

/**
 * At most this many points per side are shown (author's and reader's
 * together). A longer list is cut with a message: 50 points is already more
 * than anyone weighs in one sitting, and it keeps a page of widgets fast.
 */
export const MAX_POINTS_PER_SIDE = 50;

/** Longest point text kept (characters); longer text is cut with an ellipsis. */
export const MAX_TEXT_LENGTH = 1000;

/** A point as pages pass it in (`pros`/`cons` properties and JSON items). */
export interface PointInput {
  text: string;
  weight?: number;
}

/** A point as the author gave it, after checking. */
export interface AuthorPoint {
  side: Side;
  text: string;
  /** The author's weight, or `DEFAULT_WEIGHT`. */
  weight: Weight;
}

export type ProblemCode = 'json' | 'json-shape' | 'property-shape' | 'weight' | 'text' | 'too-many' | 'no-points' | 'unslotted';

export interface Problem {
  code: ProblemCode;
  side?: Side;
  /** For `too-many`: how many there were. */
  count?: number;
  /** A short technical detail (parser message, bad value). */
  detail?: string;
}

export interface ReadResult {
  points: AuthorPoint[];
  problems: Problem[];
}

/** Collapse runs of whitespace and trim; cut over-long text. */
export function normaliseText(text: string): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return collapsed.length > MAX_TEXT_LENGTH ? `${collapsed.slice(0, MAX_TEXT_LENGTH - 1)}…` : collapsed;
}

/** A weight from an attribute, JSON or a property: `undefined` means "not given". */
export function readWeight(raw: unknown): { weight: Weight; problem?: string } {
  if (raw === undefined || raw === null || raw === '') return { weight: DEFAULT_WEIGHT };
  const number = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
  if (isWeight(number)) return { weight: number };
  if (typeof number === 'number' && Number.isFinite(number)) {
    const clamped = Math.min(MAX_WEIGHT, Math.max(MIN_WEIGHT, Math.round(number))) as Weight;
    return { weight: clamped, problem: String(raw) };
  }
  return { weight: DEFAULT_WEIGHT, problem: String(raw) };
}

/** Check one side's items (strings or `{ text, weight }`). */
export function readItems(items: readonly unknown[], side: Side): ReadResult {
  const points: AuthorPoint[] = [];
  const problems: Problem[] = [];
  for (const item of items) {
    let text: string;
    let rawWeight: unknown;
    if (typeof item === 'string') text = item;
    else if (isRecord(item) && typeof item['text'] === 'string') {
      text = item['text'];
      rawWeight = item['weight'];
    } else if (typeof item === 'number') text = String(item);
    else {
      problems.push({ code: 'text', side, detail: JSON.stringify(item) ?? String(item) });
      continue;
    }
    text = normaliseText(text);
    if (!text) {
      problems.push({ code: 'text', side, detail: 'empty' });
      continue;
    }
    const weight = readWeight(rawWeight);
    if (weight.problem !== undefined) problems.push({ code: 'weight', side, detail: weight.problem });
    points.push({ side, text, weight: weight.weight });
  }
  return { points, problems };
}

/** The points of the child JSON (already parsed). */
export function readJsonPoints(value: unknown): ReadResult {
  if (!isRecord(value) || (!Array.isArray(value['pros']) && !Array.isArray(value['cons']))) {
    return { points: [], problems: [{ code: 'json-shape' }] };
  }
  const problems: Problem[] = [];
  const points: AuthorPoint[] = [];
  for (const [key, side] of [['pros', 'pro'], ['cons', 'con']] as const) {
    const items = value[key];
    if (items === undefined) continue;
    if (!Array.isArray(items)) {
      problems.push({ code: 'json-shape', side });
      continue;
    }
    const read = readItems(items, side);
    points.push(...read.points);
    problems.push(...read.problems);
  }
  return { points, problems };
}

/** The points of a property value (`pros` or `cons`): an array of `{ text, weight? }` or strings. */
export function readPropertyPoints(value: unknown, side: Side): ReadResult {
  if (value === undefined || value === null) return { points: [], problems: [] };
  if (!Array.isArray(value)) return { points: [], problems: [{ code: 'property-shape', side }] };
  return readItems(value, side);
}

const LIST_SELECTOR = ':scope > ul, :scope > ol';

/** The author's light-DOM lists for a side: direct children `<ul slot="pros">` / `<ol slot="pros">`. */
export function listsFor(host: Element, side: Side): Element[] {
  const slot = side === 'pro' ? 'pros' : 'cons';
  return Array.from(host.querySelectorAll(LIST_SELECTOR)).filter((list) => list.getAttribute('slot') === slot);
}

/** Read the light-DOM lists: each `<li>` (direct child of a list) is a point; its text is its `textContent`. */
export function readListPoints(host: Element): ReadResult {
  const points: AuthorPoint[] = [];
  const problems: Problem[] = [];
  for (const side of ['pro', 'con'] as const) {
    for (const list of listsFor(host, side)) {
      for (const item of Array.from(list.children)) {
        if (item.localName !== 'li') continue;
        const text = normaliseText(item.textContent ?? '');
        if (!text) continue; // an empty <li> shows nothing, so it is no point
        const weight = readWeight(item.getAttribute('data-weight') ?? undefined);
        if (weight.problem !== undefined) problems.push({ code: 'weight', side, detail: weight.problem });
        points.push({ side, text, weight: weight.weight });
      }
    }
  }
  const unslotted = Array.from(host.querySelectorAll(LIST_SELECTOR)).filter((list) => !list.hasAttribute('slot'));
  if (unslotted.length > 0 && points.length === 0) problems.push({ code: 'unslotted' });
  return { points, problems };
}

/**
 * Apply the per-side cap and the "no points" check to read points. The points
 * keep their order: pros, then cons.
 */
export function capPoints(read: ReadResult, max = MAX_POINTS_PER_SIDE): ReadResult {
  const problems = [...read.problems];
  const points: AuthorPoint[] = [];
  for (const side of ['pro', 'con'] as const) {
    const onSide = read.points.filter((point) => point.side === side);
    if (onSide.length > max) problems.push({ code: 'too-many', side, count: onSide.length });
    points.push(...onSide.slice(0, max));
  }
  if (points.length === 0 && !problems.some((problem) => problem.code === 'json' || problem.code === 'json-shape' || problem.code === 'unslotted')) {
    problems.push({ code: 'no-points' });
  }
  return { points, problems };
}

/** The author's points from the properties (when set), else the child JSON, else the lists; with where they came from. */
export function readAuthorInput(host: Element, propertyPros: unknown, propertyCons: unknown): { read: ReadResult; source: Source } {
  if (propertyPros !== undefined || propertyCons !== undefined) {
    const pros = readPropertyPoints(propertyPros, 'pro');
    const cons = readPropertyPoints(propertyCons, 'con');
    return { read: { points: [...pros.points, ...cons.points], problems: [...pros.problems, ...cons.problems] }, source: 'properties' };
  }
  const child = readJsonChild(host);
  if (child.found) {
    if (child.ok) {
      const json = readJsonPoints(child.value);
      if (!json.problems.some((problem) => problem.code === 'json-shape' && !problem.side)) return { read: json, source: 'json' };
      const lists = readListPoints(host);
      return { read: { points: lists.points, problems: [...json.problems, ...lists.problems] }, source: 'lists' };
    }
    const lists = readListPoints(host);
    return { read: { points: lists.points, problems: [{ code: 'json', detail: child.error }, ...lists.problems] }, source: 'lists' };
  }
  return { read: readListPoints(host), source: 'lists' };
}
