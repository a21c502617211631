import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { InputError } from '../../errors.js';
import { decodeInput } from '../../doc/decode.js';
import { createAnalyzer } from '../../pipeline/analyze.js';

/** `spinscope analyze <file>`: minimal version; inputs, batch and formats grow in the CLI issue. */
export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('analyse an article and show its persuasion techniques, genre, frames and claims')
    .argument('[input]', 'text file, or - for standard input', '-')
    .option('--lang <code>', 'language of the text (skip identification)')
    .action(async (input: string, opts: { lang?: string }) => {
      let bytes: Uint8Array;
      try {
        bytes = input === '-' ? readFileSync(0) : readFileSync(input);
      } catch {
        throw new InputError(`${input}: cannot read (no such file?)`, input);
      }
      const { text, warnings } = decodeInput(bytes, input);
      if (text.trim() === '') throw new InputError(`${input}: empty input`, input);
      const analyzer = await createAnalyzer();
      const analysis = analyzer.analyze(text, { lang: opts.lang, id: input, warnings });
      for (const w of analysis.warnings) process.stderr.write(`spinscope: warning: ${w}\n`);
      process.stdout.write(`${JSON.stringify(analysis, null, 2)}\n`);
    });
}
