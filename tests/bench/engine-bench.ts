/**
 * npm run bench
 *
 * Throughput and latency of the analysis engine (text in, result out) on the
 * seed pages and on a 50,000-word page, next to a floor measured in the same
 * run over the same blocks: one pass of one combined regular expression (the
 * dataset's aliases and a number-with-unit pattern). The ratio is what the
 * engine costs beyond merely scanning the text once. The engine timed is the
 * one the extension ships: bundled, as its build bundles it (built-engine.ts).
 */
import type { Article } from '../../lib/analyze/types';
import { extractMainContent } from '../../lib/content/extract-main-content';
import { loadDataset } from '../../lib/node/load-dataset';
import { parseHtml } from '../../lib/node/load-page';
import { escapeRegExp } from '../../lib/text/escape-regexp';
import { longPage, seedPages } from './bench-pages';
import { builtEngine } from './built-engine';

const MIN_MS = 400;
const WARM_UP_MS = 1_000;
/** Engine and floor take turns this many times per page, so both run under the same load. */
const TURNS = 7;

/** Runs `work` repeatedly for at least `minMs` and returns the mean milliseconds per run. */
function timeIt(work: () => void, minMs = MIN_MS): number {
  for (let i = 0; i < 3; i++) work();
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < minMs || runs < 5) {
    work();
    runs++;
  }
  return (performance.now() - start) / runs;
}

/**
 * The engine's and the floor's time per run, each the median of TURNS short
 * spells taken in turn: on a shared machine the clock speed and the load drift
 * within seconds, and a ratio of two spells taken apart would carry that drift.
 */
function timeInTurns(engineWork: () => void, floorWork: () => void): [number, number] {
  const engine: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < TURNS; i++) {
    engine.push(timeIt(engineWork, MIN_MS / 4));
    floor.push(timeIt(floorWork, MIN_MS / 4));
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;
  return [median(engine), median(floor)];
}

async function main(): Promise<void> {
  const dataset = await loadDataset();
  const { analyzeArticle, compileDataset } = await builtEngine();
  const engine = compileDataset(dataset);
  const aliases = dataset.entities.flatMap((e) => e.aliases).sort((a, b) => b.length - a.length).map(escapeRegExp);
  const floorPattern = new RegExp(
    `${aliases.join('|')}|\\d[\\d,.\\s]*\\s*(?:[kMGT]W|GPUs?|megawatts?|gigawatts?|billion|million|萬|万|億|亿|만|억|兆瓦|吉瓦)`,
    'giu',
  );
  const floor = (article: Article) => {
    let n = 0;
    for (const block of article.blocks) {
      floorPattern.lastIndex = 0;
      while (floorPattern.exec(block.text)) n++;
    }
    return n;
  };

  const pages = [
    ...seedPages().map((p) => ({ name: p.name, html: p.html })),
    { name: '50,000-word deal page', html: longPage(50_000, true) },
  ];
  console.log('page'.padEnd(26), 'KB text'.padStart(8), 'engine ms'.padStart(10), 'floor ms'.padStart(9), 'engine MB/s'.padStart(12), 'floor MB/s'.padStart(11), 'ratio'.padStart(6));
  let totalBytes = 0;
  let totalEngine = 0;
  let totalFloor = 0;
  const articles = pages.map((page) => extractMainContent(parseHtml(page.html)).article);
  // Steady state, as for the floor: the first page timed must not pay the JIT's warm-up for all.
  const warm = performance.now();
  while (performance.now() - warm < WARM_UP_MS) for (const article of articles) analyzeArticle(engine, article);
  for (const [i, page] of pages.entries()) {
    const article = articles[i]!;
    const bytes = article.blocks.reduce((n, b) => n + Buffer.byteLength(b.text, 'utf8'), 0);
    const [engineMs, floorMs] = timeInTurns(
      () => analyzeArticle(engine, article),
      () => floor(article),
    );
    totalBytes += bytes;
    totalEngine += engineMs;
    totalFloor += floorMs;
    const mbps = (ms: number) => (bytes / 1e6 / (ms / 1000)).toFixed(1);
    console.log(
      page.name.slice(0, 26).padEnd(26),
      (bytes / 1024).toFixed(1).padStart(8),
      engineMs.toFixed(3).padStart(10),
      floorMs.toFixed(3).padStart(9),
      mbps(engineMs).padStart(12),
      mbps(floorMs).padStart(11),
      (engineMs / floorMs).toFixed(2).padStart(6),
    );
  }
  const mbps = (ms: number) => (totalBytes / 1e6 / (ms / 1000)).toFixed(1);
  console.log('');
  console.log(`all pages: engine ${mbps(totalEngine)} MB/s, floor ${mbps(totalFloor)} MB/s, ratio ${(totalEngine / totalFloor).toFixed(2)}× (target ≤ 3×)`);

  // Growth on adversarial input: time per KB should stay flat as the input doubles.
  console.log('\nadversarial input, µs per KB at 25 / 50 / 100 / 200 KB (flat = linear):');
  const adversarial: Array<[string, (n: number) => string]> = [
    ['digit run', (n) => '9'.repeat(n)],
    ['separator chain', (n) => ',.'.repeat(n / 2)],
    ['thousands groups', (n) => '1,000'.repeat(n / 5)],
    ['mixed scripts', (n) => 'Anthropic与SpaceX签署22万张GPU合作앤트로픽300메가와트'.repeat(n / 40)],
    ['half-aliases', (n) => 'Colossus Anthro Space NVIDI '.repeat(n / 28)],
  ];
  for (const [name, make] of adversarial) {
    const perKb = [25_000, 50_000, 100_000, 200_000].map((n) => {
      // Pages grow by blocks; each block is as long as the engine reads one (20,000 characters).
      const text = make(n);
      const blocks = Array.from({ length: Math.ceil(text.length / 20_000) }, (_, i) => ({ text: text.slice(i * 20_000, (i + 1) * 20_000), kind: 'paragraph' as const }));
      const article: Article = { title: 'x', lang: 'en', blocks };
      return (timeIt(() => analyzeArticle(engine, article, { force: true })) * 1000) / (n / 1024);
    });
    console.log(`  ${name.padEnd(18)} ${perKb.map((v) => v.toFixed(1).padStart(7)).join(' ')}   growth ×${(perKb[3]! / perKb[0]!).toFixed(2)}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
