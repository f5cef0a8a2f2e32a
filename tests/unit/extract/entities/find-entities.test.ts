import { describe, expect, it } from 'vitest';
import { buildEntityIndex } from '../../../../lib/extract/entities/entity-index';
import { findEntities } from '../../../../lib/extract/entities/find-entities';
import { foldWidth } from '../../../../lib/text/fold';

const index = buildEntityIndex({
  entities: [
    { id: 'nvidia', kind: 'company', name: 'NVIDIA', aliases: ['NVIDIA', '英伟达', '輝達', 'エヌビディア', '엔비디아'] },
    { id: 'spacex', kind: 'company', name: 'SpaceX', aliases: ['SpaceX', 'スペースX'] },
    { id: 'xai', kind: 'company', name: 'xAI', aliases: ['xAI', 'SpaceXAI'] },
    { id: 'meta', kind: 'company', name: 'Meta', aliases: ['Meta'] },
    { id: 'colossus-1', kind: 'facility', name: 'Colossus 1', aliases: ['Colossus 1'] },
    { id: 'colossus-2', kind: 'facility', name: 'Colossus 2', aliases: ['Colossus 2'] },
    { id: 'coherent', kind: 'company', name: 'Coherent', aliases: ['Coherent'] },
    { id: 'gpt-4', kind: 'product', name: 'GPT-4', aliases: ['GPT-4', 'GPT4'] },
    { id: 'kestrel', kind: 'company', name: 'Kestrel Compute', aliases: ['Kestrel Compute', '케스트렐'] },
    { id: 'microsoft', kind: 'company', name: 'Microsoft', aliases: ['Microsoft'] },
    { id: 'azure', kind: 'product', name: 'Microsoft Azure', aliases: ['Microsoft Azure', 'Azure'] },
  ],
});

const ids = (text: string) => findEntities(index, foldWidth(text)).map((e) => `${e.id}:${e.text}`);

describe('findEntities', () => {
  it.each([
    ['NVIDIA and Nvidia', ['nvidia:NVIDIA', 'nvidia:Nvidia'], 'long Latin aliases match in any case'],
    ['英伟达与輝達、エヌビディア、엔비디아', ['nvidia:英伟达', 'nvidia:輝達', 'nvidia:エヌビディア', 'nvidia:엔비디아'], 'every script, no spaces needed'],
    ['ＮＶＩＤＩＡ', ['nvidia:NVIDIA'], 'full-width Latin, found in the folded text (offsets are the same)'],
    ['Anthropic 與 SpaceX 簽署', ['spacex:SpaceX'], 'CJK right after a Latin alias'],
    ['SpaceXAI owns Colossus', ['xai:SpaceXAI'], 'the longest alias wins at a position'],
    ['Nvidias Gewinn und xAIs Anlage', ['nvidia:Nvidia', 'xai:xAI'], 'a German genitive "s": the name alone is the match'],
    ['Metaverse, Colossus 10', [], 'but no longer word or number'],
    ['Colossus 2 is not Colossus 1', ['colossus-2:Colossus 2', 'colossus-1:Colossus 1'], 'facilities told apart by their number'],
    ['Colossus1 and Colossus-1', ['colossus-1:Colossus1', 'colossus-1:Colossus-1'], 'an alias space may be missing or a hyphen'],
    ['Colossus\u202F1 and Colossus\u00A01', ['colossus-1:Colossus\u202F1', 'colossus-1:Colossus\u00A01'], 'or a narrow or plain no-break space'],
    ['300+ MW Colossus 1,22,000+ GPUs', ['colossus-1:Colossus 1'], 'a comma right after the name (seed 000)'],
    ['Colossus 10 is bigger', [], 'a longer number is another name'],
    ['the metaverse and meta-analysis', [], 'short aliases keep their case; no match inside words'],
    ['Meta signs', ['meta:Meta'], 'a short alias in its own case'],
    ['a coherent plan with Coherent', ['coherent:Coherent'], 'a capitalised word keeps its case'],
    ['GPT-4, GPT4 and GPT 4', ['gpt-4:GPT-4', 'gpt-4:GPT4', 'gpt-4:GPT 4'], 'a hyphen in an alias is optional too'],
    ['케스트렐은', ['kestrel:케스트렐'], 'a dataset alias with a Korean particle attached'],
    ['on Microsoft Azure', ['microsoft:Microsoft', 'azure:Microsoft Azure'], "an alias that opens with another entity's names both"],
    ['on Azure', ['azure:Azure'], 'the shorter alias alone names one'],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });
});
