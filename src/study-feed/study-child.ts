/** The study details child of `<cf-study-feed>`: a `<script type="application/json" data-study>`, for feeds (RSS, Atom) that cannot carry them. */
import { parseStudy } from '../feed/study.js';
import type { StudyDetails } from '../feed/types.js';
import { readJsonChild } from '../shared/json-child.js';

/** The study details of `host`'s data-study child; undefined when there is none, or (with a warning on how to fix it) when it cannot be used. */
export function readStudyChild(host: Element, warn: (key: string, message: string) => void): StudyDetails | undefined {
  const child = readJsonChild(host, '[data-study]');
  if (!child.found) return undefined;
  const study = child.ok ? parseStudy(child.value, document.baseURI) : undefined;
  if (!study) {
    warn('study-json', `the <script type="application/json" data-study> child cannot be used (${child.ok ? 'it is not a JSON object' : child.error}). Expected { "status": "active", "phase": "...", "milestones": [{ "title": "...", "date": "2012-04", "status": "planned" }], "links": [{ "title": "...", "url": "https://...", "kind": "blog" }] }.`);
  }
  return study;
}
