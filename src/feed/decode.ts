/**
 * Bytes to text, in the order feed readers use: a byte order mark, then the
 * Content-Type's charset, then the XML declaration's encoding, then UTF-8
 * (falling back to windows-1252 when the bytes are not valid UTF-8, which is
 * what a feed with no declaration but legacy bytes almost always means).
 * Decoding uses `TextDecoder`, so every WHATWG encoding works (ISO-8859-x,
 * windows-125x, GBK/GB18030, Big5, EUC-KR, Shift_JIS, …); UTF-32, which the
 * WHATWG standard dropped but XML allows, is decoded here by hand.
 */
import { charsetLabel } from './content-type.js';

/** Text decoded from bytes, with the encoding used (its WHATWG name). */
export interface DecodedText {
  text: string;
  encoding: string;
}

type Utf32 = 'utf-32le' | 'utf-32be';

/** Decode feed bytes to text; see the module comment for the order of evidence. */
export function decodeFeedBytes(bytes: Uint8Array, contentType?: string): DecodedText {
  const bom = sniffBom(bytes);
  if (bom) return decodeWith(bom.encoding, bytes.subarray(bom.length));
  const fromHeader = charsetFromContentType(contentType);
  const declared = fromHeader ?? sniffWideEncoding(bytes) ?? xmlDeclaredEncoding(bytes);
  if (declared) return decodeWith(declared, bytes);
  return decodeUtf8OrLegacy(bytes);
}

/** The encoding named by a byte order mark, with the mark's length. */
export function sniffBom(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b0 === 0x00 && b1 === 0x00 && b2 === 0xfe && b3 === 0xff) return { encoding: 'utf-32be', length: 4 };
  if (b0 === 0xff && b1 === 0xfe && b2 === 0x00 && b3 === 0x00) return { encoding: 'utf-32le', length: 4 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', length: 2 };
  return undefined;
}

/**
 * The `charset` parameter of a Content-Type, when it names an encoding we
 * can decode. Accepts the spellings servers send: quotes (single or double)
 * and spaces around `=`.
 */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const label = charsetLabel(contentType);
  return label && isKnownEncoding(label) ? label : undefined;
}

/**
 * UTF-16 or UTF-32 without a byte order mark, recognised from how `<?` or
 * `<` is spelled in the first bytes (XML 1.0 appendix F).
 */
function sniffWideEncoding(bytes: Uint8Array): string | undefined {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0x00 && b1 === 0x00 && b2 === 0x00 && b3 === 0x3c) return 'utf-32be';
  if (b0 === 0x3c && b1 === 0x00 && b2 === 0x00 && b3 === 0x00) return 'utf-32le';
  if (b0 === 0x00 && b1 === 0x3c && b2 === 0x00) return 'utf-16be';
  if (b0 === 0x3c && b1 === 0x00 && b2 !== 0x00) return 'utf-16le';
  return undefined;
}

/**
 * The `encoding` of an XML declaration in an ASCII-compatible document. A
 * declared UTF-16/32 is ignored here: in ASCII-compatible bytes it cannot be
 * true (wide encodings were recognised from the bytes already).
 */
export function xmlDeclaredEncoding(bytes: Uint8Array): string | undefined {
  const head = latin1(bytes.subarray(0, 512));
  const match = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  const label = match?.[1];
  if (!label || /^(utf|ucs)-?(16|32|2|4)/i.test(label)) return undefined;
  return isKnownEncoding(label) ? label : undefined;
}

/** Whether `label` names an encoding we can decode. */
export function isKnownEncoding(label: string): boolean {
  return canonicalEncoding(label) !== undefined;
}

/** The WHATWG name of an encoding label (`latin1` -> `windows-1252`), or undefined. */
export function canonicalEncoding(label: string): string | undefined {
  const utf32 = utf32Name(label);
  if (utf32) return utf32;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

function utf32Name(label: string): Utf32 | undefined {
  const lower = label.trim().toLowerCase().replace(/_/g, '-');
  if (lower === 'utf-32le' || lower === 'ucs-4le') return 'utf-32le';
  if (lower === 'utf-32be' || lower === 'ucs-4be' || lower === 'utf-32' || lower === 'ucs-4' || lower === 'utf32') {
    return 'utf-32be';
  }
  return undefined;
}

/** Decode with a known label; UTF-32 by hand, the rest with TextDecoder. */
function decodeWith(label: string, bytes: Uint8Array): DecodedText {
  const utf32 = utf32Name(label);
  if (utf32) return { text: decodeUtf32(bytes, utf32 === 'utf-32le'), encoding: utf32 };
  const decoder = new TextDecoder(label, { ignoreBOM: false });
  return { text: decoder.decode(bytes), encoding: decoder.encoding };
}

function decodeUtf8OrLegacy(bytes: Uint8Array): DecodedText {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return decodeWith('windows-1252', bytes);
  }
}

function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: string[] = [];
  let codePoints: number[] = [];
  for (let offset = 0; offset + 4 <= bytes.length; offset += 4) {
    const codePoint = view.getUint32(offset, littleEndian);
    const valid = codePoint <= 0x10ffff && (codePoint < 0xd800 || codePoint > 0xdfff);
    codePoints.push(valid ? codePoint : 0xfffd);
    if (codePoints.length === 4096) {
      chunks.push(String.fromCodePoint(...codePoints));
      codePoints = [];
    }
  }
  chunks.push(String.fromCodePoint(...codePoints));
  const text = chunks.join('');
  return text.startsWith('\ufeff') ? text.slice(1) : text;
}

/** Bytes as ISO-8859-1 characters, to look for ASCII markup in any ASCII-compatible encoding. */
function latin1(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes);
}
