import { cac } from 'cac';
import { KgError, OptionsError } from '../errors.js';
import { DEFAULT_OUT } from './defaults.js';
import type { EntityType } from '../types.js';

// Each command's module is loaded when it runs: `kg extract` does not load the graph and layout libraries, `kg --help`
// loads none (a third of a second of start-up on this machine).
const buildCommand = () => import('./build-command.js');
const extractCommand = () => import('./extract-command.js');
const serveCommand = () => import('./serve-command.js');

const cli = cac('kg');

const lexiconList = (value: unknown): string[] => (value === undefined || value === true || value === false ? [] : ([] as unknown[]).concat(value).map(String));
const portOf = (value: unknown): number | undefined => {
  if (value === undefined) return process.env.PORT ? portOf(process.env.PORT) : undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new OptionsError(`--port ${value}: not a port number — give 0 to 65535`);
  return port;
};
/** A number flag's value (undefined when absent); anything else than a number is an error naming the flag. */
const numberOf = (name: string, value: unknown): number | undefined => {
  if (value === undefined) return undefined;
  const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (Number.isNaN(number)) throw new OptionsError(`--${name}: ${value === true ? 'no value' : JSON.stringify(String(value))} is not a number — pass a number after --${name}`);
  return number;
};
const sizeOf = (name: string, value: unknown): number | undefined => {
  const mb = numberOf(name, value);
  return mb === undefined ? undefined : mb * 1024 * 1024;
};

cli
  .command('build [...inputs]', 'Build graph.json, graph.gexf, nodes.csv and edges.csv from articles (files or folders; default graph/articles)')
  .option('--out <dir>', 'Output folder', { default: DEFAULT_OUT })
  .option('--lexicon [file]', 'Extra lexicon TSV, after graph/lexicon/default.tsv (repeatable)')
  .option('--no-lexicon', 'Use no lexicon at all')
  .option('--no-layout', 'Skip ForceAtlas2; keep the seeded initial positions')
  .option('--skip-bad', 'Skip invalid JSONL lines instead of stopping')
  .option('--max-file-size <mb>', 'Refuse input files (and .jsonl lines; .jsonl files are streamed) larger than this many MB (default 100)')
  .option('--jobs <n>', 'Worker threads for extraction (default: the number of CPUs, when the input is big enough to pay for them; 1 = none)')
  .option('--no-cache', 'Neither read nor write the extraction cache (<out>/.cache)')
  .option('--cache-dir <dir>', 'Extraction cache folder (default <out>/.cache)')
  .option('--layout-time <seconds>', 'Stop ForceAtlas2 after this many seconds (the layout then varies between runs)')
  .option('--top <n>', 'Keep only the N most important entities (PageRank), for graphs too big to draw')
  .option('--types <list>', 'Keep only these entity types, comma-separated (e.g. Company,ResearchInstitute)')
  .option('--quiet', 'Print nothing on success')
  .action(async (inputs: string[], flags) => {
    const { runBuild } = await buildCommand();
    await runBuild(inputs, {
      out: flags.out,
      lexicon: lexiconList(flags.lexicon),
      useLexicon: flags.lexicon !== false,
      layout: flags.layout !== false,
      layoutTime: numberOf('layout-time', flags.layoutTime),
      quiet: Boolean(flags.quiet),
      skipBad: Boolean(flags.skipBad),
      maxFileSize: sizeOf('max-file-size', flags.maxFileSize),
      cache: flags.cache !== false,
      cacheDir: flags.cacheDir === undefined ? undefined : String(flags.cacheDir),
      jobs: numberOf('jobs', flags.jobs),
      top: numberOf('top', flags.top),
      types: flags.types === undefined ? undefined : (String(flags.types).split(',').map((t) => t.trim()).filter(Boolean) as EntityType[]),
      log: (line) => process.stdout.write(line + '\n'),
    });
  });

cli
  .command('extract [...files]', 'Print one JSON line of mentions and relations per document; without files, read {"id","text"} JSON lines on stdin')
  .option('--lexicon [file]', 'Extra lexicon TSV (repeatable)')
  .option('--no-lexicon', 'Use no lexicon at all')
  .option('--jobs <n>', 'Worker threads (default: the number of CPUs, once the input has kept the main thread busy a few seconds; 1 = none)')
  .action(async (files: string[], flags) => {
    const { runExtract } = await extractCommand();
    await runExtract(files, { lexicon: lexiconList(flags.lexicon), useLexicon: flags.lexicon !== false, jobs: numberOf('jobs', flags.jobs) });
  });

cli
  .command('serve', 'Serve the viewer and the graph files on http://127.0.0.1:PORT')
  .option('--out <dir>', 'Folder holding graph.json', { default: DEFAULT_OUT })
  .option('--port <port>', 'Port (default 5178, or $PORT)')
  .option('--host <host>', 'Address to listen on (default 127.0.0.1, loopback only)')
  .action(async (flags) => (await serveCommand()).runServe({ out: flags.out, port: portOf(flags.port), host: flags.host }));

cli
  .command('start [...inputs]', 'Build the graph when it is missing or older than its inputs, then serve the viewer')
  .option('--out <dir>', 'Output folder', { default: DEFAULT_OUT })
  .option('--port <port>', 'Port (default 5178, or $PORT)')
  .option('--host <host>', 'Address to listen on (default 127.0.0.1)')
  .action(async (inputs: string[], flags) => {
    const { isGraphStale, runServe } = await serveCommand();
    if (await isGraphStale(inputs, flags.out, process.cwd())) {
      const { runBuild } = await buildCommand();
      await runBuild(inputs, { out: flags.out, log: (line) => process.stdout.write(line + '\n') });
    }
    await runServe({ out: flags.out, port: portOf(flags.port), host: flags.host });
  });

cli.help();
cli.version('0.1.0');

/** Runs the CLI: one error line and a non-zero exit on failure, usage and exit 2 on an unknown option or command. */
async function main(argv: string[]): Promise<void> {
  try {
    cli.parse(joinNegativeValues(argv), { run: false });
    const known = cli.matchedCommand;
    if (!known && cli.args.length > 0) throw new OptionsError(`unknown command "${cli.args[0]}" — run kg --help`);
    if (!known && !cli.options.help && !cli.options.version) {
      cli.outputHelp();
      process.exitCode = 2;
      return;
    }
    if (known) checkUnknownOptions(known);
    await cli.runMatchedCommand();
  } catch (error) {
    if (error instanceof KgError) {
      process.stderr.write(`kg: ${error.message}\n`);
      if (error instanceof OptionsError) process.stderr.write('Run kg --help for usage.\n');
      process.exitCode = error.exitCode;
    } else if (error instanceof Error && error.name === 'CACError') {
      process.stderr.write(`kg: ${error.message} — run kg --help\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`kg: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    }
  }
}

/**
 * `--top -1` as `--top=-1`, so the parser does not take `-1` for an option of its own: the value reaches the option's
 * check. Applies to every option that takes a value (`--name <value>` or `--name [value]` in its definition).
 */
function joinNegativeValues(argv: string[]): string[] {
  const takesValue = new Set(
    [...cli.commands, cli.globalCommand]
      .flatMap((command) => command.options)
      .filter((option) => /[<[]/.test(option.rawName))
      .flatMap((option) => option.rawName.split(/[\s,]+/).filter((part) => part.startsWith('-'))),
  );
  const joined: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (takesValue.has(argv[i]) && /^-[\d.]/.test(argv[i + 1] ?? '')) joined.push(`${argv[i]}=${argv[++i]}`);
    else joined.push(argv[i]);
  }
  return joined;
}

/** cac accepts unknown options silently; the CLI refuses them. */
function checkUnknownOptions(command: { options: Array<{ names: string[] }> }): void {
  const known = new Set(['--', 'help', 'h', 'version', 'v', ...command.options.flatMap((o) => o.names), ...cli.globalCommand.options.flatMap((o) => o.names)]);
  for (const name of Object.keys(cli.options)) {
    if (!known.has(name)) throw new OptionsError(`unknown option --${name.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())}`);
  }
}

await main(process.argv);
