/** Shared by the entity tests: what recognizeEntities finds in a made-up text, with no lexicon. */
import { recognizeEntities } from '../../src/entities/index.js';
import { EMPTY_LEXICON } from '../../src/lexicon/index.js';
import { splitSentences } from '../../src/sentences/index.js';
import type { Mention } from '../../src/types.js';

/** The types a reader counts as organisations (kept here, not taken from src, so that a test states what it expects). */
const ORG_TYPES = new Set(['Company', 'ResearchInstitute', 'GovernmentBody', 'Organization']);

/** Every mention recognized in `text`, with no lexicon. */
export const recognize = (text: string): Mention[] => recognizeEntities(text, splitSentences(text), EMPTY_LEXICON);

/** The organisations recognized in `text` (companies, institutes, government bodies, other organisations), in order. */
export const organisations = (text: string): string[] => recognize(text).filter((m) => ORG_TYPES.has(m.type)).map((m) => m.text);

/** The places recognized in `text`, in order. */
export const places = (text: string): string[] => recognize(text).filter((m) => m.type === 'Region').map((m) => m.text);

/** The people recognized in `text`, in order. */
export const people = (text: string): string[] => recognize(text).filter((m) => m.type === 'Person').map((m) => m.text);
