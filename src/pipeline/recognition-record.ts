/**
 * A compact, JSON-safe form of a recognised article's sentences and mentions, without the text they point into:
 * what workers send back and what the cache stores. Decoding checks every field against the text.
 */
import { ENTITY_TYPES, type EntityType, type Mention, type MentionSource, type Sentence } from '../types.js';

/** [start, end, type, source, canonical?, text?]: text only when it is not text.slice(start, end). */
export type EncodedMention = [number, number, EntityType, MentionSource, (string | null)?, string?];

/** Sentences as flat [start0, end0, start1, end1, …] offsets, mentions as tuples. */
export interface RecognitionRecord {
  sentences: number[];
  mentions: EncodedMention[];
}

const TYPES = new Set<string>(ENTITY_TYPES);
const SOURCES = new Set<string>(['lexicon', 'suffix', 'enumeration', 'quote', 'title', 'product', 'gazetteer', 'pos'] satisfies MentionSource[]);
const MENTION_KEYS = new Set(['text', 'start', 'end', 'type', 'source', 'canonical']);

/** Encodes sentences and mentions of `text`; throws when a mention holds a field the record cannot carry. */
export function encodeRecognition(text: string, sentences: readonly Sentence[], mentions: readonly Mention[]): RecognitionRecord {
  const flat: number[] = [];
  for (const s of sentences) flat.push(s.start, s.end);
  const encoded = mentions.map((m): EncodedMention => {
    for (const key of Object.keys(m)) {
      if (!MENTION_KEYS.has(key)) throw new TypeError(`encodeRecognition: mention field "${key}" is not encoded — add it to recognition-record.ts and bump EXTRACTOR_VERSION`);
    }
    const tuple: EncodedMention = [m.start, m.end, m.type, m.source];
    const ownText = m.text !== text.slice(m.start, m.end);
    if (m.canonical !== undefined || ownText) tuple.push(m.canonical ?? null);
    if (ownText) tuple.push(m.text);
    return tuple;
  });
  return { sentences: flat, mentions: encoded };
}

/** Decodes a record against its text; returns undefined when anything is malformed (a corrupted cache entry). */
export function decodeRecognition(text: string, record: unknown): { sentences: Sentence[]; mentions: Mention[] } | undefined {
  if (typeof record !== 'object' || record === null) return undefined;
  const { sentences: flat, mentions: encoded } = record as Partial<RecognitionRecord>;
  if (!Array.isArray(flat) || flat.length % 2 !== 0 || !Array.isArray(encoded)) return undefined;
  const inText = (start: unknown, end: unknown): boolean =>
    Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0 && (start as number) <= (end as number) && (end as number) <= text.length;
  const sentences: Sentence[] = [];
  for (let i = 0; i < flat.length; i += 2) {
    if (!inText(flat[i], flat[i + 1])) return undefined;
    sentences.push({ index: i / 2, start: flat[i], end: flat[i + 1], text: text.slice(flat[i], flat[i + 1]) });
  }
  const mentions: Mention[] = [];
  for (const tuple of encoded) {
    if (!Array.isArray(tuple) || tuple.length < 4 || tuple.length > 6) return undefined;
    const [start, end, type, source, canonical, ownText] = tuple;
    if (!inText(start, end) || !TYPES.has(type) || !SOURCES.has(source)) return undefined;
    if (canonical !== undefined && canonical !== null && typeof canonical !== 'string') return undefined;
    if (ownText !== undefined && typeof ownText !== 'string') return undefined;
    const mention: Mention = { text: ownText ?? text.slice(start, end), start, end, type, source };
    if (typeof canonical === 'string') mention.canonical = canonical;
    mentions.push(mention);
  }
  return { sentences, mentions };
}
