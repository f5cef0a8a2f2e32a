import { describe, expect, it } from 'vitest';
import { main } from '../../../lib/node/cli/analyze';
import { DATASETS_DIR, PAGES_DIR } from '../../eval/corpus';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { write: (s: string) => (stdout += s) }, { write: (s: string) => (stderr += s) });
  return { code, stdout, stderr };
}

describe('npm run analyze', () => {
  it('prints exactly one JSON array, one object per input in input order', async () => {
    const { code, stdout } = await run(['--json', `${PAGES_DIR}seed-002-en.html`, `${PAGES_DIR}seed-000-zh-hant.html`]);
    expect(code).toBe(0);
    const reports = JSON.parse(stdout);
    expect(reports.map((r: { source: string }) => r.source)).toEqual([`${PAGES_DIR}seed-002-en.html`, `${PAGES_DIR}seed-000-zh-hant.html`]);
    const seed000 = reports[1];
    expect(seed000).toMatchObject({ lang: 'zh-Hant', isComputeDeal: true });
    expect(new Set(seed000.entities.map((e: { id: string }) => e.id)).size).toBe(seed000.entities.length);
    const flag = seed000.figures.find((f: { text: string }) => f.text.includes('22,000+'));
    expect(flag).toMatchObject({ kind: 'gpus', value: 22000, unit: 'GPU', bound: 'min', dealId: 'anthropic-spacex-colossus-1', status: 'mismatch' });
    expect(flag.expected).toMatchObject({ value: 220000, unit: 'GPU', bound: 'min' });
    expect(flag.expected.source).toBeTruthy();
  });

  it('gives each linked figure its evidence, and a figure near a deal the reason it is not compared', async () => {
    const { stdout } = await run(['--json', `${PAGES_DIR}en-colossus-wire-sister-site.html`]);
    const [report] = JSON.parse(stdout);
    type Out = { text: string; dealId: string | null; evidence?: { tier: string; entityId?: string; mention?: { text: string; block: number } }; veto?: string };
    const figures: Out[] = report.figures;
    for (const f of figures.filter((f) => f.dealId)) expect(f.evidence, f.text).toBeDefined();
    // "May 6" is tied by the sentence that speaks of "the agreement" and names its party and its place;
    // the wire's own date, June 15, never.
    expect(figures.find((f) => f.text === 'May 6')?.evidence).toMatchObject({ tier: 'sentence', entityId: 'anthropic', role: 'anaphora', mention: { text: 'Anthropic' } });
    expect(figures.find((f) => f.text === 'June 15')).toMatchObject({ dealId: null, veto: 'dateline' });
    // Colossus 2's gigawatt belongs to the site the sentence names, not to the deal.
    expect(figures.find((f) => f.text === 'about 1 gigawatt')).toMatchObject({ dealId: null, veto: 'other-entity' });
  });

  it('lists, for each figure the page states otherwise elsewhere, the other figures of the report', async () => {
    const { stdout } = await run(['--json', '--dataset', `${DATASETS_DIR}no-colossus-gpus.json`, `${PAGES_DIR}seed-000-zh-hant.html`]);
    type Out = { text: string; value: number; status: string; conflicts?: number[] };
    const figures: Out[] = JSON.parse(stdout)[0].figures;
    const slip = figures.findIndex((f) => f.text.includes('22,000+'));
    // The dataset has no GPU count for the deal: the page is checked against itself.
    expect(figures[slip]).toMatchObject({ value: 22000, status: 'unverified' });
    const others = figures[slip]!.conflicts!.map((i) => figures[i]!);
    expect(others.length).toBeGreaterThan(0);
    for (const other of others) expect(other.value).toBe(220000);
    for (const other of others) expect(other.conflicts).toContain(slip);
    // Figures of other facts carry none: the page's 300+ MW is stated the same way throughout.
    expect(figures.filter((f) => f.text.includes('300+ MW')).every((f) => !f.conflicts)).toBe(true);
  });

  it('shows each conflict once in the readable report, with both values', async () => {
    const { stdout } = await run(['--dataset', `${DATASETS_DIR}no-colossus-gpus.json`, `${PAGES_DIR}seed-000-zh-hant.html`]);
    const lines = stdout.split('\n').filter((line) => line.includes('≠'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/gpus of anthropic-spacex-colossus-1: .*22 萬.* vs "22,000\+ GPUs"/);
  });

  it('says in the readable report why each figure is linked', async () => {
    const { stdout } = await run([`${PAGES_DIR}seed-000-zh-hant.html`]);
    expect(stdout).toMatch(/mismatch\s+22,000\+ GPUs.*\n\s+linked: the (clause|sentence|table row or column|list or section|sentence before) names \S+/);
  });

  it('prints a readable report with each flag, its reference and source', async () => {
    const { code, stdout } = await run([`${PAGES_DIR}seed-000-zh-hant.html`]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/mismatch\s+22,000\+ GPUs/);
    expect(stdout).toMatch(/reference: min 220000 GPU/);
    expect(stdout).toMatch(/source: /);
  });

  it('follows the dataset it is given: other deals, other aliases', async () => {
    const page = `${DATASETS_DIR}alt-kestrel-en.html`;
    const withAlt = JSON.parse((await run(['--json', '--dataset', `${DATASETS_DIR}alt-dataset.json`, page])).stdout)[0];
    const withBundled = JSON.parse((await run(['--json', page])).stdout)[0];
    expect(withAlt.isComputeDeal).toBe(true);
    expect(withAlt.figures.some((f: { status: string }) => f.status === 'mismatch')).toBe(true);
    expect(withAlt.figures.some((f: { status: string }) => f.status === 'match')).toBe(true);
    expect(withBundled.isComputeDeal).toBe(false);
  });

  it('rejects an invalid dataset with a message naming its path, and a non-zero exit', async () => {
    const { code, stderr } = await run(['--dataset', `${DATASETS_DIR}schema-invalid.json`, `${PAGES_DIR}seed-002-en.html`]);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/\$\.deals\[0\]\.facts\[0\]\.unit/);
  });

  it('reports an unreadable input and still reports the others', async () => {
    const { code, stdout, stderr } = await run(['--json', '/nonexistent/page.html', `${PAGES_DIR}seed-002-en.html`]);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/nonexistent/);
    const reports = JSON.parse(stdout);
    expect(reports).toHaveLength(2);
    expect(reports[0].error).toBeTruthy();
    expect(reports[1].isComputeDeal).toBe(true);
  });
});
