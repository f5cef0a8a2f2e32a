import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '@/components/popup/popup-app';
import { setMessageSource, t, uiLocale } from '@/components/shared/i18n';
import { createPopupEnv } from './create-env';
import type { FirstAnswers } from './first-answers';
import { within } from './within';

/**
 * How long the first render waits for the tab's answer before it shows
 * "Loading…". Showing that first costs a render, a paint and an effect before
 * the answer can follow, more than the wait when the answer is near: it comes
 * 15–85 ms after the question (Chromium 156, 2 cores), mostly while this code
 * loads, and its check (check-first.ts) may finish just after this module.
 */
const ANSWER_WAIT_MS = 50;

/** Renders the popup from the answers main.ts started on while this loaded. */
export async function mount({ first, latest }: FirstAnswers): Promise<void> {
  setMessageSource(browser.i18n);
  document.documentElement.lang = uiLocale();
  document.title = t('popup_title');
  const answered = await within(first, ANSWER_WAIT_MS);
  const root = createRoot(document.getElementById('root')!);
  // Rendered in this task: a root's first render is otherwise queued behind the frame the
  // browser draws meanwhile (4–5 ms of a later opening, Chromium 156 on 2 cores).
  flushSync(() =>
    root.render(
      <StrictMode>
        <PopupApp env={createPopupEnv(first, answered, latest)} />
      </StrictMode>,
    ),
  );
}
