import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '@/components/popup/popup-app';
import type { TabAnswer } from '@/components/popup/popup-env';
import { setMessageSource, t, uiLocale } from '@/components/shared/i18n';
import { createPopupEnv } from './create-env';

const NOT_YET = Symbol('not yet');

/** Renders the popup; `first` is the answer to the question main.ts asked while this loaded. */
export async function mount(first: Promise<TabAnswer | undefined>): Promise<void> {
  setMessageSource(browser.i18n);
  document.documentElement.lang = uiLocale();
  document.title = t('popup_title');
  // Settled already when the reply came while React loaded, the usual case:
  // then the first render shows it. A settled promise wins the race.
  const settled = await Promise.race<TabAnswer | undefined | typeof NOT_YET>([first, NOT_YET]).catch(() => undefined);
  const answered = settled === NOT_YET ? undefined : settled;
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <PopupApp env={createPopupEnv(first, answered)} />
    </StrictMode>,
  );
}
