/**
 * Validation of the `_study` extension object (SPEC section 1): fields of
 * the wrong type are ignored, never fatal, and links are kept only when
 * their resolved URL is `http:`, `https:` or `mailto:`.
 */
import { parseFeedDate } from './dates.js';
import type { StudyDetails, StudyLink, StudyMilestone } from './types.js';
import { safeUrl } from './urls.js';

const STUDY_STATUSES = ['active', 'completed'] as const;
const MILESTONE_STATUSES = ['done', 'current', 'planned'] as const;
const LINK_KINDS = ['blog', 'facebook', 'email', 'feed', 'web'] as const;

/**
 * Read study details from an untrusted value (the `_study` object of a JSON
 * Feed, or the JSON of a `<script type="application/json" data-study>`).
 * Relative link URLs are resolved against `baseUrl`. Returns undefined when
 * `value` is not an object.
 */
export function parseStudy(value: unknown, baseUrl?: string): StudyDetails | undefined {
  if (!isRecord(value)) return undefined;
  const status = oneOf(value['status'], STUDY_STATUSES);
  const phase = nonEmptyString(value['phase']);
  return {
    ...(status ? { status } : {}),
    ...(phase ? { phase } : {}),
    milestones: arrayOf(value['milestones']).map(readMilestone).filter((m): m is StudyMilestone => m !== undefined),
    links: arrayOf(value['links'])
      .map((link) => readLink(link, baseUrl))
      .filter((l): l is StudyLink => l !== undefined),
  };
}

function readMilestone(value: unknown): StudyMilestone | undefined {
  if (!isRecord(value)) return undefined;
  const title = nonEmptyString(value['title']);
  if (!title) return undefined;
  const date = nonEmptyString(value['date']);
  const parsedDate = date ? parseFeedDate(date) : undefined;
  const status = oneOf(value['status'], MILESTONE_STATUSES);
  return { title, ...(date ? { date } : {}), ...(parsedDate ? { parsedDate } : {}), ...(status ? { status } : {}) };
}

function readLink(value: unknown, baseUrl: string | undefined): StudyLink | undefined {
  if (!isRecord(value)) return undefined;
  const raw = nonEmptyString(value['url']);
  const url = raw ? safeUrl(raw, baseUrl) : undefined;
  if (!url) return undefined;
  const kind = oneOf(value['kind'], LINK_KINDS);
  return { title: nonEmptyString(value['title']) ?? url, url, ...(kind ? { kind } : {}) };
}

/** True for a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A trimmed non-empty string, or undefined. */
export function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** The array, or an empty one for anything else. */
export function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}
