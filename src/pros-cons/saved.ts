/**
 * A saved appraisal (the JSON record, from `persist`, `value` or the form's
 * restore) applied to the author's points (layer 1: pure).
 */
import { isRecord } from '../shared/json-child.js';
import { isWeight, type Side, type Weight } from './balance.js';
import { MAX_POINTS_PER_SIDE, normaliseText, type AuthorPoint } from './points.js';

interface MatchablePoint {
  side: Side;
  text: string;
  weight: Weight;
  authorWeight: Weight;
  chosen: boolean;
}

/** The saved record in `json`, or what is wrong with it (as `value` and the form's restore give it). */
export function parseSavedJson(json: string): Record<string, unknown> | string {
  try {
    const parsed: unknown = JSON.parse(json);
    return isRecord(parsed) ? parsed : 'not an object';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * The author's points (given with the author's weights, none chosen) take
 * the saved weights of those still there, matched by side and text; the
 * reader's saved points follow, made by `makeReaderPoint`, while a side has
 * room. Anything malformed is skipped. A record without `chosen` flags
 * (before 0.2) counts a weight that differs from the author's as chosen.
 */
export function mergeSaved<P extends MatchablePoint>(authorPoints: P[], saved: Record<string, unknown>, makeReaderPoint: (point: AuthorPoint) => P): P[] {
  const unmatched = [...authorPoints];
  const readerPoints: P[] = [];
  const count = (side: Side) => [...authorPoints, ...readerPoints].filter((point) => point.side === side).length;
  for (const [key, side] of [['pros', 'pro'], ['cons', 'con']] as const) {
    const items = saved[key];
    if (!Array.isArray(items)) continue;
    for (const item of items) {
      if (!isRecord(item) || typeof item['text'] !== 'string' || !isWeight(item['weight'])) continue;
      const text = normaliseText(item['text']);
      if (!text) continue;
      if (item['by'] === 'reader') {
        if (count(side) < MAX_POINTS_PER_SIDE) readerPoints.push(makeReaderPoint({ side, text, weight: item['weight'] }));
        continue;
      }
      const index = unmatched.findIndex((point) => point.side === side && point.text === text);
      const match = index >= 0 ? unmatched.splice(index, 1)[0] : undefined;
      if (match) {
        match.weight = item['weight'];
        match.chosen = typeof item['chosen'] === 'boolean' ? item['chosen'] : match.weight !== match.authorWeight;
      }
    }
  }
  return [...authorPoints, ...readerPoints];
}
