import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '@/components/popup/popup-app';
import { setMessageSource, t, uiLocale } from '@/components/shared/i18n';
import '@/components/shared/theme.css';
import '@/components/popup/popup.css';
import { createPopupEnv } from './create-env';

setMessageSource(browser.i18n);
document.documentElement.lang = uiLocale();
document.title = t('popup_title');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PopupApp env={createPopupEnv(location.search)} />
  </StrictMode>,
);
