/** Types of the read stage. */

/** The bytes of one input file, with its names. */
export interface InputFile {
  /** The path as the user gave it, for messages. */
  path: string;
  /** Stable relative path (forward slashes), used for ids and `source`. */
  relPath: string;
  bytes: Uint8Array;
}

/** Options of `readArticles`. */
export interface ReadOptions {
  /** Skip bad JSONL lines (reporting them through `onSkip`) instead of throwing. Default false. */
  skipBad?: boolean;
  /** Called once per skipped JSONL line with its 1-based number and the reason. */
  onSkip?: (line: number, reason: string) => void;
  /** Longest article text in characters (after cleaning); longer ones are refused. Default MAX_ARTICLE_CHARS. */
  maxArticleChars?: number;
}

/** The supported input formats. */
export type InputFormat = 'text' | 'markdown' | 'html' | 'jsonl';

/** What a format parser extracts from one document, before cleaning. */
export interface ParsedDocument {
  text: string;
  title: string | null;
  url: string | null;
  date: string | null;
}
