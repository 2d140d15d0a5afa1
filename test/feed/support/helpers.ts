import { expect } from '@open-wc/testing';
import type { FeedErrorCode } from '../../../src/feed/parse-feed.js';

/** Bytes from parts: strings as UTF-8, number arrays as raw bytes. */
export function bytesOf(...parts: Array<string | number[]>): Uint8Array {
  const chunks = parts.map((part) => (typeof part === 'string' ? new TextEncoder().encode(part) : Uint8Array.from(part)));
  const result = new Uint8Array(chunks.reduce((sum, c) => sum + c.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    result.set(chunk, offset);
    offset += chunk.length;
  }
  return result;
}

/** A string as UTF-16 code units in the given byte order, optionally with a BOM. */
export function utf16Bytes(text: string, littleEndian: boolean, bom = false): Uint8Array {
  const units = (bom ? '\ufeff' : '') + text;
  const view = new DataView(new ArrayBuffer(units.length * 2));
  for (let i = 0; i < units.length; i++) view.setUint16(i * 2, units.charCodeAt(i), littleEndian);
  return new Uint8Array(view.buffer);
}

/** The bytes' own ArrayBuffer (exactly their extent). */
export function bufferOf(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer;
}

/** Assert that `run` throws an Error whose `code` is `code`. */
export function expectFeedError(run: () => unknown, code: FeedErrorCode): Error {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught, `expected an error with code ${code}`).to.be.instanceOf(Error);
  expect((caught as { code?: unknown }).code).to.equal(code);
  return caught as Error;
}

/** A minimal RSS 2.0 document around `items` (and extra channel markup). */
export function rss(items: string, channel = '<title>Study</title><link>https://example.org/</link>', namespaces = ''): string {
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"${namespaces}><channel>${channel}${items}</channel></rss>`;
}

/** A minimal Atom 1.0 document around `body`. */
export function atom(body: string, attributes = ''): string {
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"${attributes}>${body}</feed>`;
}
