/**
 * The first Intl object a renderer makes has ICU load its data: 10–40 ms in
 * the popup's first opening (Chromium 156 on a 2-core machine; 0.1–2 ms
 * later), and the first render formats numbers and a language name. Made
 * while the popup's code is still loading, it costs that render nothing.
 */
export function warmIntl(locale: string): void {
  try {
    new Intl.NumberFormat(locale).format(0);
    new Intl.DisplayNames([locale], { type: 'language' }).of(locale);
  } catch {
    // Only a head start: a locale Intl refuses is the formatters' concern.
  }
}
