/** Test helper: a GBK encoder built by decoding the GBK double-byte code space once (TextEncoder only does UTF-8). */

let table: Map<string, [number, number]> | undefined;

function gbkTable(): Map<string, [number, number]> {
  if (table !== undefined) return table;
  table = new Map();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\uFFFD' && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  return table;
}

/** Encodes ASCII and GBK characters; throws on anything else so a test cannot silently change its input. */
export function encodeGbk(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const pair = gbkTable().get(char);
    if (pair === undefined) throw new Error(`encodeGbk: ${char} is not in GBK`);
    bytes.push(...pair);
  }
  return new Uint8Array(bytes);
}
