/**
 * What the reader takes away for a CPD portfolio: a plain-text summary, a
 * Markdown document and a JSON record (layer 1: pure functions of the state).
 */
import type { Translator } from '../shared/strings.js';
import { summarise, weightText, type AppraisalPoint, type SideLabels } from './wording.js';

export interface AppraisalState {
  heading: string;
  labels: SideLabels;
  points: readonly AppraisalPoint[];
  reflection: string;
  date: Date;
}

function dateLine(t: Translator, date: Date): string {
  return t('report.date', { date: t.date(date, { dateStyle: 'long' }) });
}

function sideLines(t: Translator, state: AppraisalState, side: 'pro' | 'con', format: (point: AppraisalPoint, weight: string, own: string) => string): string[] {
  const points = state.points.filter((point) => point.side === side);
  if (points.length === 0) return [t('report.none')];
  return points.map((point) => format(point, weightText(t, point.weight), point.by === 'reader' ? t('report.own') : ''));
}

/** The plain-text summary that "Copy as text" copies. */
export function appraisalAsText(t: Translator, state: AppraisalState): string {
  const summary = summarise(t, state.points, state.labels);
  const line = (point: AppraisalPoint, weight: string, own: string) => `- ${point.text} (${weight}${own ? `; ${own}` : ''})`;
  const lines = [
    state.heading || t('report.title'),
    dateLine(t, state.date),
    '',
    state.labels.pros,
    ...sideLines(t, state, 'pro', line),
    '',
    state.labels.cons,
    ...sideLines(t, state, 'con', line),
    '',
    t('report.verdict', { verdict: summary.verdict }),
    summary.totalsText,
    summary.balanceText,
    summary.tipping,
    '',
    t('reflection.label'),
    state.reflection.trim() || t('report.noReflection'),
  ];
  return `${lines.join('\n').trim()}\n`;
}

/**
 * Escape what Markdown would read as markup (emphasis, code, links, HTML,
 * tables, and list or heading marks at the start of a line), so that text
 * reads as written and no HTML gets through a Markdown renderer.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~&]/g, '\\$&')
    .replace(/^(\s*)([-=+#])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** The Markdown document that "Download Markdown" saves. */
export function appraisalAsMarkdown(t: Translator, state: AppraisalState): string {
  const summary = summarise(t, state.points, state.labels);
  const line = (point: AppraisalPoint, weight: string, own: string) => `- **${escapeMarkdown(weight)}**: ${escapeMarkdown(point.text)}${own ? ` _(${escapeMarkdown(own)})_` : ''}`;
  const reflection = state.reflection.trim();
  const lines = [
    `# ${escapeMarkdown(state.heading || t('report.title'))}`,
    '',
    escapeMarkdown(dateLine(t, state.date)),
    '',
    `## ${escapeMarkdown(state.labels.pros)}`,
    '',
    ...sideLines(t, state, 'pro', line),
    '',
    `## ${escapeMarkdown(state.labels.cons)}`,
    '',
    ...sideLines(t, state, 'con', line),
    '',
    `**${escapeMarkdown(t('report.verdict', { verdict: summary.verdict }))}**`,
    '',
    escapeMarkdown(`${summary.totalsText} ${summary.balanceText}`),
    '',
    escapeMarkdown(summary.tipping),
    '',
    `## ${escapeMarkdown(t('reflection.label'))}`,
    '',
    reflection ? reflection.split(/\r?\n/).map((text) => escapeMarkdown(text)).join('  \n') : escapeMarkdown(t('report.noReflection')),
  ];
  return `${lines.join('\n').trim()}\n`;
}

/** The JSON record that "Download JSON" saves and the form submits. */
export function appraisalAsJson(t: Translator, state: AppraisalState): Record<string, unknown> {
  const summary = summarise(t, state.points, state.labels);
  const points = (side: 'pro' | 'con') =>
    state.points
      .filter((point) => point.side === side)
      .map((point) => ({ text: point.text, weight: point.weight, weightLabel: weightText(t, point.weight), by: point.by, chosen: point.chosen !== false }));
  return {
    heading: state.heading,
    labels: { pros: state.labels.pros, cons: state.labels.cons },
    pros: points('pro'),
    cons: points('con'),
    totals: summary.totals,
    balance: summary.balance,
    verdict: { band: summary.band, text: summary.verdict },
    tippingPoint: summary.tipping,
    reflection: state.reflection,
    date: state.date.toISOString(),
    generator: 'critical-friend <cf-pros-cons>',
  };
}
