/**
 * npm run eval [-- --verbose] [-- --quiet]
 *
 * Accuracy of the engine over the golden corpus in tests/fixtures: detection
 * accuracy, mismatch precision and recall, verified-match recall and entity
 * recall, per page and per batch. Each batch is scored apart: a batch written
 * before the rules that handle it estimates how the engine does on pages
 * nobody tuned it for. Then false flags by cause and missed links by language.
 */
import { loadDataset } from '../../lib/node/load-dataset';
import { DATASETS_DIR, FIRST_BATCH, PAGES_DIR, batchOf, loadCorpus } from './corpus';
import { evaluate } from './evaluate';
import { scoreCorpus, tally, type PageScore } from './score';

const verbose = process.argv.includes('--verbose');
const quiet = process.argv.includes('--quiet');
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

async function main(): Promise<void> {
  const runs = [
    ...evaluate(loadCorpus(PAGES_DIR), await loadDataset()),
    ...evaluate(loadCorpus(DATASETS_DIR, '.alt.expected.json'), await loadDataset(`${DATASETS_DIR}alt-dataset.json`)),
  ];
  if (!quiet) printPages(runs.map((r) => r.score));
  const batches = new Map<string, PageScore[]>();
  for (const run of runs) batches.set(batchOf(run.page), [...(batches.get(batchOf(run.page)) ?? []), run.score]);
  // Every page written after the first corpus: the estimate for pages nobody tuned the rules on.
  const added = runs.filter((r) => batchOf(r.page) !== FIRST_BATCH).map((r) => r.score);
  for (const [batch, scores] of [...batches, ['added (every batch after the first corpus)', added], ['all', runs.map((r) => r.score)]] as const) {
    const total = scoreCorpus(scores);
    console.log('');
    console.log(`batch ${batch}`);
    console.log(`  pages                    ${total.pages}`);
    console.log(`  detection accuracy       ${pct(total.detectionAccuracy)}  (${Math.round(total.detectionAccuracy * total.pages)}/${total.pages})`);
    console.log(`  mismatch precision       ${pct(total.mismatchPrecision)}`);
    console.log(`  mismatch recall          ${pct(total.mismatchRecall)}`);
    console.log(`  verified-match recall    ${pct(total.matchRecall)}`);
    console.log(`  entity recall            ${pct(total.entityRecall)}`);
    const read = scores.filter((s) => s.conflictsRead);
    if (read.length) {
      const count = (f: (s: PageScore) => number) => read.reduce((n, s) => n + f(s), 0);
      console.log(`  conflict precision       ${pct(total.conflictPrecision)}  (${count((s) => s.trueConflicts)}/${count((s) => s.engineConflicts)}, ${read.length} pages read for conflicts)`);
      console.log(`  conflict recall          ${pct(total.conflictRecall)}  (${count((s) => s.trueConflicts)}/${count((s) => s.goldConflicts)})`);
    }
    const causes = tally(scores, (s) => s.falseFlagCauses);
    console.log(`  false flags by cause     ${causes.map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
    const missed = tally(scores, (s) => s.missed.map(() => s.lang));
    console.log(`  missed links by language ${missed.map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
    const wrong = scores.filter((s) => !s.detectionCorrect).map((s) => s.name);
    if (wrong.length) console.log(`  detection wrong on       ${wrong.join(', ')}`);
  }
}

function printPages(scores: PageScore[]): void {
  console.log('page'.padEnd(44), 'detect', 'flags(tp/all)', 'mismatch(found/gold)', 'match(found/gold)', 'entities');
  for (const s of scores) {
    console.log(
      s.name.padEnd(44),
      (s.detectionCorrect ? 'ok' : 'WRONG').padEnd(6),
      `${s.trueMismatches}/${s.engineMismatches}`.padEnd(13),
      `${s.foundMismatches}/${s.goldMismatches}`.padEnd(20),
      `${s.foundMatches}/${s.goldMatches}`.padEnd(17),
      `${s.foundEntities}/${s.goldEntities}`,
    );
    if (verbose || s.falseFlags.length) s.falseFlags.forEach((f, i) => console.log(`    false flag: ${f} [${s.falseFlagCauses[i]}]`));
    for (const c of s.falseConflicts) console.log(`    false conflict: ${c}`);
    for (const c of s.missedConflicts) console.log(`    missed conflict: ${c}`);
    if (verbose) for (const m of s.missed) console.log(`    missed: ${m}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
