// Generated from custom-elements.json by scripts/generate-wrappers.mjs: do not edit by hand (npm run wrappers).
/**
 * JSX types of the critical-friend elements for frameworks other than React
 * (React users: `critical-friend/react`). Typed from the elements'
 * attributes; opt in with `import type {} from 'critical-friend/jsx';`.
 * This declares the global `JSX.IntrinsicElements`; for a framework with a
 * JSX namespace of its own, extend it with `CfIntrinsicElements`, e.g. for Preact:
 *   declare module 'preact' { namespace JSX { interface IntrinsicElements extends CfIntrinsicElements {} } }
 */

/** Attributes that every critical-friend element takes besides its own. */
export interface CfCommonAttributes {
  id?: string;
  class?: string;
  className?: string;
  style?: string | Record<string, string | number>;
  lang?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
  slot?: string;
  title?: string;
  hidden?: boolean;
  children?: unknown;
  key?: string | number;
  ref?: unknown;
  [data: `data-${string}`]: string | number | boolean | undefined;
  [aria: `aria-${string}`]: string | number | boolean | undefined;
}

/** Attributes of <cf-participation-ladder>: Participation self-rater on Arnstein's ladder (and Hart, IAP2, TLAP). */
export interface ParticipationLadderAttributes extends CfCommonAttributes {
  /** Preset scale: `arnstein` (default), `hart`, `iap2` or `tlap`. A custom scale in child JSON takes precedence. */
  scale?: string;
  /** Id of the level marked as "where we are now" (for the first perspective), or empty. */
  value?: string;
  /** Id of the level marked as "where we want to be" (for the first perspective), or empty. */
  aspiration?: string;
  /** The element is invalid while `value` is empty. */
  required?: boolean;
  /** Keep the reader's answers in `localStorage` (needs an `id`). Off by default: nothing is stored without it. */
  persist?: boolean;
  /** Heading text; defaults to "Where does participation sit?". */
  heading?: string;
  /** Level of the heading element, 2 to 6 (default 2), to fit the page's outline. */
  'heading-level'?: number | string;
  /** Perspectives rated separately, separated by semicolons, e.g. `Staff; People who use the service`. */
  perspectives?: string;
  /** Name under which the value is submitted with the enclosing form. */
  name?: string;
  /** Disables every control of the widget; a disabled widget submits nothing (the browser leaves it out of `FormData`). */
  disabled?: boolean;
  /** Colour scheme: `auto` (the default) follows the reader's `prefers-color-scheme`; `light` or `dark` fixes it. */
  theme?: 'auto' | 'light' | 'dark';
}

/** Attributes of <cf-pros-cons>: Pros-and-cons appraisal that each reader weighs for their own practice. */
export interface ProsConsAttributes extends CfCommonAttributes {
  /** Heading of the appraisal; none when empty. Also the name in structured data and exports. */
  heading?: string;
  /** Level of the heading element, 2 to 6 (default 2); the column labels are one level below. */
  'heading-level'?: number | string;
  /** Label of the pros side (default "Pros"). */
  'pros-label'?: string;
  /** Label of the cons side (default "Cons"). */
  'cons-label'?: string;
  /** `appraise` (default): the reader weighs each point. `read`: a static pros/cons block. */
  mode?: 'appraise' | 'read';
  /** Keep the reader's weights, own points and reflection in `localStorage` (needs an `id`). Nothing is stored without it. */
  persist?: boolean;
  /** Add schema.org `Review` JSON-LD (`positiveNotes`, `negativeNotes`) as a light-DOM `<script type="application/ld+json">` child. */
  'structured-data'?: boolean;
  /** Name under which the value is submitted with the enclosing form. */
  name?: string;
  /** Disables every control of the widget; a disabled widget submits nothing (the browser leaves it out of `FormData`). */
  disabled?: boolean;
  /** Colour scheme: `auto` (the default) follows the reader's `prefers-color-scheme`; `light` or `dark` fixes it. */
  theme?: 'auto' | 'light' | 'dark';
}

/** Attributes of <cf-study-feed>: A research study's update card from an RSS, Atom or JSON Feed, shown safely. */
export interface StudyFeedAttributes extends CfCommonAttributes {
  /** URL of an RSS 2.0, RSS 1.0, Atom 1.0 or JSON Feed document (relative to the page). Takes precedence over an inline JSON Feed. */
  src?: string;
  /** The study's name; defaults to the feed's title, then "Study updates". */
  heading?: string;
  /** Level of the card's heading, 2 to 6 (default 2); its sub-headings are one level below. */
  'heading-level'?: number | string;
  /** How many of the latest updates to show (default 3). */
  'max-items'?: number | string;
  /** Milliseconds to wait for the feed before giving up (default 10000). */
  timeout?: number | string;
  /** A proxy URL template containing `{url}`, replaced by the encoded feed URL, for feeds whose server does not allow other sites (CORS). */
  proxy?: string;
  /** Render each update's content as sanitised HTML (DOMPurify, loaded only then) instead of a plain-text excerpt. */
  rich?: boolean;
  /** Keep the last good copy and the time of the reader's last visit in `localStorage` (needs an `id`). Nothing is stored without it. */
  persist?: boolean;
  /** Seconds between refetches while the page is visible (attribute `refresh`); 0 or absent: only on demand. */
  refresh?: number | string;
  /** Colour scheme: `auto` (the default) follows the reader's `prefers-color-scheme`; `light` or `dark` fixes it. */
  theme?: 'auto' | 'light' | 'dark';
}

/** Every critical-friend tag and its attributes. */
export interface CfIntrinsicElements {
  'cf-participation-ladder': ParticipationLadderAttributes;
  'cf-pros-cons': ProsConsAttributes;
  'cf-study-feed': StudyFeedAttributes;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CfIntrinsicElements {}
  }
}
