/**
 * The timing half of `npm run bench`, run in a worker thread of its own
 * (engine-bench.ts). The engine runs in the extension's background worker,
 * which holds little besides the engine and receives each article as a
 * message, so its strings arrive flat. The bench's own thread holds a DOM
 * library, the bundler and every page's parse: timed there, the engine paid
 * the garbage collector for that heap and read strings built by DOM
 * extraction, about a third more on the 50,000-word page than the same code
 * in a thread of its own. Engine and floor are timed here alike.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Article } from '../../lib/analyze/types';
import { analyzeArticle } from '../../lib/analyze/analyze-article';
import { compileDataset } from '../../lib/analyze/engine';
import type { Dataset } from '../../lib/dataset/schema';

export interface TimingRequest {
  dataset: Dataset;
  articles: Article[];
  floorSource: string;
  adversarial: Array<{ name: string; articles: Article[]; kilobytes: number[] }>;
}

export interface TimingReply {
  pages: Array<{ engineMs: number; floorMs: number }>;
  adversarial: Array<{ name: string; microsPerKb: number[] }>;
}

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
function timeInTurns(engineWork: () => void, floorWork: () => void): { engineMs: number; floorMs: number } {
  const engine: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < TURNS; i++) {
    engine.push(timeIt(engineWork, MIN_MS / 4));
    floor.push(timeIt(floorWork, MIN_MS / 4));
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1]!;
  return { engineMs: median(engine), floorMs: median(floor) };
}

function run(request: TimingRequest): TimingReply {
  const engine = compileDataset(request.dataset);
  const floorPattern = new RegExp(request.floorSource, 'giu');
  const floor = (article: Article) => {
    let n = 0;
    for (const block of article.blocks) {
      floorPattern.lastIndex = 0;
      while (floorPattern.exec(block.text)) n++;
    }
    return n;
  };
  // Steady state, as for the floor: the first page timed must not pay the JIT's warm-up for all.
  const warm = performance.now();
  while (performance.now() - warm < WARM_UP_MS) for (const article of request.articles) analyzeArticle(engine, article);
  const pages = request.articles.map((article) =>
    timeInTurns(
      () => analyzeArticle(engine, article),
      () => floor(article),
    ),
  );
  const adversarial = request.adversarial.map(({ name, articles, kilobytes }) => ({
    name,
    microsPerKb: articles.map((article, i) => (timeIt(() => analyzeArticle(engine, article, { force: true })) * 1000) / kilobytes[i]!),
  }));
  return { pages, adversarial };
}

parentPort?.postMessage(run(workerData as TimingRequest));
