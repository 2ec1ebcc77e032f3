/** Token tests shared by the person layers (person-names.ts, person-patterns.ts). */
import { DOUBLE_SURNAMES, HAN_WORD, NOT_GIVEN_CHARS, SURNAMES, TRANSLITERATION_CHARS } from './defaults.js';
import type { Token } from './tokenize.js';

/** jieba's tags of people's names. */
export const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt']);
/** Tags of single characters that cannot be part of a name (particles, prepositions, conjunctions, pronouns, numerals…). */
const FUNCTION_TAGS = new Set(['p', 'c', 'u', 'uj', 'ul', 'uz', 'ud', 'ug', 'uv', 'r', 'y', 'e', 'o']);
/** Tags a multi-character token may have inside a foreign name. */
const FOREIGN_TAGS = new Set(['nr', 'nrt', 'nrfg', 'ns', 'nz', 'x', 'j']);
/** Tags of single characters that go on with the clause after a name, not the name (…延科|均, …说). */
const CLAUSE_WORD_TAGS = new Set(['d', 'v']);

/** A single Han character that could belong to a name (not a particle, preposition, numeral…). */
export function isNameChar(t: Token | undefined): boolean {
  return t !== undefined && t.word.length === 1 && HAN_WORD.test(t.word) && !FUNCTION_TAGS.has(t.tag) && !NOT_GIVEN_CHARS.has(t.word);
}

/** A name character that is no verb or adverb going on with the clause (…延科|均, 到|吕家): it belongs with a name beside it. */
export function isPlainNameChar(t: Token | undefined): boolean {
  return isNameChar(t) && !CLAUSE_WORD_TAGS.has(t!.tag);
}

/** True when `word` starts with a surname (one character, or two: 欧阳). */
export function startsWithSurname(word: string): boolean {
  return DOUBLE_SURNAMES.has(word.slice(0, 2)) || SURNAMES.at(word, 0);
}

/** A token made only of transliteration characters that is not an ordinary word. */
export function isForeignPiece(t: Token | undefined): boolean {
  if (!t || !TRANSLITERATION_CHARS.at(t.word, 0)) return false;
  for (let k = 1; k < t.word.length; k++) if (!TRANSLITERATION_CHARS.at(t.word, k)) return false;
  if (t.word.length === 1) return !FUNCTION_TAGS.has(t.tag);
  return FOREIGN_TAGS.has(t.tag);
}

