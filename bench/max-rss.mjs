// Loaded with --import by bench/measure.ts when /usr/bin/time is missing: prints the process's peak RSS at exit.
process.on('exit', () => process.stderr.write(`KG_MAX_RSS_KB=${process.resourceUsage().maxRSS}\n`));
