/** Names shown in one-line messages: control, line-break and bidi-override characters escaped. */

/**
 * C0/C1 controls, line and paragraph separators, and the bidi embeddings, overrides and isolates that can make a
 * terminal show a name reversed or spoofed ("Trojan Source").
 */
const UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** The text with each unprintable character written as \u{…}: a file named "a\nb.txt" stays on one line. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => `\\u{${char.codePointAt(0)!.toString(16).toUpperCase()}}`);
}
