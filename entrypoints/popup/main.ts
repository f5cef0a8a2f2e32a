import '@/components/popup/popup.css';
import { POPUP_START_MARK, popupMarks } from '@/components/popup/marks';
import { warmIntl } from '@/components/shared/warm-intl';
import { askFirst } from './ask-first';

// The first render shows the tab's answer, which takes the content script a
// round trip to give: ask before anything else loads. zod comes in its own
// chunk, smaller than React's, so the reply is checked while React still loads.
popupMarks.mark(POPUP_START_MARK);
const asked = askFirst(location.search);
const checked = import('./check-first').then(({ checkFirst }) => checkFirst(asked));
void import('./mount').then(({ mount }) => mount(checked));
// Once the question is out, the main thread has nothing to do until code arrives.
void asked.then(() => warmIntl(browser.i18n.getUILanguage()));
