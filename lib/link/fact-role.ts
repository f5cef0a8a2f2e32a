import { CueMatcher } from '../detect/cue-matcher';
import type { FigureKind } from '../analyze/types';
import { ANNOUNCED } from './context-cues';
import { PART } from './veto-cues';

/**
 * Words that make a figure a different fact from another of its kind about the
 * same deal: "300 MW now, 1 GW by 2027" states two facts, not one fact twice.
 * Only specific words are listed. A bare "will" or "将" qualifies half of all
 * deal sentences, and would keep every real contradiction apart.
 */
const ROLES = {
  /** A target or a later stage: "expand to 1 GW", "by the end of 2027", "bis 2027", "までに". */
  target: new CueMatcher([
    'by the end of', 'by end of', 'by 202', 'expand', 'expansion', 'grow to', 'scale to', 'scale up to', 'ramp', 'eventually', 'ultimately', 'plans', 'planned', 'plan to', 'planning', 'target', 'goal', 'in the future', 'future',
    'bis 202', 'bis ende', 'geplant', 'künftig', 'später', 'ausbau', 'erweiter', 'langfristig', 'ziel',
    "d'ici", 'à terme', 'prévu', 'prévoit', 'extension', 'agrandissement', 'objectif', "à l'avenir", 'à plus long terme',
    'para 202', 'a finales de', 'prevé', 'previst', 'ampliación', 'ampliar', 'planea', 'a largo plazo', 'objetivo', 'en el futuro',
    'までに', '計画', '予定', '将来', '拡張', '拡大', '目標', '最終的', '目指',
    '까지', '계획', '예정', '향후', '확장', '확대', '목표', '최종',
    '到202', '计划', '計劃', '计画', '計畫', '预计', '預計', '未来', '未來', '扩建', '擴建', '扩展', '擴展', '扩大', '擴大', '目标', '目標', '最终', '最終', '年底', '年末', '연말', 'end of 202', 'ende 202', 'fin 202',
  ]),
  /** An increment on top of what is there: "additional 100 MW", "新增", "추가". */
  added: new CueMatcher([
    'additional', 'another', 'further', 'extra', 'on top of', 'zusätzlich', 'weitere', 'supplémentaire', 'additionnel', 'adicional',
    '新增', '额外', '額外', '追加', '增加', '增設', '增设', '추가', '증설',
  ]),
  /** What holds today, against a plan: "currently", "derzeit", "目前". */
  current: new CueMatcher([
    'currently', 'today', 'right now', 'at present', 'so far', 'to date', 'derzeit', 'aktuell', 'bislang', 'bisher', 'actuellement', "à ce jour", "jusqu'ici", 'actualmente', 'hasta ahora', 'por ahora',
    '目前', '现有', '現有', '现阶段', '現階段', '現時点', '現在', '現状', '현재', '지금까지',
  ]),
  /** A term that may be added: an option, an extension, a renewal. */
  option: new CueMatcher([
    'option', 'extend', 'extension', 'renewal', 'renewed', 'renew the', 'renewing', 'verlänger', 'prolong', 'renouvel', 'prórroga', 'prorrog', 'renova',
    '延长', '延長', '续约', '續約', '연장', '갱신', '更新',
  ]),
} as const;

type Role = keyof typeof ROLES;

/**
 * What fact of its deal a linked figure states, as a short key: its kind and
 * the role words of its clause (and, in a table, of its column's heading).
 * Two figures of one deal with the same key state the same fact, so their
 * values must agree; "power" and "power:target" are different facts. A date
 * is the deal's announcement only where its sentence says so.
 *
 * A figure in another time frame, a part or a past milestone never gets here:
 * its link carries a doubt (link-figures.ts), and doubtful links state no fact.
 */
export function factKey(kind: FigureKind, clause: string, sentence: string, head = ''): string {
  if (kind === 'date') return ANNOUNCED.testCued(head ? `${sentence}\n${head}` : sentence) ? 'date:announced' : 'date';
  const words = head ? `${clause}\n${head}` : clause;
  const roles: string[] = (Object.keys(ROLES) as Role[]).filter((role) => ROLES[role].testCued(words));
  // A part is often named a clause away: "De esa cantidad, unos 1.500 millones irían a Corning".
  if (PART.testCued(sentence)) roles.push('part');
  return roles.length ? `${kind}:${roles.join('+')}` : kind;
}
