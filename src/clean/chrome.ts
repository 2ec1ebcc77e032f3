/** Page-chrome removal over the lines of a normalised text: head filters, footer truncation, section drops, tail trim. */
import { TRAILING_CREDIT } from './defaults.js';
import { hasBodyShape, matchChrome, type ChromeMatch } from './lines.js';

/** Lines kept, and the publisher named by a "来源：" line if any. */
export interface ChromeRemoval {
  lines: string[];
  origin?: string;
}

const ORIGIN = /来源\s*[:：]\s*[“"《「]?([^\s,，;；。|丨()（）“”"《》「」]{1,30})/;

/** Removes page chrome from normalised lines ('' for a blank line); one pass, see `cleanText` for the loop. */
export function removeChrome(lines: readonly string[]): ChromeRemoval {
  // 1. Classify every line once.
  const chrome: (ChromeMatch | undefined)[] = lines.map(matchChrome);
  const body = lines.map((line, i) => chrome[i] === undefined && hasBodyShape(line));
  const firstBody = firstIndex(body, true);
  const origin = findOrigin(lines, chrome);

  // 2. The footer starts at the first footer marker after the first body line, or at a weaker `tail` marker
  //    after the last body line; everything from it on goes.
  const lastBodyOfAll = body.lastIndexOf(true);
  let end = lines.length;
  for (let i = firstBody; i < lines.length; i++) {
    const role = chrome[i]?.role;
    if (role === 'footer' || (role === 'tail' && i > lastBodyOfAll)) {
      end = i;
      break;
    }
  }
  let lastBody = -1;
  for (let i = end - 1; i >= 0; i--) {
    if (body[i]) {
      lastBody = i;
      break;
    }
  }

  // 3. Head, body and tail filters.
  const kept: string[] = [];
  let tailStart = 0;
  const headSeen = new Set<string>();
  for (let i = 0; i < end; i++) {
    const line = lines[i];
    const match = chrome[i];
    if (i < firstBody) {
      // Before the body every chrome line goes, and so does a repeated headline.
      if (match !== undefined || (line !== '' && headSeen.has(line))) continue;
      headSeen.add(line);
    } else if (match?.role === 'section') {
      // A recommendation list: its heading and the short lines under it, up to the next body line.
      while (i + 1 < end && !body[i + 1]) i++;
      continue;
    } else if (match?.role === 'line' || (match?.role === 'edge' && i > lastBody)) {
      continue;
    }
    kept.push(line);
    if (i === lastBody) tailStart = kept.length;
  }

  // 4. After the last body line: account names repeated on adjacent lines ("天津高新区THT" twice).
  const tail = kept.slice(tailStart);
  const trimmedTail = tail.filter((line, i) => line === '' || (line !== tail[i - 1] && line !== tail[i + 1]));
  const result = [...kept.slice(0, tailStart), ...trimmedTail].map(removeTrailingCredit);
  return { lines: result, origin };
}

/** "…发展。（责任编辑：王五）" → "…发展。": the credit is looked for from the line's last opening parenthesis only (linear). */
function removeTrailingCredit(line: string): string {
  const open = Math.max(line.lastIndexOf('（'), line.lastIndexOf('('));
  if (open < 0) return line;
  const tail = line.slice(open);
  return TRAILING_CREDIT.test(tail) ? line.slice(0, open).trimEnd() : line;
}

function firstIndex(flags: readonly boolean[], value: boolean): number {
  const i = flags.indexOf(value);
  return i < 0 ? flags.length : i;
}

/** The publisher of the first "来源：滨海发布" found in a chrome line. */
function findOrigin(lines: readonly string[], chrome: readonly (ChromeMatch | undefined)[]): string | undefined {
  for (let i = 0; i < lines.length; i++) {
    if (chrome[i] === undefined) continue;
    const origin = ORIGIN.exec(lines[i])?.[1];
    if (origin !== undefined) return origin;
  }
  return undefined;
}
