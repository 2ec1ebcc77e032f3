import { LexiconError } from '../errors.js';
import { ENTITY_TYPES, type EntityType } from '../types.js';
import type { Lexicon, LexiconEntry } from './types.js';

export type { Lexicon, LexiconEntry } from './types.js';

const HEADER = ['name', 'type', 'en', 'aliases'];
const TYPES = new Set<string>(ENTITY_TYPES);

/** Parses a lexicon TSV (`name\ttype\ten\taliases`, aliases separated by `|`, `#` comments). */
export function parseLexicon(text: string, file: string): LexiconEntry[] {
  const entries: LexiconEntry[] = [];
  let headerSeen = false;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.trimEnd();
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    const cols = line.split('\t').map((c) => c.trim());
    const where = `${file}:${i + 1}`;
    if (!headerSeen) {
      if (cols.join('\t') !== HEADER.join('\t')) {
        throw new LexiconError(`${where}: expected the header "${HEADER.join('\\t')}" — add it as the first line`);
      }
      headerSeen = true;
      return;
    }
    if (cols.length < 2 || cols.length > 4) {
      throw new LexiconError(`${where}: expected 2 to 4 tab-separated columns, found ${cols.length} — separate name, type, en and aliases with tabs`);
    }
    const [name, type, en = '', aliases = ''] = cols;
    if (!name) throw new LexiconError(`${where}: empty name — give the canonical Chinese name in the first column`);
    if (!TYPES.has(type)) {
      throw new LexiconError(`${where}: unknown type "${type}" — use one of ${ENTITY_TYPES.join(', ')}`);
    }
    const aliasList = aliases.split('|').map((a) => a.trim()).filter((a) => a && a !== name);
    entries.push({ name, type: type as EntityType, en, aliases: [...new Set(aliasList)], origin: where });
  });
  return entries;
}

/** Builds the surface index of several lexicon files' entries; later files override earlier ones for the same surface form. */
export function createLexicon(entries: LexiconEntry[]): Lexicon {
  const bySurface = new Map<string, LexiconEntry>();
  let maxLength = 0;
  for (const entry of entries) {
    for (const surface of [entry.name, ...entry.aliases]) {
      bySurface.set(surface, entry);
      maxLength = Math.max(maxLength, surface.length);
    }
  }
  return { entries, bySurface, maxLength };
}

/** An empty lexicon, for `--no-lexicon`. */
export const EMPTY_LEXICON: Lexicon = createLexicon([]);
