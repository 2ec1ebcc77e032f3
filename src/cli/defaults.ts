/** Defaults of the `kg` CLI, relative to the working directory. */
export const DEFAULT_INPUT = 'graph/articles';
export const DEFAULT_OUT = 'graph/out';
export const DEFAULT_LEXICON = 'graph/lexicon/default.tsv';
export const DEFAULT_VIEWER_DIR = 'viewer/dist';
