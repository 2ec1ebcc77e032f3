import { SURNAMES } from './defaults.js';
import { forEachLine } from './dictionary.js';

/**
 * A character model of Chinese given names, built once from jieba's dictionary (MIT): the given-name characters of its
 * three-character person names (`nr`, surname first) against each character's share of running text (dictionary word
 * frequencies). `givenNameScore` is the log-likelihood ratio "name character" vs "ordinary text" of a character.
 */
interface NameModel {
  score: Map<string, number>;
  /** Score of a character never seen in a name. */
  unseen: number;
}

let model: NameModel | undefined;

const HAN_FIRST = 0x3400;
const HAN_SIZE = 0xa000 - HAN_FIRST;

function buildModel(): NameModel {
  // Counts per character code (CJK range), in typed arrays: one pass over 350,000 entries stays cheap.
  const inNames = new Float64Array(HAN_SIZE);
  const inText = new Float64Array(HAN_SIZE);
  let names = 0;
  let textWeight = 0;
  forEachLine((text, start, wordEnd, frequency, tagStart, tagEnd) => {
    // Tags start with n+r for people (nr, nrfg, nrt): compare character codes, no strings made.
    const personTag = tagEnd - tagStart >= 2 && text.charCodeAt(tagStart) === 110 && text.charCodeAt(tagStart + 1) === 114;
    const length = wordEnd - start;
    if (personTag && length === 3 && (tagEnd - tagStart === 2 || text.startsWith('nrfg', tagStart)) && SURNAMES.at(text, start)) {
      for (let k = 1; k < 3; k++) {
        const i = text.charCodeAt(start + k) - HAN_FIRST;
        if (i >= 0 && i < HAN_SIZE) inNames[i]++;
      }
      names += 2;
    }
    // Person names are left out of the text side, so that it stands for ordinary words.
    if (personTag) return;
    const weight = Math.log1p(frequency);
    for (let k = start; k < wordEnd; k++) {
      const i = text.charCodeAt(k) - HAN_FIRST;
      if (i >= 0 && i < HAN_SIZE) inText[i] += weight;
    }
    textWeight += weight * length;
  });
  const score = new Map<string, number>();
  const pName = (n: number) => (n + 0.5) / (names + 0.5 * 5000);
  const pText = (n: number) => (n + 1) / (textWeight + 5000);
  for (let i = 0; i < HAN_SIZE; i++) {
    if (inNames[i] > 0) score.set(String.fromCharCode(i + HAN_FIRST), Math.log(pName(inNames[i]) / pText(inText[i])));
  }
  return { score, unseen: Math.log(pName(0) / pText(0)) - 2 };
}

/** Log-likelihood ratio that `c` is a given-name character rather than a character of ordinary text. */
export function givenNameScore(c: string): number {
  model ??= buildModel();
  return model.score.get(c) ?? model.unseen;
}
