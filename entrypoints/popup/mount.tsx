import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '@/components/popup/popup-app';
import type { TabAnswer } from '@/components/popup/popup-env';
import { setMessageSource, t, uiLocale } from '@/components/shared/i18n';
import { createPopupEnv } from './create-env';
import { within } from './within';

/**
 * How long the first render waits for the tab's answer before it shows
 * "Loading…". Showing that first costs a render, a paint and an effect before
 * the answer can follow, more than the wait when the answer is near: it comes
 * 15–85 ms after the question (Chromium 156, 2 cores), mostly while this code
 * loads, and its check (check-first.ts) may finish just after this module.
 */
const ANSWER_WAIT_MS = 50;

/** Renders the popup; `first` is the answer to the question main.ts asked while this loaded. */
export async function mount(first: Promise<TabAnswer | undefined>): Promise<void> {
  setMessageSource(browser.i18n);
  document.documentElement.lang = uiLocale();
  document.title = t('popup_title');
  const answered = await within(first, ANSWER_WAIT_MS);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <PopupApp env={createPopupEnv(first, answered)} />
    </StrictMode>,
  );
}
