/** Locale-independent ordering helpers: every sort of the graph stage goes through them. */

/** Orders strings by UTF-16 code units, like Array.prototype.sort without a comparator. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorted copy without duplicates. */
export function sortedUnique(values: readonly string[]): string[] {
  return [...new Set(values)].sort(compareStrings);
}

/** Rounds to a fixed number of decimals and turns -0 into 0. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor + 0;
}
