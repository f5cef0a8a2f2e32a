import { describe, expect, it } from 'vitest';
import { cellFigures, columnUnits, labelFigures } from '../../../../lib/extract/figures/table-cells';

describe('columnUnits', () => {
  it.each([
    ['Partner | Zusage (Mrd. US-Dollar) | Laufzeit (Jahre)', 'de', [undefined, 'Mrd. US-Dollar', 'Jahre']],
    ['合作雙方 | 電力（GW） | 金額（億美元） | 期限（年）', 'zh-Hant', [undefined, 'GW', '億美元', '年']],
    ['Cliente | Potencia [GW] | Importe (miles de millones de dólares)', 'es', [undefined, 'GW', 'miles de millones de dólares']],
  ])('reads the unit a header writes in brackets: %s', (header, lang, units) => {
    expect(columnUnits(header, { lang })).toEqual(units);
  });

  it.each([
    ['Socio | Potencia | GPU | Importe | Plazo', 'es', [undefined, undefined, 'GPU', undefined, undefined]],
    ['Partner | GPUs | Chips', 'en', [undefined, 'GPUs', 'Chips']],
    // Or the count of it: "GPU数", "Number of GPUs", "Anzahl GPUs".
    ['クラスター | ＧＰＵ数 | 電力', 'ja', [undefined, 'ＧＰＵ', undefined]],
    ['Site | Number of GPUs', 'en', [undefined, 'GPUs']],
    ['Standort | Anzahl GPUs', 'de', [undefined, 'GPUs']],
    ['集群 | GPU数量', 'zh-Hans', [undefined, 'GPU']],
  ])('reads a header cell that is itself what its column counts: %s', (header, lang, units) => {
    expect(columnUnits(header, { lang })).toEqual(units);
  });

  it.each([
    ['Partner (Auswahl) | Art (laut Bericht)', 'brackets that hold no unit'],
    ['Partner | Leistung | Volumen', 'no brackets at all'],
    ['Quelle (Mai 2026) | Stand (2026)', 'a date is no unit'],
  ])('gives none for %s (%s)', (header) => {
    expect(columnUnits(header, { lang: 'de' })).toBeUndefined();
  });
});

describe('cellFigures', () => {
  const units = ['', 'GW', 'Mrd. US-Dollar', 'Jahre'].map((u) => u || undefined);

  it("reads each bare-number cell with its column's unit, spanning the number only", () => {
    const row = 'Anthropic / Google | 5 | 200 | 4,5';
    const figures = cellFigures(row, units, [], { lang: 'de' });
    expect(figures.map((f) => [f.text, row.slice(f.start, f.end), f.kind, f.value])).toEqual([
      ['5', '5', 'power', 5e9],
      ['200', '200', 'money', 2e11],
      ['4,5', '4,5', 'duration', 4.5],
    ]);
  });

  it('keeps the qualifier a cell writes', () => {
    expect(cellFigures('SpaceX | 0,3+ | – | –', units, [], { lang: 'de' })).toMatchObject([{ text: '0,3+', value: 3e8, bound: 'min' }]);
  });

  it('keeps a qualifier the cell writes in words', () => {
    expect(cellFigures('SpaceX | más de 220.000', [undefined, 'GPU'], [], { lang: 'es' })).toMatchObject([{ text: 'más de 220.000', value: 220_000, bound: 'min' }]);
    expect(cellFigures('Amazon | up to 5', [undefined, 'GW'], [], { lang: 'en' })).toMatchObject([{ text: 'up to 5', value: 5e9, bound: 'max' }]);
  });

  it('reads a count the cell writes with its counter, under a column that names what it counts', () => {
    expect(cellFigures('コロッサス１ | 約１０万基 | １５万キロワット', [undefined, 'ＧＰＵ', undefined], [], { lang: 'ja' })).toMatchObject([{ text: '約１０万基', value: 100_000, kind: 'gpus' }]);
    expect(cellFigures('콜로서스 1 | 22만 개 이상', [undefined, 'GPU'], [], { lang: 'ko' })).toMatchObject([{ text: '22만 개 이상', value: 220_000, kind: 'gpus' }]);
    // Not a count with other words around it.
    expect(cellFigures('コロッサス１ | 約１０万基（計画）', [undefined, 'ＧＰＵ'], [], { lang: 'ja' })).toEqual([]);
  });

  it('leaves cells with words, dashes, or a figure already read, and columns without a unit', () => {
    const row = '2026 | 5 GW | k. A. | –';
    const taken = [{ start: 7, end: 11, text: '5 GW', kind: 'power' as const, value: 5e9, unit: 'W' as const, bound: 'exact' as const }];
    expect(cellFigures(row, units, taken, { lang: 'de' })).toEqual([]);
  });

  it('ignores the exclusions of the row, which index the row and not the cell', () => {
    const row = 'Colossus 1 | 0,3 | – | –';
    expect(cellFigures(row, units, [], { lang: 'de', exclude: [{ start: 0, end: 10 }] })).toMatchObject([{ text: '0,3', value: 3e8 }]);
  });
});

describe('labelFigures', () => {
  it.each([
    ['GPU de Colossus 1 cedidas a Anthropic: más de 220.000', 'es', 'más de 220.000', 'gpus', 220_000, 'min'],
    ['GPUs at Colossus 1: 220,000', 'en', '220,000', 'gpus', 220_000, 'exact'],
    ['Leistung (MW): rund 300', 'de', 'rund 300', 'power', 3e8, 'approx'],
    ['Colossus 1のGPU：22万', 'ja', '22万', 'gpus', 220_000, 'exact'],
  ])("reads a key-numbers line's bare value with the unit its label names: %s", (line, lang, text, kind, value, bound) => {
    const figures = labelFigures(line, [], { lang });
    expect(figures.map((f) => [f.text, line.slice(f.start, f.end), f.kind, f.value, f.bound])).toEqual([[text, text, kind, value, bound]]);
  });

  it.each([
    ['Año de apertura de Colossus 1: 2024', 'a label naming no unit'],
    ['Inversión prevista en Terafab: 55.000 millones de dólares', 'a value that carries its own unit'],
    ['GPU-Generationen bei Colossus 1: 3', 'a word the unit is only part of'],
    ['Colossus 1 has GPUs and a lot of them: 220,000 and rising fast, says the site', 'a sentence, not a label'],
  ])('reads nothing in %s (%s)', (line) => {
    expect(labelFigures(line, [], { lang: 'es' })).toEqual([]);
  });
});
