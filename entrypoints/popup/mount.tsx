import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '@/components/popup/popup-app';
import type { TabAnswer } from '@/components/popup/popup-env';
import { setMessageSource, t, uiLocale } from '@/components/shared/i18n';
import { createPopupEnv } from './create-env';

/** Renders the popup; `first` is the answer to the question main.ts asked while this loaded. */
export function mount(first: Promise<TabAnswer | undefined>): void {
  setMessageSource(browser.i18n);
  document.documentElement.lang = uiLocale();
  document.title = t('popup_title');
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <PopupApp env={createPopupEnv(first)} />
    </StrictMode>,
  );
}
