import { describe, expect, it } from 'vitest';
import { lastMentionsEndingBy, overlapsMention } from '../../src/relations/slots.js';
import { firstStartingAt } from '../../src/sorted-spans.js';
import type { ResolvedMention } from '../../src/types.js';

const mention = (start: number, end: number): ResolvedMention =>
  ({ text: 'x'.repeat(end - start), start, end, type: 'Region', source: 'pos', entity: `${start}-${end}` }) as ResolvedMention;

// In text order; a title [10, 20) holds a place [12, 14) (places inside titles are mentions of their own).
const MENTIONS = [mention(0, 4), mention(10, 20), mention(12, 14), mention(22, 25)];

describe('slot look-ups on a sentence with a nested mention', () => {
  it.each([
    [0, 0], [1, 1], [10, 1], [11, 2], [13, 3], [30, 4],
  ])('the first mention starting at or after %i is #%i', (at, index) => {
    expect(firstStartingAt(MENTIONS, at)).toBe(index);
  });

  it.each<[number, number, boolean]>([
    [4, 10, false], [15, 18, true], [19, 21, true], [20, 22, false], [3, 5, true], [25, 40, false], [14, 14, false],
  ])('[%i, %i) overlaps a mention: %s', (from, to, overlaps) => {
    expect(overlapsMention(MENTIONS, from, to)).toBe(overlaps);
  });

  it.each<[number, string[]]>([
    [21, ['12-14', '10-20']], [15, ['12-14', '0-4']], [5, ['0-4']], [0, []],
  ])('the last two mentions ending by %i: %j', (at, entities) => {
    expect(lastMentionsEndingBy(MENTIONS, at, 2).map((m) => m.entity)).toEqual(entities);
  });
});
