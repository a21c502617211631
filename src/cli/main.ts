import { Command, CommanderError } from 'commander';
import { describeError, EXIT } from './exit.js';
import { registerAnalyze } from './commands/analyze.js';
import { registerServe } from './commands/serve.js';
import { registerEval } from './commands/eval.js';
import { registerSemeval } from './commands/semeval.js';
import { registerTechniques } from './commands/techniques.js';
import { registerTrain } from './commands/train.js';

/** Builds the command tree. Each command lives in commands/ and only calls the library. */
export function buildProgram(): Command {
  const program = new Command('spinscope')
    .description('shows how a news text tries to persuade: techniques, framing, genre, claims and sourcing')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerAnalyze(program);
  registerServe(program);
  registerEval(program);
  registerSemeval(program);
  registerTechniques(program);
  registerTrain(program);
  return program;
}

/** Runs the CLI and returns the exit code (never throws, never prints a stack trace). */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return Number(process.exitCode ?? EXIT.ok);
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and version exit through here with code 0; commander already printed its message
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    const { code, message } = describeError(err);
    process.stderr.write(`spinscope: ${message}\n`);
    return code;
  }
}
