import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MessageSource } from '@/components/shared/i18n';

// A path string, not new URL(): under jsdom the global URL is jsdom's, which fileURLToPath refuses.
const LOCALES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../public/_locales');

export type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** One locale folder's messages.json ("en", "zh_CN", "zh_TW"). */
export function readMessages(locale: string): Messages {
  return JSON.parse(readFileSync(path.join(LOCALES, locale, 'messages.json'), 'utf8')) as Messages;
}

/** browser.i18n as Chrome implements it, over one locale folder's messages. */
export function messageSource(locale = 'en'): MessageSource {
  const messages = readMessages(locale);
  return {
    getUILanguage: () => locale.replace('_', '-'),
    getMessage(key, substitutions) {
      const entry = messages[key];
      if (!entry) return '';
      const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
      const fill = (s: string) => s.replace(/\$(\d)/g, (_m, n: string) => subs[Number(n) - 1] ?? '');
      return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$/g, (match, name: string | undefined) =>
        name === undefined ? '$' : fill(entry.placeholders?.[name.toLowerCase()]?.content ?? ''),
      );
    },
  };
}
