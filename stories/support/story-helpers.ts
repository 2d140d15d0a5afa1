/**
 * Small pieces every stories file uses, kept once so the three files read the
 * same way.
 */
import { nothing } from 'lit';

/** An attribute only when it has a value, so the "Show code" snippets stay short. */
export const attr = (value: string | undefined) => (value ? value : nothing);

/** A number attribute only when it differs from the element's default. */
export const num = (value: number | undefined, fallback: number) => (value === undefined || value === fallback ? nothing : String(value));

/** `parameters` with the one-line description shown above a story in the docs. */
export const described = (story: string) => ({ docs: { description: { story } } });
