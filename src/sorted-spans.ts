/** Bisection over spans sorted by start (tokens, mentions): shared by the stages that look spans up by position. */

/** Index of the first span starting at or after `at` (the length of `spans` when none does). */
export function firstStartingAt(spans: readonly { start: number }[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
