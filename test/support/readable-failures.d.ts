// Types of readable-failures.js (a plain script: the test page loads it before any TypeScript is transformed).
/** A short, sendable description of a value the runner cannot send (a DOM node: `<tag#id.class> "text"`). */
export function describeValue(value: unknown): string;
/** Makes a failed test's `actual` and `expected` sendable; returns the error. */
export function makeSendable<T>(error: T): T;
