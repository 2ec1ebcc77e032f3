/**
 * npm run corpus:synth -- --articles N --seed S [--out FILE] [--duplicates RATE]
 * Writes N synthetic Chinese news articles as JSONL (one {"id","title","date","url","text"} a line) to FILE or stdout.
 */
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { DEFAULT_SYNTH, generateCorpus } from './synth/generate-corpus.js';

const USAGE = 'usage: npm run corpus:synth -- --articles N [--seed S] [--out FILE] [--duplicates RATE] [--chars N]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string' },
      seed: { type: 'string', default: 'kg' },
      out: { type: 'string' },
      duplicates: { type: 'string', default: String(DEFAULT_SYNTH.duplicateRate) },
      chars: { type: 'string', default: String(DEFAULT_SYNTH.articleChars) },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return void process.stdout.write(USAGE + '\n');
  const articles = Number(values.articles);
  if (values.articles === undefined || !Number.isInteger(articles) || articles < 0) throw new Error(`--articles: give a whole number ≥ 0 — ${USAGE}`);
  const records = generateCorpus({ articles, seed: values.seed!, duplicateRate: Number(values.duplicates), articleChars: Number(values.chars) });
  // To a temp file renamed at the end, so an interrupted run never leaves half a corpus under the final name.
  const temp = values.out ? `${values.out}.${process.pid}.tmp` : undefined;
  const out = temp ? createWriteStream(temp) : process.stdout;
  try {
    for (const record of records) {
      if (!out.write(JSON.stringify(record) + '\n')) await once(out, 'drain');
    }
    if (temp) {
      out.end();
      await once(out, 'finish');
      await rename(temp, values.out!);
      process.stderr.write(`${values.out}: ${articles} articles\n`);
    }
  } catch (error) {
    if (temp) await rm(temp, { force: true });
    throw error;
  }
}

main().catch((error: Error) => {
  process.stderr.write(`corpus:synth: ${error.message}\n`);
  process.exitCode = 1;
});
