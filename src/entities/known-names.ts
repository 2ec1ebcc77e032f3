import type { EntityType, Mention } from '../types.js';
import type { Lexicon } from '../lexicon/index.js';
import type { SentenceContext } from './context.js';
import { NOT_REGIONS, PERSON_TITLES, REGION_ENDINGS } from './defaults.js';
import { GAZETTEER } from './gazetteer.js';

const GAZETTEER_TYPES = new Map<string, EntityType>(GAZETTEER);
const GAZETTEER_MAX = Math.max(...GAZETTEER.map(([n]) => n.length));
const TITLES = [...PERSON_TITLES].sort((a, b) => b.length - a.length);

/** Longest-match lookup of lexicon surface forms in the sentence. */
export function recognizeLexiconNames(ctx: SentenceContext, lexicon: Lexicon): Mention[] {
  if (lexicon.entries.length === 0) return [];
  return longestMatches(ctx, lexicon.maxLength, (surface) => {
    const entry = lexicon.bySurface.get(surface);
    return entry && { type: entry.type, canonical: entry.name };
  }).map((m) => ({ ...m, source: 'lexicon' as const }));
}

/** Longest-match lookup of the general gazetteer (national bodies, provinces, major cities). */
export function recognizeGazetteerNames(ctx: SentenceContext): Mention[] {
  return longestMatches(ctx, GAZETTEER_MAX, (surface) => {
    const type = GAZETTEER_TYPES.get(surface);
    return type && { type };
  })
    .filter((m) => isWordAligned(ctx, m.start, m.end))
    .map((m) => ({ ...m, source: 'gazetteer' as const }));
}

/** People and places from jieba's POS tags: `nr` next to a title (习近平总书记), `ns` with a place ending. */
export function recognizeTaggedNames(ctx: SentenceContext): Mention[] {
  const { text, sentence, tokens } = ctx;
  const mentions: Mention[] = [];
  tokens.forEach((t, i) => {
    if (t.start < sentence.start || t.end > sentence.end) return;
    if (/^nr/.test(t.tag) && t.word.length >= 2 && t.word.length <= 4) {
      const after = text.slice(t.end, t.end + 5);
      const before = tokens[i - 1]?.word ?? '';
      if (TITLES.some((title) => after.startsWith(title) || before.endsWith(title))) {
        mentions.push({ text: t.word, start: t.start, end: t.end, type: 'Person', source: 'pos' });
      }
    } else if (t.tag === 'ns' && t.word.length >= 3 && !NOT_REGIONS.has(t.word)) {
      if (REGION_ENDINGS.some((e) => t.word.endsWith(e))) {
        mentions.push({ text: t.word, start: t.start, end: t.end, type: 'Region', source: 'pos' });
      }
    }
  });
  return mentions;
}

/** Scans for the longest known surface form at each position. */
function longestMatches(
  ctx: SentenceContext,
  maxLength: number,
  lookup: (surface: string) => { type: EntityType; canonical?: string } | undefined,
): Mention[] {
  const { text, sentence } = ctx;
  const mentions: Mention[] = [];
  for (let i = sentence.start; i < sentence.end; ) {
    let found: Mention | undefined;
    for (let len = Math.min(maxLength, sentence.end - i); len >= 1; len--) {
      const surface = text.slice(i, i + len);
      const hit = lookup(surface);
      if (hit && !splitsLatinWord(text, i, i + len)) {
        found = { text: surface, start: i, end: i + len, type: hit.type, source: 'lexicon', canonical: hit.canonical };
        break;
      }
    }
    if (found) {
      mentions.push(found);
      i = found.end;
    } else {
      i++;
    }
  }
  return mentions;
}

/** A Latin surface form must not cut a Latin word ("360" inside "3600"). */
function splitsLatinWord(text: string, start: number, end: number): boolean {
  const alnum = /[A-Za-z0-9]/;
  return (alnum.test(text[start]) && alnum.test(text[start - 1] ?? '')) || (alnum.test(text[end - 1]) && alnum.test(text[end] ?? ''));
}

/** Gazetteer hits must start on a token boundary, so that 中国 inside 中国科学院 is a token-aligned prefix only. */
function isWordAligned(ctx: SentenceContext, start: number, end: number): boolean {
  const starts = ctx.tokens.some((t) => t.start === start);
  const ends = ctx.tokens.some((t) => t.end === end);
  return starts && ends;
}
