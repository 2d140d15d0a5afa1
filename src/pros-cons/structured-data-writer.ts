/**
 * Keeps the `structured-data` JSON-LD child of one element in step with its
 * points. The code that builds the script loads on first use (most pages
 * never set the attribute); `loading` lets `updateComplete` wait for it.
 * A closure rather than a class: its locals minify, a class's members would
 * not (issue 10).
 */
import type { StructuredDataInput } from './structured-data.js';

const MARKER = 'data-cf-structured-data';

export interface StructuredDataWriter {
  /** Whether a light-DOM mutation is only this writer's script changing (not the author's configuration). */
  wrote(record: MutationRecord): boolean;
  /** Write the JSON-LD, or remove it. The latest state wins when the code arrives. */
  sync(): void;
  /** Settles once the JSON-LD last asked for is written (or its code failed to load). */
  loading(): Promise<void>;
}

/** `input` gives the review as it is now, or nothing when there should be no JSON-LD. */
export function structuredDataWriter(host: HTMLElement, input: () => StructuredDataInput | undefined, warn: (message: string) => void): StructuredDataWriter {
  let script: HTMLScriptElement | undefined;
  let loading = Promise.resolve();
  const ours = (node: Node) => node === script || (script?.contains(node) ?? false);
  return {
    wrote(record) {
      if (ours(record.target)) return true;
      const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
      return record.type === 'childList' && nodes.length > 0 && nodes.every(ours);
    },
    sync() {
      script ??= Array.from(host.children).find((child): child is HTMLScriptElement => child.localName === 'script' && child.hasAttribute(MARKER));
      if (!input()) {
        script?.remove();
        script = undefined;
        return;
      }
      loading = import('./structured-data-script.js').then(({ reviewScript }) => {
        const review = input();
        if (!review) return;
        script = reviewScript(script, review, MARKER);
        if (script.parentNode !== host) host.append(script);
      }, (error: unknown) => warn(`the structured-data code could not load (${String(error)}); check that the chunks/ folder is served beside pros-cons.js.`));
    },
    loading: () => loading,
  };
}
