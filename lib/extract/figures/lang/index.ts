import { common } from './common';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { ja } from './ja';
import { ko } from './ko';
import type { LanguageAliases } from './types';
import { zh } from './zh';

/** Every vocabulary the grammar is built from; `common` first, then the article languages. */
export const LANGUAGES: readonly LanguageAliases[] = [common, en, zh, ja, ko, de, fr, es];

export type { ClassifierId, LanguageAliases, QualifierId, UnitId } from './types';
export { UNIT_IDS } from './types';
