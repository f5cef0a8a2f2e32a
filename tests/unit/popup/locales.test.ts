import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const LOCALES = ['en', 'zh_CN', 'zh_TW'];
// shared_ keys may be used by any page; popup_ keys only by the popup; toolbar_ keys by the background, for the toolbar button.
const SOURCES = ['components', 'entrypoints/popup', 'entrypoints/background'];
const PREFIXES = 'popup|shared|toolbar';
const OURS = new RegExp(`^(?:${PREFIXES})_`);

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const read = (locale: string) => JSON.parse(readFileSync(path.join(ROOT, 'public', '_locales', locale, 'messages.json'), 'utf8')) as Messages;

function usedKeys(): Set<string> {
  const keys = new Set<string>();
  for (const dir of SOURCES) {
    for (const file of readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })) {
      if (!/\.tsx?$/.test(file)) continue;
      for (const match of readFileSync(path.join(ROOT, dir, file), 'utf8').matchAll(new RegExp(`'((?:${PREFIXES})_[a-z_]+)'`, 'g'))) keys.add(match[1]!);
    }
  }
  return keys;
}

const ourKeys = (messages: Messages) => Object.keys(messages).filter((k) => OURS.test(k)).sort();

describe('popup and shared messages', () => {
  it('has every key the code names, in English', () => {
    const en = new Set(ourKeys(read('en')));
    expect([...usedKeys()].filter((k) => !en.has(k))).toEqual([]);
  });

  it.each(LOCALES.slice(1))('has the same keys and placeholders in %s as in English', (locale) => {
    const en = read('en');
    const other = read(locale);
    expect(ourKeys(other)).toEqual(ourKeys(en));
    const names = (text: string) => [...text.matchAll(/\$([A-Z_]+)\$/g)].map((m) => m[1]).sort();
    for (const key of ourKeys(en)) {
      expect(names(other[key]!.message), `${locale} ${key}`).toEqual(names(en[key]!.message));
      expect(other[key]!.placeholders, `${locale} ${key}`).toEqual(en[key]!.placeholders);
    }
  });

  it.each(LOCALES)('has no key in %s that the code does not use', (locale) => {
    const used = usedKeys();
    expect(ourKeys(read(locale)).filter((k) => !used.has(k))).toEqual([]);
  });

  it.each(LOCALES.slice(1))('is translated in %s (no English left but names and units)', (locale) => {
    const en = read('en');
    const other = read(locale);
    const same = ourKeys(en).filter((k) => other[k]!.message === en[k]!.message && /[a-z]{4,}/.test(en[k]!.message.replace(/\$[A-Z_]+\$/g, '')));
    // Product name only.
    expect(same).toEqual(['popup_title']);
  });
});
