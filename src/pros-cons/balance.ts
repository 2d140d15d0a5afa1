/**
 * The arithmetic of `<cf-pros-cons>` (layer 1: pure functions, no DOM).
 *
 * **Weights.** Each point has a weight 0 to 3: 0 "does not apply to me",
 * 1 "minor", 2 "important", 3 "crucial".
 *
 * **Balance.** With P the sum of the pros' weights and C the sum of the cons'
 * weights, the balance is b = (P - C) / (P + C), a number in [-1, 1]; it is 0
 * when P and C are both 0 (nothing applies, so nothing tips either way).
 *
 * **Verdict bands** (thresholds from the project's domain notes):
 *
 * | balance b            | band          | verdict (default strings)                        |
 * | -------------------- | ------------- | ------------------------------------------------ |
 * | b <= -0.6            | `mostly-cons` | Mostly cons                                      |
 * | -0.6 < b <= -0.2     | `leans-cons`  | Leans to cons                                    |
 * | -0.2 < b < 0.2       | `balanced`    | Balanced: neither overwhelmingly good nor bad    |
 * | 0.2 <= b < 0.6       | `leans-pros`  | Leans to pros                                    |
 * | b >= 0.6             | `mostly-pros` | Mostly pros                                      |
 *
 * The boundaries belong to the outer bands: exactly 0.2 leans to pros, exactly
 * -0.6 is mostly cons. Because weights are small integers, (P - C) / (P + C)
 * is computed exactly enough that these comparisons are reliable (3/5 is the
 * same double as 0.6; the nearest other fractions are far more than one
 * rounding step away).
 *
 * **Tipping point.** The smallest change that moves the verdict into another
 * band: one point's weight changed by one step (see `tippingPoint`).
 */

export type Side = 'pro' | 'con';
/** The two sides, pros first (as the columns and the meter). */
export const SIDES: readonly Side[] = ['pro', 'con'];
export type Weight = 0 | 1 | 2 | 3;

/** The four weights in order, lowest first. */
export const WEIGHTS: readonly Weight[] = [0, 1, 2, 3];
export const MIN_WEIGHT: Weight = 0;
export const MAX_WEIGHT: Weight = 3;

/** What the balance needs to know about a point. */
export interface Weighed {
  side: Side;
  weight: number;
}

/** The five verdict bands, from most cons to most pros. */
export const BANDS = ['mostly-cons', 'leans-cons', 'balanced', 'leans-pros', 'mostly-pros'] as const;
export type Band = (typeof BANDS)[number];

/** |b| at or beyond which a verdict is "mostly" one side. */
export const MOSTLY_THRESHOLD = 0.6;
/** |b| at or beyond which a verdict leans to one side (below it, "balanced"). */
export const LEANS_THRESHOLD = 0.2;

/** True for an integer weight 0..3. */
export function isWeight(value: unknown): value is Weight {
  return typeof value === 'number' && Number.isInteger(value) && value >= MIN_WEIGHT && value <= MAX_WEIGHT;
}

/** Sum of the weights on each side. */
export function totals(points: readonly Weighed[]): { pros: number; cons: number } {
  let pros = 0;
  let cons = 0;
  for (const point of points) {
    if (point.side === 'pro') pros += point.weight;
    else cons += point.weight;
  }
  return { pros, cons };
}

/** (P - C) / (P + C), 0 when both are 0. */
export function balanceOfTotals(pros: number, cons: number): number {
  const sum = pros + cons;
  return sum === 0 ? 0 : (pros - cons) / sum;
}

/** The balance of a set of weighed points, in [-1, 1]. */
export function balanceOf(points: readonly Weighed[]): number {
  const { pros, cons } = totals(points);
  return balanceOfTotals(pros, cons);
}

/** The verdict band of a balance (see the table above). */
export function bandOf(balance: number): Band {
  if (balance <= -MOSTLY_THRESHOLD) return 'mostly-cons';
  if (balance <= -LEANS_THRESHOLD) return 'leans-cons';
  if (balance < LEANS_THRESHOLD) return 'balanced';
  if (balance < MOSTLY_THRESHOLD) return 'leans-pros';
  return 'mostly-pros';
}

/** Which side a band favours, or undefined for `balanced`. */
export function sideOfBand(band: Band): Side | undefined {
  if (band === 'mostly-pros' || band === 'leans-pros') return 'pro';
  if (band === 'mostly-cons' || band === 'leans-cons') return 'con';
  return undefined;
}

/** One change of one weight by one step, and where it would take the verdict. */
export interface TippingChange {
  /** Index of the point in the list given to `tippingChanges`. */
  index: number;
  /** +1: the point mattering a little more; -1: a little less. */
  step: 1 | -1;
  from: Weight;
  to: Weight;
  balance: number;
  band: Band;
  /** The side the balance moves towards. */
  towards: Side;
}

/**
 * Every single-step change of one weight that moves the verdict into another
 * band, best first:
 * 1. a point mattering a little more (+1) before one mattering a little less
 *    (-1), because "if this mattered more" is the question a reader asks;
 * 2. then the gentlest nudge: the smallest change in the balance;
 * 3. then the order of the points as given (pros before cons, the author's
 *    before the reader's, as the widget lists them).
 */
export function tippingChanges(points: readonly Weighed[]): TippingChange[] {
  const base = totals(points);
  const current = balanceOfTotals(base.pros, base.cons);
  const currentBand = bandOf(current);
  const changes: TippingChange[] = [];
  points.forEach((point, index) => {
    if (!isWeight(point.weight)) return;
    for (const step of [1, -1] as const) {
      const to = point.weight + step;
      if (!isWeight(to)) continue;
      const pros = base.pros + (point.side === 'pro' ? step : 0);
      const cons = base.cons + (point.side === 'con' ? step : 0);
      const balance = balanceOfTotals(pros, cons);
      const band = bandOf(balance);
      if (band === currentBand) continue;
      changes.push({ index, step, from: point.weight, to, balance, band, towards: balance > current ? 'pro' : 'con' });
    }
  });
  return changes.sort(
    (a, b) => b.step - a.step || Math.abs(a.balance - current) - Math.abs(b.balance - current) || a.index - b.index,
  );
}

/** The tipping point (the best of `tippingChanges`), or undefined when no single step moves the verdict. */
export function tippingPoint(points: readonly Weighed[]): TippingChange | undefined {
  return tippingChanges(points)[0];
}
