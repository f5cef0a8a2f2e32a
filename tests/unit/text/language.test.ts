import { describe, expect, it } from 'vitest';
import { resolveLanguage } from '../../../lib/text/language';

describe('resolveLanguage', () => {
  it.each([
    ['zh-TW', '', 'zh-Hant', 'a declared Taiwanese tag'],
    ['zh-CN', '', 'zh-Hans', 'a declared mainland tag'],
    ['zh', '這一協議揭示了前沿 AI 公司在算力合作上的結構性權衡與數據中心的電力承諾', 'zh-Hant', 'bare zh, traditional characters'],
    ['', '这将在一个月内为 Anthropic 提供超过 300 兆瓦的新算力，相当于超 22 万张 NVIDIA GPU 的数据中心', 'zh-Hans', 'no tag, simplified characters'],
    ['', 'アンソロピックはスペースXのデータセンターを使う契約を結んだと発表しました。ギガワット級の計算資源です', 'ja', 'no tag, kana'],
    ['', '앤트로픽은 스페이스X의 데이터센터 전체를 사용하는 계약을 체결했다고 발표했다 전력은 메가와트', 'ko', 'no tag, hangul'],
    ['de-DE', '', 'de', 'a regional German tag'],
    ['', 'Der Vertrag mit dem Rechenzentrum und die Leistung für das Projekt', 'de', 'no tag, German function words'],
    ['en-GB', '', 'en', 'a regional English tag'],
  ])('%s + text → %s (%s)', (declared, sample, expected) => {
    expect(resolveLanguage(declared, sample)).toBe(expected);
  });
});
