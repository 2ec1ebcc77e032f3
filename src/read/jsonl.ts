/** JSON Lines: one article object per line, checked field by field. */
import { MAX_REASON_LENGTH } from './defaults.js';
import { tooLongReason } from './limits.js';

/** One valid JSONL record with its 1-based line number. */
export interface JsonlRecord {
  line: number;
  id: string | null;
  title: string | null;
  url: string | null;
  date: string | null;
  text: string;
}

/** A line that is not a valid record, and why. */
export interface JsonlProblem {
  line: number;
  reason: string;
}

const OPTIONAL_STRINGS = ['title', 'url', 'date'] as const;

/** Splits a JSONL text into records and problems (blank lines are skipped, not problems; lines over `maxLineChars` are not parsed). */
export function parseJsonl(text: string, maxLineChars = Infinity): { records: JsonlRecord[]; problems: JsonlProblem[] } {
  const records: JsonlRecord[] = [];
  const problems: JsonlProblem[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const source = lines[i].trim();
    if (source === '') continue;
    if (source.length > maxLineChars) {
      problems.push({ line: i + 1, reason: tooLongReason('line', source.length, maxLineChars) });
      continue;
    }
    const result = parseRecord(source, i + 1);
    if ('reason' in result) problems.push(result);
    else records.push(result);
  }
  return { records, problems };
}

function parseRecord(source: string, line: number): JsonlRecord | JsonlProblem {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    return { line, reason: `invalid JSON (${shorten((error as Error).message)})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { line, reason: 'not a JSON object' };
  }
  const object = value as Record<string, unknown>;
  if (typeof object.text !== 'string') return { line, reason: 'no string field "text"' };
  if (object.text.trim() === '') return { line, reason: 'empty "text"' };
  const id = object.id;
  if (id !== undefined && id !== null && typeof id !== 'string' && !(typeof id === 'number' && Number.isFinite(id))) {
    return { line, reason: '"id" must be a string or a number' };
  }
  for (const key of OPTIONAL_STRINGS) {
    const field = object[key];
    if (field !== undefined && field !== null && typeof field !== 'string') return { line, reason: `"${key}" must be a string` };
  }
  return {
    line,
    id: id === undefined || id === null || String(id).trim() === '' ? null : String(id).trim(),
    title: blankToNull(object.title),
    url: blankToNull(object.url),
    date: blankToNull(object.date),
    text: object.text,
  };
}

function blankToNull(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function shorten(message: string): string {
  const oneLine = message.replace(/\s+/g, ' ');
  return oneLine.length <= MAX_REASON_LENGTH ? oneLine : `${oneLine.slice(0, MAX_REASON_LENGTH - 1)}…`;
}
