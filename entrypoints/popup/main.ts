import '@/components/popup/popup.css';
import { POPUP_START_MARK, popupMarks } from '@/components/popup/marks';
import { warmIntl } from '@/components/shared/warm-intl';
import { firstAnswers } from './first-answers';

// The first render shows the tab's answer: what the background kept of the
// page's last run, else the content script's reply, which takes a round trip.
// Ask before React loads; zod loads once the answer is on screen.
popupMarks.mark(POPUP_START_MARK);
const answers = firstAnswers(location.search);
void import('./mount').then(({ mount }) => mount(answers));
// Once the question is out, the main thread has nothing to do until code arrives.
void answers.first.then(() => warmIntl(browser.i18n.getUILanguage()));
