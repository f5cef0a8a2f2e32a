/**
 * Small patterns read at one position next to a match, never over the whole
 * text: qualifiers and rate words before a number, time zones around a date.
 * The sticky look-behinds run once, backwards from the match, in constant time.
 */
import { aliasesOf, MODELS, UNITS } from './alias-index';
import { alternation, LATIN, withCapitalised } from './alias-alternation';
import { capturesReader, compileNumbered } from './numbered-groups';
import { ZONES, ZONES_BEFORE } from './time-zones';
import { lazy } from '../../text/lazy';

const before = lazy(() =>
  compileNumbered(
    `(?<=(?<pre>(?:(?<rate>${alternation(aliasesOf('ratesBefore'), 'start')})\\s?)?(?:(?<qual>${alternation(aliasesOf('before'), 'start')})\\s{0,2})?))`,
    'y',
  ),
);
/**
 * What precedes a figure: a rate word (每月, 月額, 월) and/or a qualifier
 * ("more than", 超过, 약), each with its white space. Set `lastIndex` to the
 * figure's start; the match is empty, the groups hold the words, and `pre`
 * their full length so the figure can start where they do. Read it with
 * `wordsBefore`.
 */
const beforeGroups = lazy(() => capturesReader<WordsBefore>(before().names));

/** Words before a figure; each undefined when absent. */
export interface WordsBefore {
  /** Everything before the number that belongs to the figure, white space included. */
  pre?: string;
  rate?: string;
  qual?: string;
}

// The last character of every word the `before` pattern can find: most figures follow
// punctuation, a digit or an unrelated word, and skip the look-behind.
const LAST_CHARS = lazy(() => new Set([...aliasesOf('before'), ...aliasesOf('ratesBefore')].flatMap(withCapitalised).map((a) => a.slice(-1))));
const NO_WORDS: WordsBefore = {};
// The white space the `before` pattern allows between words and number (\s, as a cheap test).
const isSpace = (code: number) => code === 0x20 || code === 0xa0 || code === 0x202f || (code >= 0x09 && code <= 0x0d) || code === 0x3000;

const NOUN_PREPOSITIONS = lazy(() => new Set(aliasesOf('nounPrepositions').flatMap(withCapitalised)));
// A capitalised word, then the preposition: "Vertrag über", "Abkommen über".
const NOUN_THEN_PREPOSITION = /[A-ZÄÖÜ][\wäöüß-]*\s+\S+\s*$/;

/**
 * Whether the qualifier found before a figure is only a preposition after a
 * noun ("ein Vertrag über 5 GW"), so it bounds nothing.
 */
export function isPrepositionAfterNoun(text: string, start: number, words: WordsBefore): boolean {
  if (words.qual === undefined || !NOUN_PREPOSITIONS().has(words.qual)) return false;
  const qualEnd = start - (words.pre!.length - words.pre!.lastIndexOf(words.qual) - words.qual.length);
  return NOUN_THEN_PREPOSITION.test(text.slice(Math.max(0, qualEnd - 40), qualEnd));
}

/** The words before a figure at `start`: see `before`. */
export function wordsBefore(text: string, start: number): WordsBefore {
  let i = start - 1;
  if (isSpace(text.charCodeAt(i))) i -= 1;
  if (isSpace(text.charCodeAt(i))) i -= 1;
  if (i < 0 || !LAST_CHARS().has(text[i]!)) return NO_WORDS;
  const { pattern } = before();
  pattern.lastIndex = start;
  const match = pattern.exec(text);
  return match ? beforeGroups()(match) : NO_WORDS;
}

const noun = lazy(() => {
  const nouns = [...aliasesOf('units').filter((a) => /^(GPU|chip)$/.test(UNITS.get(a, '') ?? '')), ...aliasesOf('models')];
  // A gloss in brackets may follow the noun: "GPU（画像処理半導体）が22万基以上"; so may a comma and words
  // that say the count is the noun's: "GPUで、数にして約18万基", "GPU，数量约22万块".
  const cjk = '[\\u3040-\\u30FF\\u3400-\\u9FFF\\uAC00-\\uD7AF]';
  const inNumber = `${cjk}{0,2}[、，,]\\s?(?:数にして|その数は|総数は|数は|数量|數量|개수는|수는)`;
  return compileNumbered(`(?<=(?<noun>${alternation(nouns, 'start')})(?:[(（][^)）]{1,12}[)）])?[)）]?(?:${inNumber}|${cjk}{0,4})\\s?)`, 'y');
});

/**
 * What a bare counter counts, from the noun just before the number: "GPU
 * 2만2천 개", "エヌビディア製GPUを約22万基", "A100は約2万5000枚", "GPU数量达22万块".
 * At most four CJK characters (a particle, 数量达) may stand between, after the
 * noun's closing bracket ("텐서처리장치(TPU) 최대 100만 개"). Undefined
 * when no GPU or chip noun is there: "3 个" alone counts nothing we know.
 */
export function nounBefore(text: string, start: number): 'GPU' | 'chip' | undefined {
  const { pattern } = noun();
  pattern.lastIndex = start;
  const word = pattern.exec(text)?.[1];
  if (word === undefined) return undefined;
  const id = UNITS.get(word, '') ?? MODELS.get(word, '');
  return id === 'GPU' || id === 'chip' ? id : undefined;
}

/** A zone name just before a date, maybe with its particle ("北京时间 5 月 7 日", "미국 현지 시간으로 5월 7일"); sticky at the date's start. */
export const zoneBefore = lazy(() => new RegExp(`(?<=(?<zone>${alternation(ZONES_BEFORE, 'none')})(?:으로|で)?[\\s(（]{0,2})`, 'y'));

/** How far after a date its zone may stand: "May 6, 2026, at 10:00 a.m. PT" (~25 characters). */
export const ZONE_WINDOW = 40;

/**
 * A zone name shortly after a date, within the same clause, with an optional
 * explicit offset ("UTC+8"). Run on the slice of `ZONE_WINDOW` characters after the date.
 */
export const zoneAfter = lazy(
  () =>
    new RegExp(
      `^[^。!?;|\\n]{0,30}?(?<![${LATIN}])(?<zone>${alternation(Object.keys(ZONES), 'none')})(?![${LATIN}])` +
        '(?:\\s?(?<sign>[+-])\\s?(?<hours>\\d{1,2})(?::?(?<minutes>\\d{2}))?)?',
    ),
);
