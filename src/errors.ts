/** The builder's error hierarchy: each message starts with where and ends with the fix. */

/** Base class: the CLI prints `message` on one line and exits with `exitCode`. */
export class KgError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = new.target.name;
    this.exitCode = exitCode;
  }
}

/** A file or stream that cannot be read or decoded, or bad content in it. */
export class InputError extends KgError {}

/** An invalid option or argument (exit code 2, like a usage error). */
export class OptionsError extends KgError {
  constructor(message: string) {
    super(message, 2);
  }
}

/** A lexicon file that cannot be parsed. */
export class LexiconError extends KgError {}

/** An article the extractor failed on (a bug, not bad input): the message names the article. */
export class ExtractionError extends KgError {}

/** An output that cannot be written. */
export class ExportError extends KgError {}
