import { Gate } from './gate';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    void new Gate(ctx).start();
  },
});
