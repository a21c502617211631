/**
 * `npm run audit:neutrality [pairs.tsv]`: runs the detector on both sides of
 * every neutrality pair, prints the agreement rate and every pair whose
 * technique sets differ. Exit 1 when agreement is below 95%.
 */
import { auditNeutrality, DEFAULT_PAIRS_PATH, readNeutralityPairs } from '../src/eval/neutrality.js';
import type { PairOutcome } from '../src/eval/neutrality.js';
import { createAnalyzer } from '../src/pipeline/analyze.js';
import { TECHNIQUES_ONLY } from '../src/techniques/pipeline.js';
import { describeError } from '../src/cli/exit.js';

const REQUIRED = 0.95;
/** How many of the pairs with the largest score gaps are listed. */
const GAPS_SHOWN = 8;

try {
  const pairs = readNeutralityPairs(process.argv[2] ?? DEFAULT_PAIRS_PATH);
  const analyzer = await createAnalyzer(TECHNIQUES_ONLY);
  const report = auditNeutrality(analyzer, pairs);
  const langs = [...new Set(pairs.map((p) => p.lang))];
  for (const lang of langs) {
    const of = report.pairs.filter((p) => p.lang === lang);
    console.log(`${lang}: ${of.filter((p) => p.agree).length}/${of.length} pairs agree`);
  }
  const kinds = [...new Set(pairs.map((p) => p.swapped))];
  console.log(`by what is swapped: ${kinds.map((k) => `${k} ${report.pairs.filter((p) => p.swapped === k && p.agree).length}/${report.pairs.filter((p) => p.swapped === k).length}`).join(', ')}`);
  const flagged = report.pairs.filter((p) => p.techniquesA.length + p.techniquesB.length > 0).length;
  console.log(`pairs where the detector found a technique on either side: ${flagged}`);
  console.log(`agreement: ${(100 * report.agreement).toFixed(1)}% of ${pairs.length} pairs (required ${100 * REQUIRED}%)`);
  const gapOf = (p: PairOutcome) => (p.largestGap ? Math.abs(p.largestGap.scoreA - p.largestGap.scoreB) : 0);
  console.log(`largest score gap of a pair (the technique whose probability differs most), mean over the pairs: ${report.meanLargestGap.toFixed(4)}; the ${GAPS_SHOWN} largest:`);
  for (const p of [...report.pairs].sort((x, y) => gapOf(y) - gapOf(x)).slice(0, GAPS_SHOWN)) {
    console.log(`  ${gapOf(p).toFixed(3)} line ${p.line} [${p.lang}, ${p.swapped}] ${p.largestGap!.technique} ${p.largestGap!.scoreA.toFixed(3)} / ${p.largestGap!.scoreB.toFixed(3)}: ${p.a}`);
  }
  for (const d of report.disagreements) {
    console.log(`DIFFERS line ${d.line} [${d.lang}, ${d.swapped}]`);
    console.log(`  A: ${d.a}\n     -> ${d.techniquesA.join(', ') || '(none)'}`);
    console.log(`  B: ${d.b}\n     -> ${d.techniquesB.join(', ') || '(none)'}`);
  }
  process.exitCode = report.agreement >= REQUIRED ? 0 : 1;
} catch (err) {
  const { code, message } = describeError(err);
  console.error(`audit:neutrality: ${message}`);
  process.exitCode = code;
}
