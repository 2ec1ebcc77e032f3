/**
 * Scores `kg extract --no-lexicon` on a BIO-tagged NER set (MSRA layout: DIR/sentences.txt with characters separated
 * by spaces, DIR/tags.txt with one ORG/PER/LOC BIO tag per character), exact spans, and prints P/R/F1 and speed.
 *
 *   npm run eval:ner -- DIR [--errors N] [--limit N] [--half 1|2] [--type ORG|PER|LOC] [--repeat N]
 *
 * --errors N prints N sentences with missed or wrong spans to stderr (for looking, never for making lists); --type
 * limits them to one class. --half 1 (2) scores only the first (second) half of the sentences: look at errors in one
 * half, judge rules on the other. --repeat N sends the sentences N times in one run (scored once) so that the speed is
 * measured on a larger input, start-up amortised.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bioToSpans, mentionsToSpans, NER_CLASSES, scoreSpans, type Span } from './ner-score.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Options {
  dir: string;
  errors: number;
  limit: number;
  half: 0 | 1 | 2;
  type: string;
  repeat: number;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { dir: '', errors: 0, limit: Infinity, half: 0, type: '', repeat: 1 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--half') {
      const half = argv[++i];
      if (half !== '1' && half !== '2') fail('--half needs 1 or 2');
      options.half = Number(half) as 1 | 2;
    } else if (arg === '--type') {
      const type = argv[++i];
      if (!(NER_CLASSES as readonly string[]).includes(type)) fail(`--type needs one of ${NER_CLASSES.join(', ')}`);
      options.type = type;
    } else if (arg === '--errors' || arg === '--limit' || arg === '--repeat') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 0 || (arg === '--repeat' && n < 1)) fail(`${arg} needs a whole number${arg === '--repeat' ? ' ≥ 1' : ''}`);
      if (arg === '--errors') options.errors = n;
      else if (arg === '--repeat') options.repeat = n;
      else options.limit = n;
    } else if (!arg.startsWith('-') && !options.dir) {
      options.dir = arg;
    } else {
      fail(`unknown argument ${arg}`);
    }
  }
  if (!options.dir) fail('give the folder holding sentences.txt and tags.txt');
  return options;
}

function fail(message: string): never {
  process.stderr.write(`eval-ner: ${message} — usage: npm run eval:ner -- DIR [--errors N] [--limit N] [--half 1|2] [--type ORG|PER|LOC] [--repeat N]\n`);
  process.exit(2);
}

/** Reads DIR/sentences.txt and DIR/tags.txt into texts and gold spans, checking they line up. */
function loadSet(dir: string, limit: number, half: 0 | 1 | 2): { texts: string[]; gold: Span[][] } {
  const lines = (file: string) => {
    const path = join(dir, file);
    try {
      return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '');
    } catch (error) {
      fail(`${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  };
  const allSentences = lines('sentences.txt');
  const allTags = lines('tags.txt');
  if (allSentences.length !== allTags.length) fail(`${dir}: ${allSentences.length} sentences but ${allTags.length} tag lines`);
  const middle = Math.ceil(allSentences.length / 2);
  const [from, to] = half === 1 ? [0, middle] : half === 2 ? [middle, allSentences.length] : [0, allSentences.length];
  const sentences = allSentences.slice(from, to).slice(0, limit);
  const tags = allTags.slice(from, to).slice(0, limit);
  const texts: string[] = [];
  const gold: Span[][] = [];
  sentences.forEach((line, i) => {
    const chars = line.trim().split(/ +/);
    const bio = tags[i].trim().split(/ +/);
    if (chars.length !== bio.length) fail(`${dir}: line ${i + 1} has ${chars.length} characters but ${bio.length} tags`);
    // A "character" may be more than one UTF-16 unit; offsets are UTF-16, so map tag positions to them.
    const offsets: number[] = [];
    let at = 0;
    for (const c of chars) {
      offsets.push(at);
      at += c.length;
    }
    offsets.push(at);
    texts.push(chars.join(''));
    gold.push(bioToSpans(bio).map((s) => ({ type: s.type, start: offsets[s.start], end: offsets[s.end] })));
  });
  return { texts, gold };
}

/** Runs `kg extract --no-lexicon` over the texts (`repeat` times, the first copy kept); returns their mentions and the timings. */
async function runExtract(texts: string[], repeat: number): Promise<{ mentions: Span[][]; seconds: number; steadySeconds: number }> {
  const child = spawn(process.execPath, [join(ROOT, 'bin/kg.js'), 'extract', '--no-lexicon'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  const started = performance.now();
  let firstOutput = 0;
  let buffer = '';
  const mentions: Span[][] = texts.map(() => []);
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    firstOutput ||= performance.now();
    buffer += chunk;
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const doc = JSON.parse(buffer.slice(0, nl)) as { id: string; mentions: Array<{ type: string; start: number; end: number }> };
      buffer = buffer.slice(nl + 1);
      if (!doc.id.includes(':')) mentions[Number(doc.id)] = mentionsToSpans(doc.mentions);
    }
  });
  const copy = (n: number) => texts.map((text, id) => JSON.stringify({ id: n === 0 ? String(id) : `${n}:${id}`, text })).join('\n') + '\n';
  for (let n = 0; n < repeat; n++) child.stdin.write(copy(n));
  child.stdin.end();
  const code = await new Promise<number | null>((done) => child.on('close', done));
  if (code !== 0) fail(`kg extract exited with ${code}`);
  const ended = performance.now();
  return { mentions, seconds: (ended - started) / 1000, steadySeconds: (ended - (firstOutput || started)) / 1000 };
}

/** Prints up to `n` sentences whose predicted spans differ from the gold ones. */
function printErrors(texts: string[], gold: Span[][], predicted: Span[][], n: number, type: string): void {
  const show = (text: string, spans: Span[]) => spans.map((s) => `${s.type}:${text.slice(s.start, s.end)}`).join(' ');
  let shown = 0;
  for (let i = 0; i < texts.length && shown < n; i++) {
    const key = (s: Span) => `${s.type}:${s.start}:${s.end}`;
    const g = new Set(gold[i].map(key));
    const p = new Set(predicted[i].map(key));
    const ofType = (s: Span) => !type || s.type === type;
    const missed = gold[i].filter((s) => !p.has(key(s)) && ofType(s));
    const wrong = predicted[i].filter((s) => !g.has(key(s)) && ofType(s));
    if (missed.length + wrong.length === 0) continue;
    shown++;
    process.stderr.write(`#${i} ${texts[i]}\n  missed: ${show(texts[i], missed)}\n  wrong:  ${show(texts[i], wrong)}\n`);
  }
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const { texts, gold } = loadSet(options.dir, options.limit, options.half);
  const { mentions, seconds, steadySeconds } = await runExtract(texts, options.repeat);
  if (options.errors > 0) printErrors(texts, gold, mentions, options.errors, options.type);
  const scores = scoreSpans(gold, mentions);
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
  const part = options.half ? ` (half ${options.half})` : '';
  console.log(`${texts.length} sentences, ${chars} characters, ${options.dir}${part}`);
  console.log('class   P      R      F1     tp     fp     fn');
  for (const c of [...NER_CLASSES, 'micro']) {
    const s = scores[c];
    console.log(`${c.padEnd(6)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}  ${String(s.tp).padStart(5)}  ${String(s.fp).padStart(5)}  ${String(s.fn).padStart(5)}`);
  }
  const sent = chars * options.repeat;
  const megabytes = (Buffer.byteLength(texts.join(''), 'utf8') * options.repeat) / 1e6;
  const copies = options.repeat > 1 ? ` (${options.repeat} copies, ${sent} characters, ${megabytes.toFixed(1)} MB of UTF-8)` : '';
  console.log(`speed${copies}: ${Math.round(sent / seconds)} chars/s over the whole run (${seconds.toFixed(2)} s, start-up included); ${Math.round(sent / steadySeconds)} chars/s = ${(megabytes / steadySeconds).toFixed(2)} MB/s after the first output`);
}

await main();
