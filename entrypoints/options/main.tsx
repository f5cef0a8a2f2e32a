import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { OptionsApp } from '@/components/options/options-app';
import { setMessageSource, t, uiLocale } from '@/components/shared/i18n';
import '@/components/options/options.css';
import { createOptionsEnv } from './create-env';

setMessageSource({
  getMessage: (key, substitutions) => browser.i18n.getMessage(key as Parameters<typeof browser.i18n.getMessage>[0], substitutions),
  getUILanguage: () => browser.i18n.getUILanguage(),
});
document.documentElement.lang = uiLocale();
document.title = t('options_title');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <OptionsApp env={createOptionsEnv(location.search)} />
  </StrictMode>,
);
