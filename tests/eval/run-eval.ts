/**
 * npm run eval [-- --verbose]
 *
 * Accuracy of the engine over the golden corpus in tests/fixtures: detection
 * accuracy, mismatch precision and recall, verified-match recall and entity
 * recall, overall and per page.
 */
import { loadDataset } from '../../lib/node/load-dataset';
import { DATASETS_DIR, PAGES_DIR, loadCorpus } from './corpus';
import { evaluate } from './evaluate';
import { scoreCorpus, type PageScore } from './score';

const verbose = process.argv.includes('--verbose');
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

async function main(): Promise<void> {
  const runs = [
    ...evaluate(loadCorpus(PAGES_DIR), await loadDataset()),
    ...evaluate(loadCorpus(DATASETS_DIR, '.alt.expected.json'), await loadDataset(`${DATASETS_DIR}alt-dataset.json`)),
  ];
  const scores: PageScore[] = runs.map((r) => r.score);
  console.log('page'.padEnd(40), 'detect', 'flags(tp/all)', 'mismatch(found/gold)', 'match(found/gold)', 'entities');
  for (const s of scores) {
    console.log(
      s.name.padEnd(40),
      (s.detectionCorrect ? 'ok' : 'WRONG').padEnd(6),
      `${s.trueMismatches}/${s.engineMismatches}`.padEnd(13),
      `${s.foundMismatches}/${s.goldMismatches}`.padEnd(20),
      `${s.foundMatches}/${s.goldMatches}`.padEnd(17),
      `${s.foundEntities}/${s.goldEntities}`,
    );
    if (verbose || s.falseFlags.length) for (const f of s.falseFlags) console.log(`    false flag: ${f}`);
    if (verbose) for (const m of s.missed) console.log(`    missed: ${m}`);
  }
  const total = scoreCorpus(scores);
  console.log('');
  console.log(`pages                    ${total.pages}`);
  console.log(`detection accuracy       ${pct(total.detectionAccuracy)}`);
  console.log(`mismatch precision       ${pct(total.mismatchPrecision)}`);
  console.log(`mismatch recall          ${pct(total.mismatchRecall)}`);
  console.log(`verified-match recall    ${pct(total.matchRecall)}`);
  console.log(`entity recall            ${pct(total.entityRecall)}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
