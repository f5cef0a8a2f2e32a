import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PAGES_DIR = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));

export function seedPages(): Array<{ name: string; html: string }> {
  return readdirSync(PAGES_DIR)
    .filter((f) => f.startsWith('seed-') && f.endsWith('.html'))
    .sort()
    .map((f) => ({ name: f.replace(/\.html$/, ''), html: readFileSync(join(PAGES_DIR, f), 'utf8') }));
}

/**
 * A long page made of real coverage: the seed articles' paragraphs, repeated
 * until the article holds `words` words (CJK characters count as words), with
 * the deal's opening paragraph first so it is detected as deal coverage. With
 * `deal: false` it is filler prose with no deal in it.
 */
export function longPage(words: number, deal: boolean): string {
  const paragraphs = deal ? seedParagraphs() : neutralParagraphs();
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = paragraphs[i % paragraphs.length]!;
    out.push(`<p>${p}</p>`);
    count += p.split(/\s+/).length + (p.match(/[\u3040-\u9fff\uac00-\ud7af]/g)?.length ?? 0);
    if (i % 12 === 11) out.push(`<h2>Section ${i / 12 + 1}</h2>`);
  }
  const title = deal ? 'Anthropic signs deal for SpaceX Colossus 1: over 300 MW and 220,000 GPUs' : 'A long essay on gardening';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>${out.join('\n')}</article></body></html>`;
}

function seedParagraphs(): string[] {
  const html = seedPages().map((p) => p.html).join('\n');
  return [...html.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '')).filter((p) => p.length > 40);
}

function neutralParagraphs(): string[] {
  return [
    'The garden in spring is a study in patience: the soil warms slowly, and the first shoots appear long after the last frost has gone.',
    'Tomatoes want sun and steady water; basil likes the same, which is why the two are planted together in so many kitchen gardens.',
    'A compost heap turns kitchen scraps into something the beds can use, given air, moisture and a few months of time.',
    'Mulch keeps weeds down and moisture in, though slugs appreciate it as much as the plants do, so keep an eye on the lettuce.',
  ];
}
