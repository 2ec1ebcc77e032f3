/** Bytes to text: BOMs, binary detection, UTF-8, declared HTML charsets and a GB18030 fallback. */
import { InputError } from '../errors.js';
import {
  BINARY_CONTROL_RATIO,
  BINARY_SAMPLE_BYTES,
  BINARY_SIGNATURES,
  CHARSET_SCAN_BYTES,
  FALLBACK_ENCODING,
  LEGACY_MAX_REPLACEMENT_RATIO,
  LEGACY_MAX_SUSPICIOUS_RATIO,
  UTF8_MAX_REPLACEMENT_RATIO,
} from './defaults.js';

/** A decoded text and the encoding it was read with. */
export interface DecodedText {
  text: string;
  encoding: string;
}

const META_CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i;
const REPLACEMENT = /\uFFFD/g;
const SUSPICIOUS = /[\uE000-\uF8FF\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;

/**
 * Decodes the bytes of a file (`where` names it in errors); `html` enables the `<meta charset>` lookup. A file cut off
 * in the middle of its last character (a half-finished download) loses that character, not the whole file.
 */
export function decodeBytes(bytes: Uint8Array, where: string, html = false): DecodedText {
  // 1. Byte order marks decide.
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return strict(bytes.subarray(3), 'utf-8', where);
  if (startsWith(bytes, [0xff, 0xfe])) return strict(bytes.subarray(2), 'utf-16le', where);
  if (startsWith(bytes, [0xfe, 0xff])) return strict(bytes.subarray(2), 'utf-16be', where);
  // 2. Binary files are refused before any guess.
  const binary = binaryKind(bytes);
  if (binary !== undefined) {
    throw new InputError(`${where}: binary file (${binary}), not text — remove it from the input`);
  }
  // 3. Valid UTF-8 wins, even over a declared charset (pages re-saved by a browser keep a stale declaration).
  const utf8 = tryDecode(bytes, 'utf-8', true) ?? tryDecode(withoutCutUtf8(bytes), 'utf-8', true);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  // 4. A declared charset, then UTF-8 with a few broken bytes, then GB18030 when it reads as Chinese text.
  const declared = html ? declaredCharset(bytes) : undefined;
  if (declared !== undefined && declared !== 'utf-8') {
    const text = tryDecode(bytes, declared, false);
    if (text !== undefined && isPlausible(text)) return { text, encoding: declared };
  }
  const lossy = new TextDecoder('utf-8').decode(bytes);
  if (replacementRatio(lossy, nonAscii(lossy)) <= UTF8_MAX_REPLACEMENT_RATIO) return { text: lossy, encoding: 'utf-8' };
  // A cut-off last character decodes to one U+FFFD at the very end: it goes.
  const legacy = tryDecode(bytes, FALLBACK_ENCODING, false)?.replace(/\uFFFD$/, '');
  if (legacy !== undefined && isPlausible(legacy)) return { text: legacy, encoding: FALLBACK_ENCODING };
  throw new InputError(`${where}: cannot decode the text (not UTF-8, UTF-16 or GB18030) — save the file as UTF-8`);
}

function strict(bytes: Uint8Array, encoding: string, where: string): DecodedText {
  const text = tryDecode(bytes, encoding, true) ?? tryDecode(encoding === 'utf-8' ? withoutCutUtf8(bytes) : withoutCutUtf16(bytes, encoding), encoding, true);
  if (text === undefined) {
    throw new InputError(`${where}: invalid ${encoding.toUpperCase()} after its byte order mark — save the file again as UTF-8`);
  }
  return { text, encoding };
}

/** The bytes without an incomplete UTF-8 sequence at their end: a lead byte missing some of its continuation bytes. */
function withoutCutUtf8(bytes: Uint8Array): Uint8Array {
  let lead = bytes.length - 1;
  while (lead >= 0 && bytes.length - lead <= 3 && (bytes[lead] & 0xc0) === 0x80) lead--;
  if (lead < 0) return bytes;
  const byte = bytes[lead];
  const continuations = byte >= 0xf0 && byte <= 0xf4 ? 3 : byte >= 0xe0 && byte <= 0xef ? 2 : byte >= 0xc2 && byte <= 0xdf ? 1 : 0;
  return continuations > bytes.length - 1 - lead ? bytes.subarray(0, lead) : bytes;
}

/** The bytes without a cut UTF-16 end: an odd last byte, then a high surrogate whose low half is missing. */
function withoutCutUtf16(bytes: Uint8Array, encoding: string): Uint8Array {
  const even = bytes.subarray(0, bytes.length - (bytes.length % 2));
  if (even.length < 2) return even;
  const [a, b] = [even[even.length - 2], even[even.length - 1]];
  const last = encoding === 'utf-16le' ? (b << 8) | a : (a << 8) | b;
  return last >= 0xd800 && last <= 0xdbff ? even.subarray(0, even.length - 2) : even;
}

function tryDecode(bytes: Uint8Array, encoding: string, fatal: boolean): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

/** The binary format detected (a signature, NUL bytes, or many control bytes), or undefined for text. */
export function binaryKind(bytes: Uint8Array): string | undefined {
  const signature = BINARY_SIGNATURES.find((sig) => startsWith(bytes, sig.bytes));
  if (signature !== undefined) return signature.name;
  const sample = bytes.subarray(0, BINARY_SAMPLE_BYTES);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return 'NUL bytes';
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) || byte === 0x7f) {
      controls++;
    }
  }
  return sample.length > 0 && controls / sample.length > BINARY_CONTROL_RATIO ? 'control bytes' : undefined;
}

/** The charset an HTML file declares in its first bytes (`<meta charset>` or http-equiv), normalised by TextDecoder. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, CHARSET_SCAN_BYTES));
  const label = META_CHARSET.exec(head)?.[1];
  if (label === undefined) return undefined;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

/** Almost no U+FFFD, private-use or control characters: what a wrong legacy decoding produces. */
function isPlausible(text: string): boolean {
  let length = 0;
  let suspicious = 0;
  let replacements = 0;
  for (const char of text) {
    length++;
    if (char === '\uFFFD') replacements++;
    else if (SUSPICIOUS.test(char)) suspicious++;
  }
  if (length === 0) return false;
  return replacements / length <= LEGACY_MAX_REPLACEMENT_RATIO && suspicious / length <= LEGACY_MAX_SUSPICIOUS_RATIO;
}

function replacementRatio(text: string, of: number): number {
  const count = text.match(REPLACEMENT)?.length ?? 0;
  return of === 0 ? (count === 0 ? 0 : 1) : count / of;
}

function nonAscii(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) n++;
  return n;
}
