/**
 * npm run bench
 *
 * Throughput and latency of the analysis engine (text in, result out) on the
 * seed pages and on a 50,000-word page, next to a floor measured in the same
 * run over the same blocks: one pass of one combined regular expression (the
 * dataset's aliases and a number-with-unit pattern). The ratio is what the
 * engine costs beyond merely scanning the text once. The engine timed is the
 * one the extension ships: bundled as its build bundles it, and run in a
 * worker thread of its own (built-engine.ts, engine-timing.ts).
 */
import type { Article } from '../../lib/analyze/types';
import { extractMainContent } from '../../lib/content/extract-main-content';
import { loadDataset } from '../../lib/node/load-dataset';
import { parseHtml } from '../../lib/node/load-page';
import { escapeRegExp } from '../../lib/text/escape-regexp';
import { longPage, seedPages } from './bench-pages';
import { timeBuiltEngine } from './built-engine';

/** Pages grow by blocks; each block is as long as the engine reads one (20,000 characters). */
const BLOCK = 20_000;
const ADVERSARIAL_SIZES = [25_000, 50_000, 100_000, 200_000];

async function main(): Promise<void> {
  const dataset = await loadDataset();
  const aliases = dataset.entities.flatMap((e) => e.aliases).sort((a, b) => b.length - a.length).map(escapeRegExp);
  const floorSource =
    `${aliases.join('|')}|\\d[\\d,.\\s]*\\s*(?:[kMGT]W|GPUs?|megawatts?|gigawatts?|billion|million|萬|万|億|亿|만|억|兆瓦|吉瓦)`;

  const pages = [
    ...seedPages().map((p) => ({ name: p.name, html: p.html })),
    { name: '50,000-word deal page', html: longPage(50_000, true) },
  ];
  const articles = pages.map((page) => extractMainContent(parseHtml(page.html)).article);
  const adversarial: Array<[string, (n: number) => string]> = [
    ['digit run', (n) => '9'.repeat(n)],
    ['separator chain', (n) => ',.'.repeat(n / 2)],
    ['thousands groups', (n) => '1,000'.repeat(n / 5)],
    ['mixed scripts', (n) => 'Anthropic与SpaceX签署22万张GPU合作앤트로픽300메가와트'.repeat(n / 40)],
    ['half-aliases', (n) => 'Colossus Anthro Space NVIDI '.repeat(n / 28)],
  ];
  const reply = await timeBuiltEngine({
    dataset,
    articles,
    floorSource,
    adversarial: adversarial.map(([name, make]) => ({
      name,
      kilobytes: ADVERSARIAL_SIZES.map((n) => n / 1024),
      articles: ADVERSARIAL_SIZES.map((n): Article => {
        const text = make(n);
        const blocks = Array.from({ length: Math.ceil(text.length / BLOCK) }, (_, i) => ({ text: text.slice(i * BLOCK, (i + 1) * BLOCK), kind: 'paragraph' as const }));
        return { title: 'x', lang: 'en', blocks };
      }),
    })),
  });

  console.log('page'.padEnd(26), 'KB text'.padStart(8), 'engine ms'.padStart(10), 'floor ms'.padStart(9), 'engine MB/s'.padStart(12), 'floor MB/s'.padStart(11), 'ratio'.padStart(6));
  let totalBytes = 0;
  let totalEngine = 0;
  let totalFloor = 0;
  for (const [i, page] of pages.entries()) {
    const bytes = articles[i]!.blocks.reduce((n, b) => n + Buffer.byteLength(b.text, 'utf8'), 0);
    const { engineMs, floorMs } = reply.pages[i]!;
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
  const ratio = totalEngine / totalFloor;
  console.log('');
  console.log(`all pages: engine ${mbps(totalEngine)} MB/s, floor ${mbps(totalFloor)} MB/s, ratio ${ratio.toFixed(2)}× (target ≤ 3×)${ratio > 3 ? '  MISSED' : ''}`);

  // Growth on adversarial input: time per KB should stay flat as the input doubles.
  console.log('\nadversarial input, µs per KB at 25 / 50 / 100 / 200 KB (flat = linear):');
  for (const { name, microsPerKb } of reply.adversarial) {
    console.log(`  ${name.padEnd(18)} ${microsPerKb.map((v) => v.toFixed(1).padStart(7)).join(' ')}   growth ×${(microsPerKb[3]! / microsPerKb[0]!).toFixed(2)}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
