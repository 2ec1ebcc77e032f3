/**
 * `kg build` on what users really feed it: odd encodings, pages full of scripts, half-downloaded and huge files,
 * unreadable inputs, unwritable outputs, a build killed while it writes. Through the real CLI (bin/kg.js).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setImmediate as nextTick } from 'node:timers/promises';
import { afterAll, describe, it } from 'vitest';
import { exportGraph } from '../../src/export/index.js';
import { buildGraph } from '../../src/graph/index.js';
import type { Corpus } from '../../src/types.js';
import { fixturePath, loadFixture } from '../fixtures/load.js';
import { encodeGbk } from '../read/gbk.js';
import { ROOT } from './kg.js';
import { utf16 } from '../fixtures/encodings.js';

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

interface RunOptions {
  /** Flags for node itself, e.g. a heap limit. */
  nodeArgs?: string[];
  /** Run as this user (tests run as root here, who may read and write anything). */
  user?: { uid: number; gid: number };
}

const work = mkdtempSync(join(tmpdir(), 'kg-bad-input-'));
chmodSync(work, 0o755); // the unprivileged user of the permission cases must reach its files
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SEED = fixturePath('articles/000_35b15ba85cb5f8c4.txt');
const GRAPH_FILES = ['graph.json', 'graph.gexf', 'nodes.csv', 'edges.csv'];
const IS_ROOT = process.getuid?.() === 0;
/** Who cannot read a mode-000 file or write a mode-555 folder: `nobody` when we are root, else ourselves. */
const UNPRIVILEGED = IS_ROOT ? { uid: 65534, gid: 65534 } : undefined;
const CAN_DENY = process.platform !== 'win32';

/** Starts bin/kg.js without waiting for it (the cases run side by side). */
function start(args: string[], options: RunOptions = {}): ChildProcess {
  return spawn(process.execPath, [...(options.nodeArgs ?? []), resolve(ROOT, 'bin/kg.js'), ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.user ?? {}),
  });
}

/** Runs bin/kg.js to its end, like tests/cli/kg.ts's `kg` but asynchronous. */
function kgRun(args: string[], options: RunOptions = {}): Promise<Run> {
  const child = start(args, options);
  return finished(child);
}

function finished(child: ChildProcess): Promise<Run> {
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, stdout, stderr }));
  });
}

/** Writes a file under the work folder and returns its path. */
function file(name: string, contents: string | Uint8Array): string {
  const path = join(work, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, contents);
  return path;
}

/** A sparse file of `megabytes` MB: one line, no disk space used, nothing held in this process. */
function sparse(name: string, megabytes: number): string {
  const path = file(name, '');
  truncateSync(path, megabytes << 20);
  return path;
}

/** The graph.json of a folder. */
const readGraph = (dir: string) =>
  JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8')) as {
    attributes: { articles: { id: string }[] };
    nodes: { key: string; attributes: { aliases: string[]; articles: string[]; entityType: string } }[];
    edges: { attributes: { evidence: { article: string; text: string }[] } }[];
  };

/** One build of a folder of odd but readable files (started once, shared by the tests below). */
const ODD_OUT = join(work, 'odd-out');
let oddBuild: Promise<Run> | undefined;

function buildOddFolder(): Promise<Run> {
  oddBuild ??= (async () => {
    file('odd/gbk.txt', encodeGbk('天津大学与南开大学在滨海新区共建联合实验室，推动科研成果转化。'));
    // GB18030: GBK plus four-byte sequences, here "®" (81 30 85 33) after a product name.
    file('odd/gb18030.txt', new Uint8Array([...encodeGbk('国家药品监督管理局批准合源生物的源瑞达'), 0x81, 0x30, 0x85, 0x33, ...encodeGbk('上市，这是滨海新区的重要成果。')]));
    file('odd/utf16le.txt', utf16('中国科学院天津工业生物技术研究所在滨海新区建设生物制造谷。', false));
    file('odd/utf16be.txt', utf16('国家超算天津中心位于滨海新区，服务京津冀的科研机构。', true));
    file('odd/traditional.txt', TRADITIONAL);
    file(
      'odd/page.html',
      [
        '<!doctype html><html><head><title>滨海新区新闻</title><style>.x::after{content:"复旦大学"}</style>',
        '<script>var a = "华为技术有限公司与北京大学合作";</script></head><body>',
        '<iframe src="https://ads.example.com">清华大学</iframe><noscript>浙江大学发布通知。</noscript>',
        '<p onclick="alert(\'上海交通大学\')">凯莱英在滨海新区建成新的研发中心，康希诺参与合作。</p>',
        '<template><p>武汉大学建成实验室。</p></template><svg><text>中山大学</text></svg>',
        '<div style="display:none">四川大学发布成果。</div><script type="module">import("吉林大学")</script>',
        '</body></html>',
      ].join('\n'),
    );
    // Half-finished downloads: cut inside the last character, and inside a tag.
    file('odd/truncated-utf8.txt', Buffer.from('麒麟软件在信创谷发布新版操作系统，飞腾提供芯片支持，天津好').subarray(0, -1));
    file('odd/truncated.html', '<html><body><p>利安隆与华熙生物在滨海新区签署战略合作协议。</p><p>未完<di');
    return kgRun(['build', join(work, 'odd'), '--out', ODD_OUT]);
  })();
  return oddBuild;
}

const TRADITIONAL = '據悉，天津港集團在北疆港區建成智能化集裝箱碼頭，南開大學參與建設。';

/** A bad input: the files it needs, the arguments, and the one error line expected. */
interface BadCase {
  name: string;
  /** Inputs and options; `--out` goes to a fresh folder unless given. */
  args: () => string[];
  message: RegExp;
  options?: RunOptions;
  skip?: string | false;
}

const BAD_CASES: BadCase[] = [
  {
    name: 'a file of whitespace only',
    args: () => [file('blank.txt', ' \n\t \r\n\u3000\u3000\n')],
    message: /blank\.txt: empty file — /,
  },
  {
    name: 'a JSONL file with a broken line in the middle',
    args: () => [file('middle.jsonl', '{"id":"a","text":"天津大学发布新成果。"}\n{"id":"b","text":broken}\n{"id":"c","text":"南开大学发布新成果。"}\n')],
    message: /middle\.jsonl:2: invalid JSON \(.*\) — fix the line or pass --skip-bad$/,
  },
  {
    name: 'a single 200 MB line (a sparse file, refused from its size)',
    args: () => [sparse('sparse.txt', 200)],
    message: /sparse\.txt: too large \(200 MB > 100 MB\) — pass --max-file-size to raise the limit$/,
  },
  {
    name: 'a single 200 MB line read with --max-file-size 300, under a 256 MB heap',
    args: () => [sparse('huge.txt', 200), '--max-file-size', '300'],
    message: /huge\.txt: article too long \(at least [\d,]+ characters, the limit is 200,000\) — split it into several files or JSONL lines$/,
    options: { nodeArgs: ['--max-old-space-size=256'] },
  },
  {
    name: 'an unreadable file',
    args: () => {
      const path = file('locked/unreadable.txt', '天津大学发布新成果。');
      chmodSync(path, 0o000);
      return [path];
    },
    message: /unreadable\.txt: permission denied — /,
    options: { user: UNPRIVILEGED },
    skip: !CAN_DENY && 'file permissions cannot deny reading on this platform',
  },
  {
    name: '--out pointing at an existing regular file',
    args: () => [SEED, '--out', file('not-a-folder', 'a file')],
    message: /cannot create folder .*not-a-folder: EEXIST \(a file of that name is in the way\) — remove that file or pass --out DIR$/,
  },
  {
    name: '--out inside a folder the user may not write',
    args: () => {
      const parent = join(work, 'read-only');
      mkdirSync(parent, { recursive: true });
      chmodSync(parent, 0o555);
      return [SEED, '--out', join(parent, 'out')];
    },
    message: /cannot create folder .*read-only\/out: EACCES \(permission denied\) — check the folder's permissions or pass --out DIR$/,
    options: { user: UNPRIVILEGED },
    skip: !CAN_DENY && 'folder permissions cannot deny writing on this platform',
  },
];

/** Temp files of the graph files written by process `pid` (see src/export/atomic-write.ts). */
const tempOf = (pid: number | undefined) => (name: string) =>
  GRAPH_FILES.some((file) => name.startsWith(`.${file}.${pid}.`)) && name.endsWith('.tmp');

/**
 * Watches `out` while `child` builds; at the first temp file of a graph file, pauses the child (SIGSTOP) and, if the
 * temp file is still there, kills it (SIGKILL): the kill then lands while that file is being written, before its
 * rename. Returns the temp file's name, or undefined when the child finished first.
 */
async function killWhileWriting(child: ChildProcess, out: string): Promise<string | undefined> {
  let exited = false;
  child.once('exit', () => (exited = true));
  const isTemp = tempOf(child.pid);
  while (!exited) {
    if (readdirSync(out).some(isTemp)) {
      child.kill('SIGSTOP');
      const temp = readdirSync(out).find(isTemp);
      if (temp !== undefined) {
        child.kill('SIGKILL');
        return temp;
      }
      child.kill('SIGCONT');
    }
    await nextTick();
  }
  return undefined;
}

/** A graph file is whole: graph.json parses, graph.gexf is closed, a CSV ends with its record end. */
function isWhole(name: string, bytes: Buffer): boolean {
  const text = bytes.toString('utf8');
  if (name === 'graph.json') {
    try {
      return Array.isArray(JSON.parse(text).nodes);
    } catch {
      return false;
    }
  }
  return name === 'graph.gexf' ? text.trimEnd().endsWith('</gexf>') : text.startsWith('\uFEFF') && text.endsWith('\r\n');
}

// Every case runs its own kg process: all of them side by side.
describe.concurrent('kg build on what users feed it', () => {
  describe('kg build on odd but readable files, all in one folder', () => {
    it('exits 0, prints no error, and reads every file as one article', async ({ expect }) => {
      const run = await buildOddFolder();
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(readGraph(ODD_OUT).attributes.articles.map((a) => a.id)).toEqual([
        'gb18030', 'gbk', 'page', 'traditional', 'truncated', 'truncated-utf8', 'utf16be', 'utf16le',
      ]);
    });

    it.for([
      ['gbk', 'GBK', ['天津大学', '南开大学', '滨海新区']],
      ['gb18030', 'GB18030 with a four-byte character', ['国家药品监督管理局', '合源生物', '源瑞达']],
      ['utf16le', 'UTF-16 LE with BOM', ['中国科学院天津工业生物技术研究所', '生物制造谷', '滨海新区']],
      ['utf16be', 'UTF-16 BE with BOM', ['国家超算天津中心', '滨海新区']],
      ['page', 'HTML full of scripts', ['凯莱英', '康希诺', '滨海新区']],
      ['truncated-utf8', 'UTF-8 cut inside its last character', ['麒麟软件', '信创谷']],
      ['truncated', 'HTML cut inside a tag', ['利安隆', '华熙生物']],
    ] as const)('finds the entities of %s (%s)', async ([article, , names], { expect }) => {
      await buildOddFolder();
      const graph = readGraph(ODD_OUT);
      const found = graph.nodes.filter((n) => n.attributes.articles.includes(article)).flatMap((n) => [n.key, ...n.attributes.aliases]);
      for (const name of names) expect(found, name).toContain(name);
    });

    it('takes no entity from scripts, styles, iframes, noscript, templates, SVG, event handlers or hidden elements', async ({ expect }) => {
      await buildOddFolder();
      const names = readGraph(ODD_OUT).nodes.flatMap((n) => [n.key, ...n.attributes.aliases]).join('\n');
      for (const hidden of ['华为', '北京大学', '复旦大学', '清华大学', '浙江大学', '上海交通大学', '武汉大学', '中山大学', '四川大学', '吉林大学']) {
        expect(names).not.toContain(hidden);
      }
    });

    it('matches traditional names as their simplified form and keeps the evidence as written', async ({ expect }) => {
      await buildOddFolder();
      const graph = readGraph(ODD_OUT);
      const evidence = graph.edges.flatMap((e) => e.attributes.evidence).filter((e) => e.article === 'traditional');
      expect(evidence.length).toBeGreaterThan(0);
      for (const e of evidence) expect(TRADITIONAL).toContain(e.text);
      const nankai = graph.nodes.find((n) => n.key === '南开大学');
      expect(nankai?.attributes.aliases).toContain('南開大學');
      expect(graph.nodes.map((n) => n.key)).not.toContain('南開大學');
    });
  });

  describe('kg build on bad input: one error line naming the file and the cause, exit 1', () => {
    it.for(BAD_CASES)('$name', async ({ args, message, options, skip }, { expect, skip: skipTest }) => {
      if (skip) skipTest(skip);
      const given = args();
      const out = given.includes('--out') ? [] : ['--out', join(work, 'never-written')];
      const run = await kgRun(['build', ...given, ...out], options);
      // Progress lines may come first (the build reports its steps); the error is one line, the last one.
      const lines = run.stderr.trim().split('\n');
      expect(lines.filter((line) => line.startsWith('kg: ')), run.stderr).toHaveLength(1);
      expect(lines.at(-1)).toMatch(/^kg: /);
      expect(lines.at(-1)).toMatch(message);
      expect(run.stderr).not.toMatch(/^\s+at |Error:|node:internal/m);
      expect(run.code).toBe(1);
    });
  });

  describe('kg build --skip-bad', () => {
    it('skips the broken line in the middle of a JSONL file, says which, counts it, and builds the rest', async ({ expect }) => {
      const jsonl = file('skip.jsonl', '{"id":"a","text":"天津大学发布新成果。"}\n{"id":"b","text":broken}\n{"id":"c","text":"南开大学与滨海新区合作。"}\n');
      const out = join(work, 'skip-out');
      const run = await kgRun(['build', jsonl, '--out', out, '--skip-bad']);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/skip\.jsonl:2: skipped \(invalid JSON \(.*\)\)\n/);
      expect(run.stdout).toMatch(/^articles: 2 \(1 bad lines? skipped\)$/m);
      expect(readGraph(out).attributes.articles.map((a) => a.id)).toEqual(['a', 'c']);
    });
  });

  describe('a build killed with SIGKILL while it writes the graph files', () => {
    // SIGSTOP and SIGKILL are POSIX signals.
    it.skipIf(process.platform === 'win32')('leaves the previous files whole and readable; the next export removes the dead build\'s temp file', async ({ expect }) => {
      // 1. A first build writes the files to keep.
      const out = join(work, 'killed-out');
      const first = await kgRun(['build', SEED, '--out', out, '--quiet']);
      expect(first.stderr).toBe('');
      const before = new Map(GRAPH_FILES.map((name) => [name, readFileSync(join(out, name))]));

      // 2. A second build, on more articles, is killed while it writes (up to three tries if it is faster than the watch).
      let temp: string | undefined;
      for (let attempt = 0; attempt < 3 && temp === undefined; attempt++) {
        const child = start(['build', SEED, fixturePath('read'), '--out', out, '--quiet']);
        const run = finished(child);
        temp = await killWhileWriting(child, out);
        const ended = await run;
        if (temp !== undefined) expect(ended.signal).toBe('SIGKILL');
        else expect(ended.code, ended.stderr).toBe(0);
      }
      expect(temp, 'the build always finished before its temp file could be caught').toBeDefined();

      // 3. No partial file replaced a graph file: each is the previous one, byte for byte, or a whole new one
      //    (when the kill came after its rename); the file being written when the build died is the previous one.
      const caught = GRAPH_FILES.find((name) => temp!.startsWith(`.${name}.`))!;
      expect(readFileSync(join(out, caught)).equals(before.get(caught)!), caught).toBe(true);
      for (const [name, previous] of before) {
        const now = readFileSync(join(out, name));
        expect(now.equals(previous) || isWhole(name, now), name).toBe(true);
      }
      expect(readGraph(out).nodes.length).toBeGreaterThan(0);
      expect(readdirSync(out)).toContain(temp);

      // 4. The next export into the folder clears the temp file of the dead build.
      await exportGraph(buildGraph(loadFixture<Corpus>('corpus/small-corpus.json')), out);
      expect(readdirSync(out).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    });
  });
});
