import type { EntityType } from '../types.js';

/** One curated entity: canonical name, type, English label and other surface forms. */
export interface LexiconEntry {
  name: string;
  type: EntityType;
  en: string;
  aliases: string[];
  /** File and line it came from, for messages. */
  origin: string;
}

/** A loaded lexicon: entries and an index from every surface form to its entry. */
export interface Lexicon {
  entries: LexiconEntry[];
  bySurface: Map<string, LexiconEntry>;
  /** Longest surface form, in characters. */
  maxLength: number;
}
