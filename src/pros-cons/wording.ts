/**
 * Sentences about the balance, shared by the widget's display and its
 * exports so that both always say the same thing (layer 1: pure).
 */
import type { Translator } from '../shared/strings.js';
import { balanceOf, bandOf, tippingPoint, totals, type Band, type Side, type Weight } from './balance.js';

/** The labels of the two sides, as the page sets them (`pros-label`, `cons-label`). */
export interface SideLabels {
  pros: string;
  cons: string;
}

/** A point in the reader's appraisal. */
export interface AppraisalPoint {
  side: Side;
  text: string;
  weight: Weight;
  /** Who wrote it: the page's author or the reader. */
  by: 'author' | 'reader';
  /** False while the weight is the author's suggestion, not yet touched by the reader (default true). */
  chosen?: boolean;
}

/**
 * A label as it reads inside a sentence: "Pros" becomes "pros", but an
 * acronym or a label whose second letter is a capital ("CPD gains") is kept.
 */
export function inSentence(label: string, lang = 'en-GB'): string {
  const [first = '', second = ''] = Array.from(label);
  const secondIsCapital = second.toLocaleUpperCase(lang) === second && second.toLocaleLowerCase(lang) !== second;
  if (!first || secondIsCapital) return label;
  return first.toLocaleLowerCase(lang) + label.slice(first.length);
}

function labelParams(t: Translator, labels: SideLabels): Record<string, string> {
  return { pros: inSentence(labels.pros, t.lang), cons: inSentence(labels.cons, t.lang), Pros: labels.pros, Cons: labels.cons };
}

/** The verdict in words for a band. */
export function verdictText(t: Translator, band: Band, labels: SideLabels): string {
  return t(`verdict.${band}`, labelParams(t, labels));
}

/** A weight in words ("Important"). */
export function weightText(t: Translator, weight: Weight): string {
  return t(`weight.${weight}`);
}

/** Shorten `text` to about `max` characters at a word boundary, for quoting in a sentence. */
export function shorten(text: string, max = 90): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** The balance written with a sign and two decimals: "+0.29", "−0.50", "0.00". */
export function formatBalance(t: Translator, balance: number): string {
  const rounded = Math.round(balance * 100) / 100;
  const number = t.number(Math.abs(rounded), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  if (rounded > 0) return `+${number}`;
  if (rounded < 0) return `−${number}`;
  return number;
}

/** What the balance section says: the verdict, the totals, the balance and the tipping point. */
export interface BalanceSummary {
  balance: number;
  band: Band;
  verdict: string;
  totals: { pros: number; cons: number };
  totalsText: string;
  balanceText: string;
  tipping: string;
}

export function summarise(t: Translator, points: readonly AppraisalPoint[], labels: SideLabels): BalanceSummary {
  const sums = totals(points);
  const balance = balanceOf(points);
  const band = bandOf(balance);
  const params = labelParams(t, labels);
  return {
    balance,
    band,
    verdict: verdictText(t, band, labels),
    totals: sums,
    totalsText: t('balance.totals', { ...params, prosTotal: t.number(sums.pros), consTotal: t.number(sums.cons) }),
    balanceText: t('balance.value', { ...params, value: formatBalance(t, balance) }),
    tipping: tippingText(t, points, labels),
  };
}

/** The tipping point in words, or that no single change moves the verdict. */
export function tippingText(t: Translator, points: readonly AppraisalPoint[], labels: SideLabels): string {
  const change = tippingPoint(points);
  const point = change ? points[change.index] : undefined;
  if (!change || !point) return t('tipping.none');
  const params = labelParams(t, labels);
  return t(change.step > 0 ? 'tipping.more' : 'tipping.less', {
    ...params,
    point: shorten(point.text),
    from: weightText(t, change.from).toLocaleLowerCase(t.lang),
    to: weightText(t, change.to).toLocaleLowerCase(t.lang),
    verdict: verdictText(t, change.band, labels).toLocaleLowerCase(t.lang),
  });
}
