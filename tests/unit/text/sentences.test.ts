import { describe, expect, it } from 'vitest';
import { clauseAround, sentenceSpans } from '../../../lib/text/sentences';

const split = (text: string, lang?: string) => sentenceSpans(text, lang).map(([s, e]) => text.slice(s, e).trim());

describe('sentenceSpans', () => {
  it.each([
    ['One. Two.', 'en', ['One.', 'Two.'], 'a full stop before a capital ends a sentence'],
    ['It is 0.3 GW. Then more.', 'en', ['It is 0.3 GW.', 'Then more.'], 'a decimal point does not'],
    ['U.S. data centers grew. Next.', 'en', ['U.S. data centers grew.', 'Next.'], 'an abbreviation before lower case does not'],
    ['合作达成。规模超过 300 兆瓦！', 'zh-Hans', ['合作达成。', '规模超过 300 兆瓦！'], 'CJK terminators always do'],
    ['No terminator', 'en', ['No terminator'], 'a block without one is one sentence'],
    ['Die am 6. Mai bekanntgegebene Vereinbarung. Mehr.', 'de', ['Die am 6. Mai bekanntgegebene Vereinbarung.', 'Mehr.'], 'a German ordinal date does not'],
    ['Im 3. Quartal stieg der Umsatz. Dann', 'de', ['Im 3. Quartal stieg der Umsatz.', 'Dann'], 'nor a German ordinal after a preposition'],
    ['Sie liegt neben Colossus 1. Colossus 2 soll folgen.', 'de', ['Sie liegt neben Colossus 1.', 'Colossus 2 soll folgen.'], 'a German name ending in a number does'],
    ['The deal was signed on May 6. The company next', 'en', ['The deal was signed on May 6.', 'The company next'], 'outside German a small number before a stop ends a sentence'],
    ['It was built in 2024. Then it grew.', 'en', ['It was built in 2024.', 'Then it grew.'], 'a year does'],
    ['It said so in a statement. xAI is next.', 'en', ['It said so in a statement.', 'xAI is next.'], 'a brand in lower case starts a sentence'],
    ['They met J. Smith there. Next.', 'en', ['They met J. Smith there.', 'Next.'], 'an initial does not end one'],
    ['OAKLAND, Calif. It rained.', 'en', ['OAKLAND, Calif. It rained.'], 'a listed abbreviation does not'],
    ['He called it "a four-year commitment." He added more.', 'en', ['He called it "a four-year commitment."', 'He added more.'], 'a full stop inside a closing quote does'],
    ['Il a dit « c’est fini.» Puis il est parti.', 'fr', ['Il a dit « c’est fini.»', 'Puis il est parti.'], 'and inside closing guillemets'],
    ['It rose (to 5 GW.) Then it fell.', 'en', ['It rose (to 5 GW.)', 'Then it fell.'], 'and inside a closing bracket'],
  ])('%s (%s)', (text, lang, expected) => {
    expect(split(text, lang)).toEqual(expected);
  });
});

describe('clauseAround', () => {
  const clause = (text: string, figure: string) => {
    const at = text.indexOf(figure);
    const [s, e] = clauseAround(text, 0, text.length, at, at + figure.length);
    return text.slice(s, e).trim();
  };

  it.each([
    ["Nvidia's investment in Corning, about $4.5 billion, and SpaceX's Terafab", '$4.5 billion', 'about $4.5 billion', 'commas'],
    ['Colossus 2 — the site next door — draws 1 GW', '1 GW', 'draws 1 GW', 'dashes'],
    ['根据协议，Anthropic将获得超过22万块GPU，新增300兆瓦', '300兆瓦', '新增300兆瓦', 'CJK commas'],
    ['A 1-GW campus', '1-GW', 'A 1-GW campus', 'a hyphen inside a word is no break'],
  ])('%s → %s (%s)', (text, figure, expected) => {
    expect(clause(text, figure)).toBe(expected);
  });
});

describe('sentenceSpans on text with no sentence end', () => {
  // A flattened table or a hostile page: what the linker reads around a figure must stay near it.
  const run = 'Anthropic与SpaceX签署22万张GPU合作 앤트로픽 300메가와트 '.repeat(200);

  it('cuts it into pieces of at most 600 characters that cover it in order', () => {
    const spans = sentenceSpans(run, 'en');
    expect(spans.length).toBeGreaterThan(run.length / 600);
    expect(spans.every(([s, e]) => e - s <= 600 && e > s)).toBe(true);
    expect(spans[0]![0]).toBe(0);
    expect(spans.at(-1)![1]).toBe(run.length);
    spans.slice(1).forEach(([s], i) => expect(s).toBe(spans[i]![1]));
  });

  it('cuts at white space, not inside a word', () => {
    for (const [s] of sentenceSpans(run, 'en').slice(1)) expect(run[s - 1]).toBe(' ');
  });

  it('leaves a long real sentence whole', () => {
    const sentence = `${'Anthropic and SpaceX agreed on capacity at Colossus 1, '.repeat(9)}with over 300 MW.`;
    expect(sentenceSpans(`${sentence} Next one.`, 'en')[0]).toEqual([0, sentence.length]);
  });
});
