/**
 * What the builder knows to be missing or risky in a configuration, each
 * with the form field it is about (if one), so that field can say it is
 * invalid (aria-invalid, described by the "Check before you paste" list).
 */
import { configToParams, isFontChoice, readConfig, type WidgetConfig } from '../index.js';
import type { Check } from './details.js';
import type { Output } from './output.js';

/** The "Check before you paste" list, which describes the fields it names. */
export const PROBLEMS_ID = 'cf-problems';

function isLanguageTag(tag: string): boolean {
  try {
    Intl.getCanonicalLocales(tag);
    return true;
  } catch {
    return false;
  }
}

export const isWebAddress = (address: string): boolean => /^https?:\/\/[^/]/i.test(address);

function studyFeedChecks(a: Record<string, string>): Check[] {
  const problems: Check[] = [];
  if (!a.src) problems.push({ text: "Add the address of the study's feed.", field: 'src' });
  else if (!isWebAddress(a.src)) problems.push({ text: 'The feed address should be a full address starting with https://: a shorter one is looked for on the site of the page it is pasted into.', field: 'src' });
  else if (/^http:/i.test(a.src)) problems.push({ text: 'The feed address starts with http:, which secure (https:) pages may not read: use its https: address if it has one.' }); // a risk, not an error
  if (a.proxy && !a.proxy.includes('{url}')) problems.push({ text: "The proxy must contain {url} where the feed's address goes.", field: 'proxy' });
  return problems;
}

function configChecks(config: WidgetConfig): Check[] {
  const { attributes: a, widget } = config;
  const problems: Check[] = [];
  if (a.persist !== undefined && !a.id) problems.push({ text: 'Give the widget a name to keep the answers under: persist needs an id.', field: 'persist-id' });
  if (a.id && !/^[A-Za-z][\w-]*$/.test(a.id)) problems.push({ text: `The id "${a.id}" should start with a letter and use only letters, digits, hyphens and underscores.`, field: 'persist-id' });
  if (a.lang && !isLanguageTag(a.lang)) problems.push({ text: `"${a.lang}" is not a language tag: use for example fr or en-GB.`, field: 'language-other' });
  if (widget === 'pros-cons') {
    if (!config.pros?.length) problems.push({ text: 'There are no pros yet: add them one per line.', field: 'pros' });
    if (!config.cons?.length) problems.push({ text: 'There are no cons yet: add them one per line.', field: 'cons' });
  }
  if (widget === 'study-feed') problems.push(...studyFeedChecks(a));
  return problems;
}

/** What to check about the way the snippet loads the widget. */
function outputChecks(config: WidgetConfig, output: Output): Check[] {
  if (output.kind !== 'iframe') return [];
  const problems: Check[] = [];
  if (!isWebAddress(output.embedPage)) problems.push({ text: 'The address of embed.html must be a full address, starting with https://.', field: 'embed-page' });
  else if (/^https?:\/\/(cdn\.jsdelivr\.net|unpkg\.com)\//i.test(output.embedPage)) problems.push({ text: 'jsDelivr and unpkg send embed.html as plain text, so the frame would show its source code: host embed.html yourself.', field: 'embed-page' });
  if (config.attributes.persist !== undefined) problems.push({ text: "With persist the frame may keep answers, so it runs with its own site's storage: host embed.html on a different site from your page, so that the frame cannot reach your page." });
  if (config.widget === 'study-feed' && !config.attributes.proxy) problems.push({ text: 'In a frame the feed is read from a sandbox: its server must send Access-Control-Allow-Origin: * (or set a proxy).' });
  if (output.font === 'named' && !output.fontName) problems.push({ text: "Type the name of your page's font, or choose another font for the frame.", field: 'font-name' });
  else if (output.font === 'named' && !isFontChoice(output.fontName ?? '')) problems.push({ text: 'A font name has only letters, digits, spaces and hyphens, for example Merriweather: the frame uses the system font instead.', field: 'font-name' });
  return problems;
}

/** Every check: the configuration's, the output's, and `extra` (the structured fields', see details.ts). */
export function allChecks(config: WidgetConfig, output: Output, extra: Check[] = []): Check[] {
  return [...configChecks(config), ...outputChecks(config, output), ...extra];
}

/**
 * Everything to check before pasting: what `readConfig` says about the
 * configuration (as embed.html would read it), then the builder's own checks.
 */
export function problemsFor(config: WidgetConfig, output: Output, extra: Check[] = []): string[] {
  const read = readConfig(configToParams(config));
  const fromConfig = (read.ok ? read.warnings : read.errors).map((text) => text.charAt(0).toUpperCase() + text.slice(1));
  return [...fromConfig, ...allChecks(config, output, extra).map((check) => check.text)];
}

/** The form fields with a problem. */
export function fieldsWithProblems(checks: Check[]): Set<string> {
  return new Set(checks.flatMap((check) => (check.field ? [check.field] : [])));
}

/** Mark the fields named in `invalid` (and unmark the others). */
export function markInvalid(form: HTMLFormElement, invalid: Set<string>): void {
  for (const control of Array.from(form.querySelectorAll('input[name], textarea[name], select[name]'))) {
    const name = control.getAttribute('name') ?? '';
    const described = (control.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== PROBLEMS_ID);
    if (invalid.has(name)) {
      control.setAttribute('aria-invalid', 'true');
      control.setAttribute('aria-describedby', [...described, PROBLEMS_ID].join(' '));
    } else {
      control.removeAttribute('aria-invalid');
      if (described.length) control.setAttribute('aria-describedby', described.join(' '));
      else control.removeAttribute('aria-describedby');
    }
  }
}
