/**
 * The builder's structured fields, written one item a line with `|` between
 * the parts (as the points are one a line): the study card's details (the
 * `data-study` child: status, phase, milestones, follow links) and the
 * ladder's custom scale (its JSON child: name, levels, groups).
 *
 * Everything here is untrusted author input: it only ever becomes JSON, which
 * the snippet writes with `<` escaped (src/shared/markup.ts) and createWidget
 * sets as text. A link whose address is not http:, https: or mailto: is left
 * out, and `detailChecks` says why next to its field.
 */
import type { WidgetConfig, WidgetName } from '../index.js';

/** A problem with a field, for the "Check before you paste" list and the field's aria-invalid. */
export interface Check {
  text: string;
  field?: string;
}

/** What `fillForm` could not put into a field, named for the author. */
export type DetailsLeftOut = string[];

const STUDY_STATUSES = ['active', 'completed'];
const MILESTONE_STATES = ['done', 'current', 'planned'];
const LINK_KINDS = ['blog', 'facebook', 'email', 'feed', 'web'];
const SAFE_LINK = /^(https?:\/\/[^/\s]|mailto:\S)/i;

interface Milestone {
  title: string;
  date?: string;
  status?: string;
}
interface Link {
  title: string;
  url: string;
  kind?: string;
}
interface Level {
  id: string;
  label: string;
  description?: string;
  group?: string;
}
interface Group {
  id: string;
  label: string;
}

/** Duck-typed, as in form.ts: forms may come from another frame. */
function text(form: HTMLFormElement, name: string): string {
  return String((form.elements.namedItem(name) as { value?: string } | null)?.value ?? '');
}
function setText(form: HTMLFormElement, name: string, value: string): void {
  const control = form.elements.namedItem(name) as { value: string } | null;
  if (control) control.value = value;
}

/** Each non-blank line split at `|`, parts trimmed. */
function rows(value: string): string[][] {
  return value
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => line.split('|').map((part) => part.trim()));
}

/** Lines again: one a row, empty trailing parts dropped. */
function rowsText(items: (string | undefined)[][]): string {
  return items.map((parts) => parts.map((part) => part ?? '').join(' | ').replace(/( \| )+$/, '')).join('\n');
}

/** `{ key: value }` when `value` is non-empty, for spreading. */
const optional = <K extends string>(key: K, value: string | undefined) => (value ? ({ [key]: value } as Record<K, string>) : {});

function milestonesOf(form: HTMLFormElement): Milestone[] {
  return rows(text(form, 'study-milestones'))
    .filter(([title]) => title)
    .map(([title, date, status]) => ({ title, ...optional('date', date), ...optional('status', status?.toLowerCase()) }));
}

function linksOf(form: HTMLFormElement): Link[] {
  return rows(text(form, 'study-links'))
    .filter(([, url]) => url)
    .map(([title, url, kind]) => ({ title: title || url, url, ...optional('kind', kind?.toLowerCase()) }));
}

/** The study details the form describes, or undefined when every field is empty. */
function studyOf(form: HTMLFormElement): object | undefined {
  const status = text(form, 'study-status');
  const phase = text(form, 'study-phase').trim();
  const milestones = milestonesOf(form);
  const links = linksOf(form).filter((link) => SAFE_LINK.test(link.url));
  if (!status && !phase && !milestones.length && !links.length) return undefined;
  return { ...optional('status', status), ...optional('phase', phase), ...(milestones.length ? { milestones } : {}), ...(links.length ? { links } : {}) };
}

/** A custom scale as the form writes it (the ladder's JSON child). */
export interface CustomScale {
  name: string;
  levels: Level[];
  groups?: Group[];
}

/** The custom scale the form describes, or undefined when it has no levels. */
export function customScaleOf(form: HTMLFormElement): CustomScale | undefined {
  const levels: Level[] = rows(text(form, 'scale-levels'))
    .filter(([id, label]) => id && label)
    .map(([id, label, description, group]) => ({ id, label, ...optional('description', description), ...optional('group', group) }));
  if (!levels.length) return undefined;
  const groups: Group[] = rows(text(form, 'scale-groups'))
    .filter(([id, label]) => id && label)
    .map(([id, label]) => ({ id, label }));
  return { name: text(form, 'scale-name').trim() || 'Custom scale', levels, ...(groups.length ? { groups } : {}) };
}

/** The parts of the configuration these fields hold, for `widget`. */
export function readDetails(form: HTMLFormElement, widget: WidgetName): Pick<WidgetConfig, 'study' | 'json'> {
  if (widget === 'study-feed') {
    const study = studyOf(form);
    return study ? { study } : {};
  }
  if (widget === 'participation-ladder') {
    const json = customScaleOf(form);
    return json ? { json } : {};
  }
  return {};
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const records = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? value.filter(isRecord) : []);
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Fill the fields from a shared configuration; what they cannot hold is added to `leftOut`. */
export function fillDetails(form: HTMLFormElement, config: WidgetConfig, leftOut: DetailsLeftOut): void {
  if (config.widget === 'study-feed') {
    const study = isRecord(config.study) ? config.study : {};
    setText(form, 'study-status', str(study.status) ?? '');
    setText(form, 'study-phase', str(study.phase) ?? '');
    setText(form, 'study-milestones', rowsText(records(study.milestones).map((m) => [str(m.title), str(m.date), str(m.status)])));
    setText(form, 'study-links', rowsText(records(study.links).map((l) => [str(l.title), str(l.url), str(l.kind)])));
    if (config.json !== undefined) leftOut.push('json (an inline feed)');
  } else if (config.widget === 'participation-ladder') {
    const scale = isRecord(config.json) ? config.json : {};
    setText(form, 'scale-name', str(scale.name) ?? '');
    setText(form, 'scale-levels', rowsText(records(scale.levels).map((l) => [str(l.id), str(l.label), str(l.description), str(l.group)])));
    setText(form, 'scale-groups', rowsText(records(scale.groups).map((g) => [str(g.id), str(g.label)])));
  }
}

/** Values an author may choose from, as a check names them. */
export const listed = (values: readonly string[]) => values.join(', ');

function studyChecks(form: HTMLFormElement): Check[] {
  const checks: Check[] = [];
  for (const milestone of milestonesOf(form)) {
    if (milestone.status && !MILESTONE_STATES.includes(milestone.status)) checks.push({ text: `The milestone "${milestone.title}" has the state "${milestone.status}": use ${listed(MILESTONE_STATES)}.`, field: 'study-milestones' });
    if (milestone.date && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(milestone.date)) checks.push({ text: `The milestone "${milestone.title}" has the date "${milestone.date}", which is shown as written: write 2012, 2012-04 or 2012-04-30 to have it shown in the reader's language.`, field: 'study-milestones' });
  }
  for (const link of linksOf(form)) {
    if (!SAFE_LINK.test(link.url)) checks.push({ text: `The link "${link.title}" is left out: its address must start with https://, http:// or mailto:.`, field: 'study-links' });
    if (link.kind && !LINK_KINDS.includes(link.kind)) checks.push({ text: `The link "${link.title}" is of the kind "${link.kind}": use ${listed(LINK_KINDS)}.`, field: 'study-links' });
  }
  const status = text(form, 'study-status');
  if (status && !STUDY_STATUSES.includes(status)) checks.push({ text: `The study's status should be ${listed(STUDY_STATUSES)}.`, field: 'study-status' });
  return checks;
}

function scaleChecks(form: HTMLFormElement): Check[] {
  const scale = customScaleOf(form);
  const checks: Check[] = rows(text(form, 'scale-levels'))
    .filter(([id, label]) => !id || !label)
    .map((parts) => ({ text: `The level "${parts.join(' | ')}" is left out: each level needs an id and a label.`, field: 'scale-levels' }));
  if (!scale) return checks;
  const groups = new Set((scale.groups ?? []).map((group) => group.id));
  for (const level of scale.levels) {
    if (level.group && !groups.has(level.group)) checks.push({ text: `The level "${level.label}" names the group "${level.group}", which is not in the list of groups.`, field: 'scale-groups' });
  }
  return checks;
}

/** What to fix in these fields, each tied to its field. */
export function detailChecks(form: HTMLFormElement, widget: WidgetName): Check[] {
  if (widget === 'study-feed') return studyChecks(form);
  if (widget === 'participation-ladder') return scaleChecks(form);
  return [];
}
