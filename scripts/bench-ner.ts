/**
 * Speed of entity recognition, in process: characters per second of recognizeEntities (sentences split first) and of
 * the whole per-document extraction (recognition, resolution, relations), on the seed article and, when a folder in
 * MSRA layout is given, on its sentences as one document each (as `kg extract` sees them). Start-up (jieba and its
 * dictionary, the name model) is not counted: one warm-up pass runs first.
 *
 *   npx tsx scripts/bench-ner.ts [DIR] [--seconds S]
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadInputFile } from '../src/cli/inputs.js';
import { loadLexicon } from '../src/cli/load-lexicon.js';
import { recognizeEntities } from '../src/entities/index.js';
import { EMPTY_LEXICON, type Lexicon } from '../src/lexicon/index.js';
import { extractCorpus, recognizeArticle } from '../src/pipeline/index.js';
import { readArticles } from '../src/read/index.js';
import { splitSentences } from '../src/sentences/index.js';
import type { Article } from '../src/types.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SEED = 'graph/articles/000_35b15ba85cb5f8c4.txt';

const args = process.argv.slice(2);
const secondsAt = args.indexOf('--seconds');
const budget = secondsAt >= 0 ? Number(args.splice(secondsAt, 2)[1]) : 2;
const dir = args[0];

/**
 * Runs `work` over the texts repeatedly for about `budget` seconds (after one warm-up pass) and returns the best pass
 * in chars per second of wall time and of this process's CPU time: the machine is shared, so the best pass is the one
 * least disturbed, and the CPU figure the steadier one.
 */
function charsPerSecond(texts: string[], work: (text: string, i: number) => void): { wall: number; cpu: number } {
  const chars = texts.reduce((n, t) => n + t.length, 0);
  texts.forEach(work);
  const best = { wall: 0, cpu: 0 };
  const started = performance.now();
  do {
    const passStarted = performance.now();
    const cpuStarted = process.cpuUsage();
    texts.forEach(work);
    const cpu = process.cpuUsage(cpuStarted);
    best.wall = Math.max(best.wall, chars / ((performance.now() - passStarted) / 1000));
    best.cpu = Math.max(best.cpu, chars / ((cpu.user + cpu.system) / 1e6));
  } while (performance.now() - started < budget * 1000);
  return best;
}

const article = (text: string, id: string): Article => ({ id, title: '', url: null, date: null, source: id, text });

function report(name: string, texts: string[], lexicon: Lexicon): void {
  const recognise = charsPerSecond(texts, (t) => recognizeEntities(t, splitSentences(t), lexicon));
  const extract = charsPerSecond(texts, (t, i) => extractCorpus([recognizeArticle(article(t, String(i)), lexicon)], lexicon));
  const kc = (x: { wall: number; cpu: number }) => `${Math.round(x.wall / 1000)} kchars/s (${Math.round(x.cpu / 1000)} per CPU s)`.padStart(30);
  console.log(`${name.padEnd(34)} recognise ${kc(recognise)}   extract ${kc(extract)}`);
}

const seedText = readArticles(await loadInputFile(SEED, ROOT))[0].text;
const lexicon = await loadLexicon([], true, ROOT);
report('seed article, default lexicon', [seedText], lexicon);
report('seed article, no lexicon', [seedText], EMPTY_LEXICON);
if (dir) {
  const sentences = readFileSync(join(dir, 'sentences.txt'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => l.replace(/ /g, ''));
  report(`${sentences.length} sentences, no lexicon`, sentences, EMPTY_LEXICON);
}
