/**
 * A custom scale from the ladder's child JSON, checked: in a file of its own
 * that loads only on pages that give one (issue 10). Until it arrives the
 * rungs say "Loading…" (scale-source.ts).
 */
import { isRecord, type JsonChildResult } from '../shared/json-child.js';
import type { Translator } from '../shared/strings.js';
import { ARNSTEIN, type Scale, type ScaleGroup, type ScaleLevel } from './scales.js';
import type { ScaleChoice, Warn } from './scale-source.js';

/** The custom scale in `custom` or, when it cannot be used, Arnstein with a message (and a warning saying how to fix it). */
export function chooseCustomScale(custom: JsonChildResult & { found: true }, t: Translator, warn: Warn): ScaleChoice {
  const parsed = custom.ok ? parseCustomScale(custom.value) : { ok: false as const, error: custom.error };
  if (parsed.ok) return { scale: parsed.scale, problem: '' };
  warn('scale-json', `the custom scale in <script type="application/json"> cannot be used: ${parsed.error}. Expected { "name": "...", "levels": [{ "id": "...", "label": "...", "description": "...", "group": "..." }], "groups": [{ "id": "...", "label": "..." }] }, levels bottom to top.`);
  return { scale: ARNSTEIN, problem: t('error.json', { reason: parsed.error }) };
}

export type ScaleResult = { ok: true; scale: Scale } | { ok: false; error: string };

/**
 * Check a custom scale from child JSON:
 * `{ name, levels: [{ id, label, description, group }], groups: [{ id, label }] }`.
 * Returns a reason in words when it cannot be used.
 */
export function parseCustomScale(input: unknown): ScaleResult {
  if (!isRecord(input)) return { ok: false, error: 'the JSON must be an object with "name" and "levels"' };
  const levelsInput = input['levels'];
  if (!Array.isArray(levelsInput) || levelsInput.length < 2) {
    return { ok: false, error: '"levels" must be a list of at least two levels, bottom to top' };
  }
  const groups = parseGroups(input['groups']);
  const groupIds = new Set(groups.map((group) => group.id));
  const levels: ScaleLevel[] = [];
  for (const [index, raw] of levelsInput.entries()) {
    if (!isRecord(raw) || typeof raw['id'] !== 'string' || !raw['id'].trim() || typeof raw['label'] !== 'string' || !raw['label'].trim()) {
      return { ok: false, error: `level ${index + 1} needs a text "id" and a text "label"` };
    }
    const id = raw['id'].trim();
    if (levels.some((level) => level.id === id)) return { ok: false, error: `the level id "${id}" is used twice` };
    const group = typeof raw['group'] === 'string' && groupIds.has(raw['group']) ? raw['group'] : undefined;
    levels.push({ id, label: raw['label'].trim(), description: typeof raw['description'] === 'string' ? raw['description'].trim() : '', group });
  }
  const name = typeof input['name'] === 'string' && input['name'].trim() ? input['name'].trim() : 'Custom scale';
  const about = typeof input['source'] === 'string' && input['source'].trim() ? [input['source'].trim()] : [];
  return { ok: true, scale: { id: 'custom', name, levels, groups: levels.some((level) => level.group) ? groups : [], about } };
}

function parseGroups(input: unknown): ScaleGroup[] {
  if (!Array.isArray(input)) return [];
  return input
    .filter(isRecord)
    .filter((group) => typeof group['id'] === 'string' && typeof group['label'] === 'string')
    .map((group) => ({ id: String(group['id']), label: String(group['label']) }));
}
