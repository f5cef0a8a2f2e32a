import type { WxtI18n } from 'wxt/browser';

/** Every message name in public/_locales, as WXT types them. */
export type MessageKey = Parameters<WxtI18n['getMessage']>[0];

/** The part of browser.i18n the UI reads. */
export interface MessageSource {
  getMessage(key: string, substitutions?: string | string[]): string;
  getUILanguage(): string;
}

// Set by each entrypoint. Importing `wxt/browser` here would drag WXT's build
// tooling into the jsdom tests, where it fails to load.
let source: MessageSource | undefined;

/** Where UI strings come from: browser.i18n in the extension, a locale's messages in tests. */
export function setMessageSource(next: MessageSource | undefined): void {
  source = next;
}

/**
 * A UI string in the browser's language. Falls back to the key, so a missing
 * message shows up as itself rather than as an empty label.
 */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  try {
    return source?.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}

/** The browser's UI language (BCP 47), for Intl formatting. */
export function uiLocale(): string {
  try {
    return source?.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}
