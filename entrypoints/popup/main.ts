import '@/components/shared/theme.css';
import '@/components/popup/popup.css';
import { askFirst } from './ask-first';

// The first render shows the tab's answer, which takes the content script a
// round trip to give: ask before anything else loads. zod comes in its own
// chunk, smaller than React's, so the reply is checked while React still loads.
const asked = askFirst(location.search);
const checked = import('./check-first').then(({ checkFirst }) => checkFirst(asked));
void import('./mount').then(({ mount }) => mount(checked));
