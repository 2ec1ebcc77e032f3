import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../errors.js';
import { createLexicon, EMPTY_LEXICON, parseLexicon, type Lexicon } from '../lexicon/index.js';
import { DEFAULT_LEXICON } from './defaults.js';

/** Loads the default lexicon (when present) and the extra files given with --lexicon; `false` gives none. */
export async function loadLexicon(files: string[], enabled: boolean, cwd: string): Promise<Lexicon> {
  if (!enabled) return EMPTY_LEXICON;
  const paths = [...(existsSync(resolve(cwd, DEFAULT_LEXICON)) ? [DEFAULT_LEXICON] : []), ...files];
  let entries: ReturnType<typeof parseLexicon> = [];
  for (const file of paths) {
    let text: string;
    try {
      text = await readFile(resolve(cwd, file), 'utf8');
    } catch (error) {
      throw new InputError(`${file}: cannot read lexicon (${(error as NodeJS.ErrnoException).code ?? error}) — check the path given to --lexicon`);
    }
    // concat, not push(...): a lexicon of 10⁵ entries would overflow the stack as arguments.
    entries = entries.concat(parseLexicon(text, file));
  }
  return createLexicon(entries);
}
