import { describe, expect, it } from 'vitest';
import { cueText } from '@/lib/detect/cue-matcher';
import { factKey } from '@/lib/link/fact-role';

const key = (kind: Parameters<typeof factKey>[0], clause: string, sentence = clause, head = '') => factKey(kind, cueText(clause), cueText(sentence), cueText(head));

describe('factKey', () => {
  it.each<[string, string, string]>([
    // The plain statement of a fact, in several languages: one key.
    ['gpus', 'Colossus 1 houses more than 220,000 GPUs', 'gpus'],
    ['gpus', 'Colossus 1 beherbergt 22.000 GPUs', 'gpus'],
    ['gpus', '콜로서스 1에는 GPU 22만 개 이상이', 'gpus'],
    // A target, an addition, today's figure: other facts of the same kind.
    ['power', 'the site will expand to 1 GW by 2027', 'power:target'],
    ['power', 'bis 2027 soll der Standort auf 1 GW wachsen', 'power:target'],
    ['power', '2027年までに1GWへ拡張する計画', 'power:target'],
    ['power', '到2027年扩建至1GW', 'power:target'],
    // A total is the deal's value, said in full: the same fact as the value said plainly.
    ['money', 'a total contract value of $6 billion', 'money'],
    ['power', 'an additional 100 MW', 'power:added'],
    ['power', '2026 年底新增近 1 GW', 'power:target+added'],
    ['power', 'currently draws 150 MW', 'power:current'],
    ['duration', 'with an option to extend by two years', 'duration:option'],
  ])('%s: "%s" → %s', (kind, clause, expected) => {
    expect(key(kind as Parameters<typeof factKey>[0], clause)).toBe(expected);
  });

  it('reads a part a clause away, in the figure\'s sentence', () => {
    const sentence = 'De esa cantidad, unos 1.500 millones de dólares irían a Corning';
    expect(key('money', 'unos 1.500 millones de dólares irían a Corning', sentence)).toBe('money:part');
  });

  it('reads the heading of the figure\'s column in a table', () => {
    expect(key('power', '1 GW', '1 GW', 'Target by 2027')).toBe('power:target');
    expect(key('power', '1 GW', '1 GW', 'Capacity')).toBe('power');
  });

  it('gives a date the role of an announcement only where its sentence says so', () => {
    expect(key('date', 'May 6', 'On May 6, Anthropic and SpaceX signed a compute agreement')).toBe('date:announced');
    expect(key('date', 'May 6', 'On May 6, Anthropic said it was pleased')).toBe('date');
    // Making the contract public is announcing it; making a view public is not.
    expect(key('date', '5月4日', 'アンソロピックとスペースXが契約を明らかにしたのは米国時間5月4日')).toBe('date:announced');
    expect(key('date', '5月4日', '同社は5月4日、需要が強いと明らかにした')).toBe('date');
    // Agreeing to lend or lease the capacity is the deal itself.
    expect(key('date', '6일', '스페이스X는 지난 6일(현지시간) 콜로서스 1의 연산 능력 전체를 앤트로픽에 빌려주기로 했다')).toBe('date:announced');
  });

  it('does not take a plant for a plan, or renewable power for a renewal', () => {
    expect(key('money', 'the $55 billion plant in Texas')).toBe('money');
    expect(key('power', '300 MW of renewable power')).toBe('power');
  });
});
