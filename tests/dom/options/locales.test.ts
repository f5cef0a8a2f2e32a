import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMessages, REPO_ROOT } from './support';

const LOCALES = ['en', 'zh_CN', 'zh_TW'];
const SOURCES = [path.join(REPO_ROOT, 'components', 'options'), path.join(REPO_ROOT, 'entrypoints', 'options')];

/** Every options_ key the page's source names. */
function usedKeys(): Set<string> {
  const keys = new Set<string>();
  for (const dir of SOURCES) {
    for (const file of readdirSync(dir)) {
      if (!/\.tsx?$/.test(file)) continue;
      for (const match of readFileSync(path.join(dir, file), 'utf8').matchAll(/'(options_[a-z_]+)'/g)) keys.add(match[1]!);
    }
  }
  return keys;
}

const optionKeys = (locale: string) => Object.keys(readMessages(locale)).filter((k) => k.startsWith('options_'));

describe('options page messages', () => {
  it('has every key the page uses, in English', () => {
    const en = new Set(optionKeys('en'));
    expect([...usedKeys()].filter((k) => !en.has(k))).toEqual([]);
  });

  it.each(LOCALES.slice(1))('has the same keys and placeholders in %s as in English', (locale) => {
    const en = readMessages('en');
    const other = readMessages(locale);
    expect(optionKeys(locale).sort()).toEqual(optionKeys('en').sort());
    for (const key of optionKeys('en')) {
      const names = (text: string) => [...text.matchAll(/\$([A-Z_]+)\$/g)].map((m) => m[1]).sort();
      expect(names(other[key]!.message), `${locale} ${key}`).toEqual(names(en[key]!.message));
      expect(other[key]!.placeholders, `${locale} ${key}`).toEqual(en[key]!.placeholders);
    }
  });

  it.each(LOCALES)('has no key in %s that the page does not use', (locale) => {
    const used = usedKeys();
    expect(optionKeys(locale).filter((k) => !used.has(k))).toEqual([]);
  });
});
