/** Performance marks the popup sets, for profiling in DevTools and for npm run bench:browser. */

/** The popup's entry script has started: everything before it is the browser opening the page. */
export const POPUP_START_MARK = 'popup:start';

/** The first answer about the page is on screen. */
export const FIRST_RENDER_MARK = 'popup:first-render';
