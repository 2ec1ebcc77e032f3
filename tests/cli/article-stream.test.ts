import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { streamArticles } from '../../src/cli/article-stream.js';
import { readArticles } from '../../src/read/index.js';

const work = mkdtempSync(join(tmpdir(), 'kg-stream-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const file = (name: string, contents: string | Buffer) => {
  writeFileSync(join(work, name), contents);
  return name;
};
const line = (id: string | null, text: string) => JSON.stringify(id === null ? { text } : { id, text });
const collect = async (paths: string[], options = {}) => {
  const out = [];
  for await (const item of streamArticles(paths, work, { chunkBytes: 64, ...options })) out.push(item);
  return out;
};
const TEXTS = Array.from({ length: 12 }, (_, i) => `第${i}条新闻：滨海新区集聚了飞腾、麒麟等龙头企业，产值超过${i + 1}00亿元。`);

describe('streamArticles', () => {
  it('reads a JSONL in many small chunks exactly as the read stage reads the whole file: ids, line numbers, metadata', async () => {
    const lines = TEXTS.map((text, i) => (i % 3 === 0 ? line(null, text) : line(`n${i}`, text)));
    const name = file('many.jsonl', ['', ...lines.slice(0, 5), '', '  ', ...lines.slice(5)].join('\r\n') + '\r\n');
    const streamed = await collect([name]);
    const whole = readArticles({ path: name, relPath: name, bytes: readFileSync(join(work, name)) });
    expect(streamed.map((s) => s.article)).toEqual(whole);
    // Lines 1, 7 and 8 are blank: the records without an id, 0, 3, 6 and 9, are on lines 2, 5, 10 and 13.
    expect(streamed.map((s) => s.article.id).filter((id) => id.startsWith('many#'))).toEqual(['many#2', 'many#5', 'many#10', 'many#13']);
    expect(streamed.at(-1)?.article.source).toBe('many.jsonl#L15');
  });

  it('names the line of a bad record far into the file', async () => {
    const lines = TEXTS.map((text, i) => line(`n${i}`, text));
    lines[9] = '{"id": "broken"';
    const name = file('bad.jsonl', lines.join('\n'));
    await expect(collect([name])).rejects.toThrow(/^bad\.jsonl:10: invalid JSON .* — fix the line or pass --skip-bad$/);
    const skipped: Array<[number, string]> = [];
    const read = await collect([name], { skipBad: true, onSkip: (_: string, at: number, reason: string) => skipped.push([at, reason]) });
    expect(read).toHaveLength(11);
    expect(skipped.map(([at]) => at)).toEqual([10]);
  });

  it('catches an id repeated in another chunk, with the read stage’s words', async () => {
    const lines = TEXTS.map((text, i) => line(i === 10 ? 'n1' : `n${i}`, text));
    const name = file('dup.jsonl', lines.join('\n'));
    await expect(collect([name])).rejects.toThrow('dup.jsonl:11: duplicate id "n1" (first on line 2) — fix the line or pass --skip-bad');
    expect(await collect([name], { skipBad: true })).toHaveLength(11);
  });

  it('gives a blank JSONL the read stage’s empty-file error', async () => {
    const name = file('blank.jsonl', '\n  \n\t\n');
    await expect(collect([name])).rejects.toThrow(InputError);
    await expect(collect([name])).rejects.toThrow(/^blank\.jsonl: empty file/);
  });

  it('refuses a line longer than --max-file-size, naming it', async () => {
    const name = file('long.jsonl', `${line('a', TEXTS[0])}\n${line('b', '长'.repeat(2000))}\n`);
    await expect(collect([name], { maxFileSize: 1000 })).rejects.toThrow(/^long\.jsonl:2: line longer than 0\.0 MB — pass --max-file-size to raise the limit$/);
  });

  it('reads other formats and UTF-16 JSONL whole, in the order given', async () => {
    const txt = file('note.txt', TEXTS[0]);
    const utf16 = file('wide.jsonl', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${line('w', TEXTS[1])}\n`, 'utf16le')]));
    const read = await collect([utf16, txt]);
    expect(read.map((r) => r.article.id)).toEqual(['w', 'note']);
    expect(read[1].bytes).toBe(Buffer.byteLength(TEXTS[0]));
  });
});
