/**
 * The points as the widget holds them, and every change made to the list
 * (layer 1: pure). Each change returns a new list, so assigning it to the
 * element's reactive `points` re-renders; the element keeps only the flow
 * (who may change what, what is announced, where focus goes).
 */
import { SIDES, type Side, type Weight } from './balance.js';
import type { AuthorPoint } from './points.js';
import type { AppraisalPoint } from './wording.js';

/** A point as the widget holds it. */
export interface PointState extends AppraisalPoint {
  id: string;
  /** The weight the author gave (or the default): what form reset and "Clear my answers" go back to. */
  authorWeight: Weight;
  /** The reader has weighed this point (their own points always): until then `weight` is the author's suggestion. */
  chosen: boolean;
}

/** A point as the `pros` / `cons` properties return it. */
export interface ProsConsPoint {
  text: string;
  weight: Weight;
  by: 'author' | 'reader';
}

export type MakePoint = (point: AuthorPoint, by: 'author' | 'reader', weight?: Weight) => PointState;

/** One element's point factory: the ids ("a1", "r2") name the point's controls in its shadow root, so they only need to be unique there. */
export function pointMaker(): MakePoint {
  let nextId = 0;
  return (point, by, weight = point.weight) => {
    nextId += 1;
    return { id: `${by === 'author' ? 'a' : 'r'}${nextId}`, side: point.side, text: point.text, weight, authorWeight: point.weight, by, chosen: by === 'reader' };
  };
}

export function pointsOn<P extends { side: Side }>(points: readonly P[], side: Side): P[] {
  return points.filter((point) => point.side === side);
}

/** The author's points as shown, for the structured data's review. */
export function authorTexts(points: readonly PointState[], side: Side): string[] {
  return pointsOn(points, side).filter((point) => point.by === 'author').map((point) => point.text);
}

/** Pros first, then cons; on each side the author's points, then the reader's. */
export function ordered(points: readonly PointState[]): PointState[] {
  return SIDES.flatMap((side) => [
    ...points.filter((point) => point.side === side && point.by === 'author'),
    ...points.filter((point) => point.side === side && point.by === 'reader'),
  ]);
}

/**
 * The author's (new) points with the reader's own after them. A weight the
 * reader chose for an author point that is still there is kept; a weight the
 * reader left alone follows the author's (new) weight.
 */
export function withAuthorPoints(points: readonly PointState[], authorPoints: readonly AuthorPoint[], makePoint: MakePoint): PointState[] {
  const previous = points.filter((point) => point.by === 'author');
  const fresh = authorPoints.map((point) => {
    const index = previous.findIndex((old) => old.side === point.side && old.text === point.text);
    const kept = index >= 0 ? previous.splice(index, 1)[0] : undefined;
    return kept?.chosen ? { ...makePoint(point, 'author', kept.weight), chosen: true } : makePoint(point, 'author');
  });
  return ordered([...fresh, ...points.filter((point) => point.by === 'reader')]);
}

/** The author's points with the author's weights, none of them chosen by the reader. */
export function authorSuggestions(points: readonly PointState[]): PointState[] {
  return points.filter((point) => point.by === 'author').map((point) => ({ ...point, weight: point.authorWeight, chosen: false }));
}

/** The reader weighed point `id`: picking the suggested weight is an answer too, so it is chosen either way. */
export function withWeight(points: readonly PointState[], id: string, weight: Weight): PointState[] {
  return points.map((point) => (point.id === id ? { ...point, weight, chosen: true } : point));
}

export function withText(points: readonly PointState[], id: string, text: string): PointState[] {
  return points.map((point) => (point.id === id ? { ...point, text } : point));
}

/** Without the reader's point `id`; the author's points cannot be removed. */
export function withoutReaderPoint(points: readonly PointState[], id: string): PointState[] {
  return points.filter((point) => !(point.id === id && point.by === 'reader'));
}
