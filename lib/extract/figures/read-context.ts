import { decimalMark } from '../numbers/parse-numeral';
import type { DecimalMark } from '../numbers/parse-numeral';
import type { ExtractOptions } from '../raw-figure';

/** What the readers need to know about the article, computed once per call. */
export interface ReadContext {
  /** The BCP 47 tag as given ('' when unknown), for script-dependent currencies (元). */
  lang: string;
  /** Its primary subtag in lower case ('' when unknown), for alias lookups. */
  primary: string;
  mark: DecimalMark;
  year: number | undefined;
  /** The article's publish date, for a day named alone (6일, 本月6日). */
  published: { year: number; month: number; day: number } | undefined;
}

const byLang = new Map<string, Omit<ReadContext, 'year' | 'published'>>();

/** The reading context of one call; the language part is computed once per tag. */
export function readContext(options: ExtractOptions): ReadContext {
  const lang = typeof options.lang === 'string' ? options.lang.trim() : '';
  let language = byLang.get(lang);
  if (!language) {
    language = { lang, primary: lang.split(/[-_]/)[0]!.toLowerCase(), mark: decimalMark(lang || undefined) };
    if (byLang.size < 256) byLang.set(lang, language);
  }
  const year = options.year;
  const known = typeof year === 'number' && Number.isInteger(year) && year >= 1000 && year <= 9999;
  const date = typeof options.published === 'string' ? /^(\d{4})-(\d{2})-(\d{2})/.exec(options.published) : null;
  const published = date ? { year: Number(date[1]), month: Number(date[2]), day: Number(date[3]) } : undefined;
  return { lang: language.lang, primary: language.primary, mark: language.mark, year: known ? year : undefined, published };
}
