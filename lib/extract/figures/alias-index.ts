/**
 * The per-language vocabularies merged into lookup tables, built once at
 * module load. The grammar finds an alias; these tables say what it means in
 * the article's language.
 */
import { LANGUAGES } from './lang';
import type { ClassifierId, LanguageAliases, QualifierId, UnitId } from './lang';
import { aliasKey } from './alias-alternation';

type Lang = LanguageAliases['lang'];
type TableName = 'units' | 'currencyPrefixes' | 'scales' | 'numberWords' | 'before' | 'between' | 'after' | 'classifiers' | 'months' | 'models';

interface Entry<T> {
  /** Meaning per defining language, in `LANGUAGES` order. */
  byLang: Map<Lang, T>;
  /** Only readable in articles of a defining language (or of unknown language). */
  strict: boolean;
}

/** One merged table: alias key → meaning per language. */
export class AliasTable<T> {
  private readonly entries = new Map<string, Entry<T>>();
  /** Matched text → entry, so that a repeated spelling skips key normalisation. */
  private readonly seen = new Map<string, Entry<T> | null>();

  add(lang: Lang, alias: string, value: T, strict: boolean): void {
    const key = aliasKey(alias);
    this.seen.clear();
    const entry = this.entries.get(key);
    if (!entry) {
      this.entries.set(key, { byLang: new Map([[lang, value]]), strict });
      return;
    }
    if (!entry.byLang.has(lang)) entry.byLang.set(lang, value);
    entry.strict &&= strict;
  }

  /**
   * The meaning of `text` for an article in `lang` (a primary tag, '' when
   * unknown): the article language's own reading first, so German "Billion"
   * is 10^12 and English "billion" 10^9. Undefined when unknown or when a
   * strict alias belongs to another language.
   */
  get(text: string, lang: string): T | undefined {
    const entry = this.lookup(text);
    if (!entry) return undefined;
    const own = entry.byLang.get(lang as Lang);
    if (own !== undefined) return own;
    if (entry.strict && lang !== '') return undefined;
    return entry.byLang.values().next().value;
  }

  private lookup(text: string): Entry<T> | null {
    let entry = this.seen.get(text);
    if (entry === undefined) {
      entry = this.entries.get(aliasKey(text)) ?? null;
      // Matched texts are aliases with their white space; the cap only guards odd inputs.
      if (this.seen.size < 4096) this.seen.set(text, entry);
    }
    return entry;
  }

  /** The languages that define `text`. */
  languagesOf(text: string): ReadonlySet<Lang> {
    return new Set(this.entries.get(aliasKey(text))?.byLang.keys() ?? []);
  }

  /** Every alias key with the meanings it has in different languages, for hygiene tests. */
  conflicts(): Array<[string, T[]]> {
    const out: Array<[string, T[]]> = [];
    for (const [key, entry] of this.entries) {
      const values = [...new Set(entry.byLang.values())];
      if (values.length > 1) out.push([key, values]);
    }
    return out;
  }
}

function table<T>(name: TableName): AliasTable<T> {
  const merged = new AliasTable<T>();
  for (const language of LANGUAGES) {
    const strict = new Set(language.strict ?? []);
    const data = (language[name] ?? {}) as Readonly<Record<string, T>>;
    for (const [alias, value] of Object.entries(data)) merged.add(language.lang, alias, value, strict.has(alias));
  }
  return merged;
}

/** Unit aliases after a number → unit id. */
export const UNITS = table<UnitId>('units');
/** Currency signs and codes before a number → unit id. */
export const CURRENCY_PREFIXES = table<UnitId>('currencyPrefixes');
/** Scale words → factor (per language: "billion" differs). */
export const SCALES = table<number>('scales');
/** Number words → value. */
export const NUMBER_WORDS = table<number>('numberWords');
/** Qualifiers before, between and after → how they bound a figure. */
export const BEFORE = table<QualifierId>('before');
export const BETWEEN = table<QualifierId>('between');
export const AFTER = table<QualifierId>('after');
/** Month names → 1–12. */
export const MONTHS = table<number>('months');
/** Counter words → whether they count GPUs alone. */
export const CLASSIFIERS = table<ClassifierId>('classifiers');
/** Product names → what they are (H100 → GPU, Trainium2 → chip). */
export const MODELS = table<'GPU' | 'chip'>('models');

/** Every alias of one kind across languages, for building the grammar. */
export function aliasesOf(
  name: TableName | 'vendors' | 'ratesBefore' | 'ratesAfter' | 'articles' | 'nounPrepositions',
): string[] {
  return LANGUAGES.flatMap((language) => {
    const data = language[name];
    if (!data) return [];
    return Array.isArray(data) ? [...(data as readonly string[])] : Object.keys(data);
  });
}

/** Month aliases that begin a date in English order ("May 6"): the English ones. */
export function englishMonths(): string[] {
  return LANGUAGES.filter((l) => l.lang === 'en').flatMap((l) => Object.keys(l.months ?? {}));
}
