/** Messages of the size limits of the read stage. */

/** "article too long (1,234,567 characters, the limit is 200,000)"; `atLeast` when the length is a lower bound. */
export function tooLongReason(what: string, length: number, max: number, atLeast = false): string {
  return `${what} too long (${atLeast ? 'at least ' : ''}${thousands(length)} characters, the limit is ${thousands(max)})`;
}

function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}
