import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { InputError, UsageError } from '../../errors.js';
import { formatSummary, runBatch } from '../../batch/run.js';
import { isBatchInput } from '../../batch/items.js';
import { loadInput } from '../../input/read.js';
import { createAnalyzer } from '../../pipeline/analyze.js';
import { defaultFormat, FORMATS, isFormat, renderAnalysis } from '../../render/format.js';
import type { Format } from '../../render/format.js';
import { EXIT } from '../exit.js';

interface AnalyzeFlags {
  format?: string;
  out?: string;
  lang?: string;
  title?: string;
  width?: string;
  color: boolean;
  jobs?: string;
  resume?: boolean;
  allowPrivate?: boolean;
  timeout?: string;
  minScore?: string;
}

function positiveInt(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag} must be a positive whole number (got "${value}")`);
  return n;
}

/** NO_COLOR (any non-empty value, see no-color.org), --no-color, or output that is not a terminal turn colours off. */
function useColor(flags: AnalyzeFlags, toTerminal: boolean): boolean {
  return flags.color && toTerminal && !process.env.NO_COLOR;
}

/** `spinscope analyze`: one text, file, HTML page or URL; or a folder / JSONL file as a batch. */
export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('analyse an article (file, HTML, URL or stdin) or a batch (folder or .jsonl) and show how it persuades')
    .argument('[input]', 'text or HTML file, http(s) URL, - for standard input, or a folder / .jsonl file for a batch')
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')} (default: text on a terminal, json otherwise)`)
    .option('-o, --out <path>', 'write to this file; for a batch, a .jsonl file or a folder')
    .option('--lang <code>', 'language of the text (ISO or SemEval code), instead of identifying it')
    .option('--title <title>', 'title of the article (single input)')
    .option('--width <columns>', 'line width of the text view (default: the terminal width, or 80)')
    .option('--no-color', 'no ANSI colours in the text view (NO_COLOR is honoured too)')
    .option('-j, --jobs <n>', 'batch: worker threads (default: the number of cores)')
    .option('--resume', 'batch: skip the ids already in --out and append the rest')
    .option('--allow-private', 'allow URLs that resolve to loopback, private or link-local addresses')
    .option('--timeout <seconds>', 'URL fetch timeout in seconds (default 10)')
    .option('--min-score <p>', "report every technique whose probability reaches p (0-1) instead of the model's thresholds: lower finds more, higher is surer")
    .addHelpText('after', `
Exit codes: 0 ok, 1 some batch inputs failed, 2 usage error, 3 input error, 4 model error, 5 internal error, 130 interrupted.
Examples:
  spinscope analyze article.txt
  spinscope analyze https://example.org/news/story --format html --out story.html
  cat article.txt | spinscope analyze --format md
  spinscope analyze articles/ --out results.jsonl --jobs 4 --resume
  spinscope analyze article.txt --min-score 0.2      # screening: show weaker detections too`)
    .action(async (input: string | undefined, flags: AnalyzeFlags) => {
      if (flags.format !== undefined && !isFormat(flags.format)) {
        throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${flags.format}")`);
      }
      const width = positiveInt(flags.width, '--width');
      const jobs = positiveInt(flags.jobs, '--jobs');
      const timeout = flags.timeout === undefined ? undefined : Number(flags.timeout);
      if (timeout !== undefined && !(timeout > 0)) throw new UsageError(`--timeout must be a positive number of seconds (got "${flags.timeout}")`);
      const minScore = flags.minScore === undefined ? undefined : Number(flags.minScore);
      if (minScore !== undefined && !(minScore > 0 && minScore < 1)) throw new UsageError(`--min-score must be a number between 0 and 1 (got "${flags.minScore}")`);
      const fetch = { allowPrivate: flags.allowPrivate ?? false, ...(timeout ? { timeoutMs: timeout * 1000 } : {}) };

      if (input === undefined) {
        if (process.stdin.isTTY) throw new UsageError('no input: give a file, a URL, a folder, or pipe text into spinscope analyze -');
        input = '-';
      }

      if (input !== '-' && !/^https?:\/\//i.test(input) && isBatchInput(input)) {
        if (flags.title) throw new UsageError('--title applies to a single input; JSONL lines carry their own "title"');
        const format: Format = (flags.format as Format | undefined) ?? 'json';
        const summary = await runBatch({
          input,
          out: flags.out,
          jobs: jobs ?? availableParallelism(),
          resume: flags.resume ?? false,
          config: { format, width: width ?? 80, fetch, ...(flags.lang ? { lang: flags.lang } : {}), ...(minScore !== undefined ? { minScore } : {}) },
        });
        process.stderr.write(formatSummary(summary));
        process.exitCode = summary.interrupted ? EXIT.interrupted : summary.failures.length > 0 ? EXIT.partial : EXIT.ok;
        return;
      }

      if (flags.resume) throw new UsageError('--resume applies to a batch (a folder or a .jsonl input)');
      const toTerminal = flags.out === undefined && Boolean(process.stdout.isTTY);
      const format: Format = (flags.format as Format | undefined) ?? defaultFormat(toTerminal);
      const loaded = await loadInput(input, fetch);
      const analyzer = await createAnalyzer();
      const title = flags.title ?? loaded.title;
      const analysis = analyzer.analyze(loaded.text, {
        id: loaded.id,
        warnings: loaded.warnings,
        source: loaded.source,
        ...(flags.lang ? { lang: flags.lang } : {}),
        ...(title !== undefined ? { title } : {}),
        ...(minScore !== undefined ? { minScore } : {}),
      });
      // warnings go to stderr only where the output itself does not show them
      if (format !== 'text' || !toTerminal) for (const w of analysis.warnings) process.stderr.write(`spinscope: warning: ${w}\n`);
      const rendered = await renderAnalysis(analysis, format, {
        color: useColor(flags, toTerminal),
        width: width ?? (toTerminal ? process.stdout.columns : undefined) ?? 80,
      });
      if (flags.out === undefined) {
        process.stdout.write(rendered);
        return;
      }
      try {
        writeFileSync(flags.out, rendered);
      } catch (err) {
        throw new InputError(`${flags.out}: cannot write (${(err as { code?: string }).code ?? 'error'})`, flags.out);
      }
    });
}
