import { corpusDir } from '../src/corpus/location.js';

/** The training corpus for a development script; without one, a one-line message and exit code 3. */
export function requireCorpus(): string {
  const corpus = corpusDir();
  if (!corpus) {
    console.error('no corpus (set SPINSCOPE_CORPUS)');
    process.exit(3);
  }
  return corpus;
}
