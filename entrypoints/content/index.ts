import { setMessageSource } from '@/components/shared/i18n';
import { Lens } from './lens';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    setMessageSource(browser.i18n);
    void new Lens(ctx).start();
  },
});
