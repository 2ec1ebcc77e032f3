/** Dates and fallback titles found in text. */
import { DATE_SCAN_CHARS, FALLBACK_TITLE_LENGTH, MAX_YEAR, MIN_YEAR } from './defaults.js';

/** Year, then month and day as 年月日 or separated by - / . (no global flag: no lastIndex shared between calls). */
const DATE = /(?<!\d)(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d))/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})(?:\D|$)/;

/** A date as YYYY-MM-DD when the value holds a valid one ("2024-03-05T08:00+08:00", "2024年3月5日", "2024/3/5"). */
export function normalizeDate(value: string): string | null {
  const text = value.trim();
  const compact = COMPACT_DATE.exec(text);
  if (compact !== null) return formatDate(compact[1], compact[2], compact[3]);
  const match = DATE.exec(text);
  return match !== null && match.index === 0 ? fromMatch(match) : null;
}

/** The first valid date in the top of a text (its first DATE_SCAN_CHARS characters), or null. */
export function findDate(text: string): string | null {
  const top = text.slice(0, DATE_SCAN_CHARS);
  for (const match of top.matchAll(new RegExp(DATE.source, 'g'))) {
    const date = fromMatch(match);
    if (date !== null) return date;
  }
  return null;
}

function fromMatch(match: RegExpMatchArray): string | null {
  return formatDate(match[1], match[2] ?? match[4], match[3] ?? match[5]);
}

function formatDate(year: string, month: string, day: string): string | null {
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return null;
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A title made from the first sentence of a text, cut after a clause with "…" when long. */
export function fallbackTitle(text: string): string {
  const first = text.split('\n').find((line) => line.trim() !== '')?.trim() ?? '';
  const sentence = [...(/^.+?[。！？!?](?=.)/.exec(first)?.[0] ?? first)];
  if (sentence.length <= FALLBACK_TITLE_LENGTH) return sentence.join('').replace(/[。.]$/, '');
  const head = sentence.slice(0, FALLBACK_TITLE_LENGTH).join('');
  const clause = Math.max(...['，', '；', '、', ',', ';', ' '].map((mark) => head.lastIndexOf(mark)));
  return `${clause >= FALLBACK_TITLE_LENGTH / 4 ? head.slice(0, clause) : head}…`;
}
