import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../lib/node/load-dataset';
import { DATASETS_DIR, FIRST_BATCH, PAGES_DIR, batchOf, loadCorpus } from '../../eval/corpus';
import { evaluate } from '../../eval/evaluate';
import { scoreCorpus } from '../../eval/score';

/**
 * The whole pipeline over every golden page (tests/fixtures/README.md). The
 * first corpus, which the rules were shaped on, must be read exactly: each
 * page detected as its gold says and no false flag. A later batch was written
 * before the rules that handle it, so it is held to corpus-wide bars instead:
 * one page may still go wrong, but not the batch.
 */
/**
 * Batches kept out of rule-making: written after the rules, scored as they came
 * in and never used to shape a rule, so `npm run eval` keeps an honest estimate
 * of pages nobody tuned for. They are held to what they first scored, so a
 * change cannot make them worse unseen.
 */
const HELD_OUT: Record<string, { detection: number; precision: number; recall: number; matchRecall: number; entityRecall: number }> = {
  '2026-12t': { detection: 1, precision: 1, recall: 11 / 15, matchRecall: 0.97, entityRecall: 1 },
  // Scored after the rules for 12zzzza.
  '2026-12zzzzc': { detection: 22 / 24, precision: 13 / 21, recall: 13 / 16, matchRecall: 0.88, entityRecall: 0.9 },
};
/**
 * Batches written before their rules whose rules are not finished: held to
 * where they stand now, above their first score, until they clear the bars.
 * 2026-12g came in at detection 23/24, precision 10/23, recall 0.625; its
 * tables with units only in the column header are not read yet.
 */
const OPEN: typeof HELD_OUT = {
  // Held out until 2026-12l: first score 22/24, P 0.8, R 1, match 1, entities 1.
  '2026-12c': { detection: 24 / 24, precision: 1, recall: 1, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12l: first score 13/16, P 6/15, R 6/9, match 26/29, entities 67/73.
  '2026-12f': { detection: 15 / 16, precision: 1, recall: 6 / 9, matchRecall: 26 / 29, entityRecall: 67 / 73 },
  '2026-12g': { detection: 24 / 24, precision: 1, recall: 1, matchRecall: 0.97, entityRecall: 1 },
  // First score, before any rule: 21/24, P 14/21, R 14/16, match 0.893, entities 0.985.
  '2026-12h': { detection: 24 / 24, precision: 1, recall: 0.93, matchRecall: 0.96, entityRecall: 0.99 },
  // First score, before any rule: 20/24, P 13/27, R 13/17, match 0.965, entities 1.
  // Five of its gold mismatches are figures the page itself corrects, which the README keeps
  // unflagged: its recall stands below its first score for that alone.
  '2026-12i': { detection: 24 / 24, precision: 1, recall: 0.7, matchRecall: 1, entityRecall: 1 },
  // First score, before any rule: 21/24, P 14/20, R 14/16, match 0.962, entities 1.
  '2026-12j': { detection: 24 / 24, precision: 1, recall: 0.93, matchRecall: 1, entityRecall: 1 },
  // First score, before any rule: 16/16, P 6/6, R 6/8, match 20/21, entities 1.
  '2026-12k': { detection: 16 / 16, precision: 1, recall: 1, matchRecall: 1, entityRecall: 1 },
  // First score, before any rule: 16/16, P 6/8, R 6/8, match 1, entities 1.
  '2026-12l': { detection: 16 / 16, precision: 1, recall: 0.87, matchRecall: 1, entityRecall: 1 },
  // First score, before any rule: 24/24, P 11/16, R 11/11, match 1, entities 1.
  '2026-12m': { detection: 24 / 24, precision: 1, recall: 1, matchRecall: 1, entityRecall: 1 },
  // Held out until their false flags shaped rules: 12n first scored precision 9/11, 12o 14/23.
  '2026-12n': { detection: 1, precision: 1, recall: 1, matchRecall: 0.92, entityRecall: 0.97 },
  '2026-12o': { detection: 24 / 24, precision: 1, recall: 14 / 15, matchRecall: 0.96, entityRecall: 1 },
  // First scored detection 22/24, precision 10/15, recall 10/16, after the rules for 12n and 12o.
  '2026-12p': { detection: 1, precision: 1, recall: 12 / 16, matchRecall: 0.9, entityRecall: 1 },
  // First scored detection 20/24, precision 7/13, recall 7/10, after the rules for 12p.
  '2026-12q': { detection: 1, precision: 1, recall: 7 / 10, matchRecall: 0.92, entityRecall: 1 },
  // First scored detection 21/24, precision 14/16, recall 14/17, after the rules for 12q.
  '2026-12r': { detection: 1, precision: 1, recall: 14 / 17, matchRecall: 0.9, entityRecall: 1 },
  // First scored detection 21/24, precision 10/15, recall 10/15, after the rules for 12r.
  '2026-12s': { detection: 22 / 24, precision: 1, recall: 11 / 15, matchRecall: 0.83, entityRecall: 0.94 },
  // Held out until their false flags shaped rules: 12u first scored precision 15/17, recall 15/16, after
  // the rules for 12s; 12v precision 10/11, recall 10/11, after the recall rules drawn from 12f to 12s.
  // 12u still flags a joint venture of Amazon's with a company the dataset does not know.
  '2026-12u': { detection: 1, precision: 16 / 17, recall: 1, matchRecall: 0.95, entityRecall: 1 },
  '2026-12v': { detection: 1, precision: 1, recall: 1, matchRecall: 0.96, entityRecall: 1 },
  // Held out until its misses and false flags shaped rules: first scored precision 12/14, recall 12/15,
  // match 0.89, after the rules for 12u and 12v. A fact box Readability drops is still unread.
  '2026-12w': { detection: 1, precision: 1, recall: 14 / 15, matchRecall: 1, entityRecall: 1 },
  // Held out until its misses and false flags shaped rules: first scored detection 23/24, precision
  // 13/15, recall 13/16, match 0.97, after the rules for 12w. Its two dates a day after the
  // announcement, on pages with no stated zone, stay unverified by design.
  '2026-12x': { detection: 1, precision: 1, recall: 14 / 16, matchRecall: 1, entityRecall: 1 },
  // Held out until its misses and false flags shaped rules: first scored precision 11/12, recall 11/15,
  // match 0.978, after the rules for 12x. Its two one-day-later dates without a stated zone stay unverified.
  '2026-12y': { detection: 1, precision: 1, recall: 13 / 15, matchRecall: 1, entityRecall: 1 },
  // Held out until its misses and false flags shaped rules: first scored precision 12/14, recall 12/16,
  // match 0.936, after the rules for 12y. A count written 22万基（220,000）を超える is still unread, and a
  // date tied only by "the deal" after a sentence naming a party of several deals may only confirm.
  '2026-12z': { detection: 1, precision: 1, recall: 15 / 16, matchRecall: 0.97, entityRecall: 1 },
  // Held out until its misses and false flags shaped rules: first scored detection 23/24, precision 11/18,
  // recall 11/16, match 0.91, after the rules for 12z. A photo caption and a headline's figure are still unread.
  '2026-12za': { detection: 1, precision: 1, recall: 14 / 16, matchRecall: 0.97, entityRecall: 1 },
  // Held out until its false flags shaped rules: first scored detection 22/24, precision 12/25, recall 12/16,
  // match 0.84, after the rules for 12za. A regional story citing the deal for scale is still not read as
  // deal coverage, and a Japanese blog's and a Korean transcript's matches are still missed.
  '2026-12zb': { detection: 23 / 24, precision: 1, recall: 12 / 16, matchRecall: 0.83, entityRecall: 0.95 },
  // Held out until its false flag and misses shaped rules: first scored precision 14/15, recall 14/16,
  // match 0.93, after the rules for 12zb.
  '2026-12zc': { detection: 1, precision: 1, recall: 1, matchRecall: 1, entityRecall: 1 },
  // Held out until its false flags shaped rules: first scored detection 23/24, precision 12/17, recall
  // 12/16, match 0.92, after the rules for 12zb. A regional story on a supplier's plant is still not read
  // as deal coverage, and a ceiling said to be where the deal ends up may only confirm.
  '2026-12zd': { detection: 23 / 24, precision: 1, recall: 13 / 16, matchRecall: 0.97, entityRecall: 0.96 },
  // Held out until its false flags shaped rules: first scored detection 22/24, precision 14/17, recall 14/16,
  // match 0.86, after the rules for 12zd. A regulator story with one deal paragraph is still not read as
  // deal coverage.
  '2026-12ze': { detection: 23 / 24, precision: 1, recall: 15 / 16, matchRecall: 0.86, entityRecall: 0.98 },
  // Held out until 2026-12zg: first scored detection 21/24, precision 12/12, recall 12/16, match 0.91,
  // after the rules for 12ze; the last of those brought it to 23/24 and 14/16, its own to every page right.
  '2026-12zf': { detection: 1, precision: 1, recall: 1, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zh: first scored detection 21/24, precision 12/14, recall 12/16, match 0.89,
  // after the last rules for 12ze. A date said in the interview's answer ("発表は米国時間の5月6日でした") and
  // a power figure two sentences after a paragraph-opening "契約は" are still not tied.
  '2026-12zg': { detection: 1, precision: 1, recall: 15 / 16, matchRecall: 0.97, entityRecall: 1 },
  // Held out until 2026-12zi: first scored detection 23/24, precision 12/16, recall 12/16, match 0.83,
  // after the rules for 12zf. Still missed: a broadcast's date in Japan time, a live blog's editor's note.
  '2026-12zh': { detection: 1, precision: 1, recall: 14 / 16, matchRecall: 0.86, entityRecall: 1 },
  // Held out until 2026-12zj: first scored detection 22/24, precision 14/19, recall 14/16, match 0.93,
  // after the rules for 12zg; its own rules brought every page right.
  '2026-12zi': { detection: 1, precision: 1, recall: 1, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zk: first scored detection 24/24, precision 14/16, recall 14/16, match 1,
  // after the rules for 12zh. Still missed: a term "over the next six years" (향후 6년간), read as a horizon.
  '2026-12zj': { detection: 1, precision: 1, recall: 15 / 16, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zl: first scored detection 24/24, precision 14/19, recall 14/16, match 1,
  // after the rules for 12zi; its own rules brought every page right.
  '2026-12zk': { detection: 1, precision: 1, recall: 1, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zm: first scored detection 21/24, precision 13/18, recall 13/16, match 0.79,
  // after the rules for 12zj. Still missed: "knapp 280 Megawatt" (about 280, whose 5 % reaches the deal's
  // 300 less 2 %), and a gigawatt figure a clause after "其中".
  '2026-12zl': { detection: 1, precision: 1, recall: 14 / 16, matchRecall: 0.87, entityRecall: 1 },
  // Held out until 2026-12zn: first scored detection 24/24, precision 15/15, recall 15/16, match 0.96,
  // after the rules for 12zk.
  '2026-12zm': { detection: 1, precision: 1, recall: 15 / 16, matchRecall: 0.96, entityRecall: 1 },
  // Held out until 2026-12zo: first scored detection 24/24, precision 14/16, recall 14/16, match 0.92,
  // after the rules for 12zl. Still missed: "unos 280 MW", and a date written "지난 6일(현지시간)".
  '2026-12zn': { detection: 1, precision: 1, recall: 15 / 16, matchRecall: 0.94, entityRecall: 1 },
  // Held out until 2026-12zp: first scored detection 22/24, precision 12/16, recall 12/16, match 0.89,
  // after the rules for 12zl. Still missed: an Azure figure in a reader's answer, and "약 2GW" by the year's end.
  '2026-12zo': { detection: 1, precision: 1, recall: 14 / 16, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zq: first scored detection 23/24, precision 13/14, recall 13/16, match 0.93,
  // after the rules for 12zn. Still missed: "20万キロワット超" in a Q&A explainer.
  '2026-12zp': { detection: 1, precision: 1, recall: 15 / 16, matchRecall: 0.93, entityRecall: 1 },
  // Held out until 2026-12zr: first scored detection 24/24, precision 15/16, recall 15/16, match 0.93,
  // after the rules for 12zo.
  '2026-12zq': { detection: 1, precision: 1, recall: 1, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zs: first scored detection 24/24, precision 15/18, recall 15/16, match 0.93,
  // after the rules for 12zp.
  '2026-12zr': { detection: 1, precision: 1, recall: 1, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zt: first scored detection 23/24, precision 12/14, recall 12/16, match 0.92,
  // after the rules for 12zq. Still missed: a council audit citing the deal as an example (not read as deal
  // coverage).
  '2026-12zs': { detection: 23 / 24, precision: 1, recall: 15 / 16, matchRecall: 0.96, entityRecall: 0.97 },
  // Held out until 2026-12zu: first scored detection 24/24, precision 15/15, recall 15/16, match 1,
  // after the rules for 12zr.
  '2026-12zt': { detection: 1, precision: 1, recall: 1, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zv: first scored detection 24/24, precision 13/15, recall 13/16, match 0.97,
  // after the rules for 12zs. Still missed: a GPU count in a sentence that opens on Terafab and turns to Colossus 1.
  '2026-12zu': { detection: 1, precision: 1, recall: 1, matchRecall: 0.97, entityRecall: 1 },
  // Held out until 2026-12zw: first scored detection 22/24, precision 12/16, recall 12/16, match 0.88,
  // after the rules for 12zt. Still missed: a transformer maker's lawsuit citing two deals (not read as deal
  // coverage), and "약 3GW" by "올해 말" (this year's end, no year written).
  '2026-12zv': { detection: 23 / 24, precision: 1, recall: 14 / 16, matchRecall: 0.97, entityRecall: 0.94 },
  // Held out until 2026-12zx: first scored detection 23/24, precision 15/19, recall 15/16, match 0.85,
  // after the rules for 12zu. Still missed: a brokerage's investor mail whose contract sentence follows one naming
  // Broadcom alone (not read as deal coverage), and a date a local paper gives the deal in passing.
  '2026-12zw': { detection: 23 / 24, precision: 1, recall: 15 / 16, matchRecall: 0.88, entityRecall: 0.96 },
  // Held out until 2026-12zy: first scored detection 24/24, precision 15/16, recall 15/16, match 0.96,
  // after the rules for 12zv. Still missed: an Azure figure in a sentence that also tells of the two stakes, and a
  // total said to come "段階的に" (step by step), read as a stage.
  '2026-12zx': { detection: 1, precision: 1, recall: 15 / 16, matchRecall: 0.96, entityRecall: 1 },
  // Held out until 2026-12zz: first scored detection 24/24, precision 16/17, recall 16/16, match 1,
  // after the rules for 12zw.
  '2026-12zy': { detection: 1, precision: 1, recall: 1, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zza: first scored detection 24/24, precision 15/16, recall 15/16, match 1,
  // after the rules for 12zx. Still missed: a contract sentence opening "這份合約" two sentences after the deal.
  '2026-12zz': { detection: 1, precision: 1, recall: 15 / 16, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zzb: first scored detection 24/24, precision 14/14, recall 14/16, match 1,
  // after the rules for 12zy.
  '2026-12zza': { detection: 1, precision: 1, recall: 1, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zzc: first scored detection 24/24, precision 15/16, recall 15/16, match 1,
  // after the rules for 12zz.
  '2026-12zzb': { detection: 1, precision: 1, recall: 1, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zzd: first scored detection 24/24, precision 16/16, recall 16/16, match 0.96,
  // after the rules for 12zza.
  '2026-12zzc': { detection: 1, precision: 1, recall: 1, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zze: first scored detection 24/24, precision 14/15, recall 14/16, match 1,
  // after the rules for 12zzb.
  '2026-12zzd': { detection: 1, precision: 1, recall: 1, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zzf: first scored detection 23/24, precision 15/15, recall 15/16, match 32/33,
  // after the rules for 12zzc.
  '2026-12zze': { detection: 23 / 24, precision: 1, recall: 15 / 16, matchRecall: 32 / 33, entityRecall: 0.92 },
  // Held out until 2026-12zzg: first scored detection 24/24, precision 11/12, recall 11/16, match 30/31,
  // after the rules for 12zzd.
  '2026-12zzf': { detection: 1, precision: 1, recall: 1, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zzh: first scored detection 24/24, precision 16/16, recall 16/16, match 1,
  // after the rules for 12zze.
  '2026-12zzg': { detection: 1, precision: 1, recall: 1, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zzi: first scored detection 24/24, precision 13/20, recall 13/16, match 28/29,
  // after the rules for 12zzf. Still missed: a fact-check's "$25 billion" for a cloud company named only by role,
  // and a date in a Korean explainer's lead.
  '2026-12zzh': { detection: 1, precision: 1, recall: 15 / 16, matchRecall: 28 / 29, entityRecall: 1 },
  // Held out until 2026-12zzj: first scored detection 24/24, precision 16/21, recall 16/16, match 29/29,
  // after the rules for 12zzg.
  '2026-12zzi': { detection: 1, precision: 1, recall: 1, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zzk: first scored detection 23/24, precision 14/21, recall 14/16, match 26/27,
  // after the rules for 12zzh. Still missed: a story on a rumoured cancellation not read as deal coverage, a count
  // beside a denied rumour, and a reader's figure the answer calls "dix fois trop".
  '2026-12zzj': { detection: 23 / 24, precision: 14 / 15, recall: 14 / 16, matchRecall: 26 / 27, entityRecall: 0.93 },
  // Held out until 2026-12zzl: first scored detection 24/24, precision 14/16, recall 14/16, match 29/31,
  // after the rules for 12zzi. Still missed: "the Memphis site" with the hub party only, and a count in a sentence
  // opening on 施設には (the facility) after one naming Anthropic alone.
  '2026-12zzk': { detection: 1, precision: 1, recall: 14 / 16, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zzm: first scored detection 24/24, precision 16/19, recall 16/16, match 1,
  // after the rules for 12zzj.
  '2026-12zzl': { detection: 1, precision: 1, recall: 1, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zzn: first scored detection 24/24, precision 15/15, recall 15/16, match 1,
  // after the rules for 12zzk.
  '2026-12zzm': { detection: 1, precision: 1, recall: 1, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zzo: first scored detection 24/24, precision 15/17, recall 15/16, match 1,
  // after the rules for 12zzl. Still missed: a column's power figure for "这座数据中心" after a sentence naming only Memphis.
  '2026-12zzn': { detection: 1, precision: 1, recall: 15 / 16, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zzp: first scored detection 24/24, precision 14/16, recall 14/16, match 1,
  // after the rules for 12zzm. Still missed: a plant's cost in a market close whose sentence goes on to "장비주 일부"
  // (some of the equipment stocks), read as a part.
  '2026-12zzo': { detection: 1, precision: 1, recall: 15 / 16, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zzq: first scored detection 24/24, precision 15/15, recall 15/16, match 1,
  // after the rules for 12zzn.
  '2026-12zzp': { detection: 1, precision: 1, recall: 1, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zzr: first scored detection 24/24, precision 14/15, recall 14/16, match 30/31,
  // after the rules for 12zzo. Still missed: "200メガワット超" against "at least 300 MW", which the reading of floors
  // takes to agree, and Fluidstack's $50 billion in a sentence naming it as "这家英国公司" (this British company).
  '2026-12zzq': { detection: 1, precision: 1, recall: 15 / 16, matchRecall: 30 / 31, entityRecall: 1 },
  // Held out until 2026-12zzs: first scored detection 24/24, precision 13/15, recall 13/16, match 1,
  // after the rules for 12zzp. Still missed: a term "と伝わっており" (reported) in a paragraph naming nothing, and a
  // power figure after a sentence naming Anthropic with Nvidia as the GPUs' maker.
  '2026-12zzr': { detection: 1, precision: 1, recall: 14 / 16, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zzt: first scored detection 24/24, precision 14/14, recall 14/16, match 29/30,
  // after the rules for 12zzq. Still missed: "200メガワット超" against "at least 300 MW" again.
  '2026-12zzs': { detection: 1, precision: 1, recall: 15 / 16, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zzu: first scored detection 24/24, precision 11/11, recall 11/16, match 28/33,
  // after the rules for 12zzr. Still missed: a power figure in "It also brings the company…" after a sentence opening
  // on the agreement; a date a column gives as "cuando se anunció el acuerdo, el 9 de mayo" in its lead; a fact sheet
  // whose rows name the site's city as well as other projects; a count two sentences after the one naming the deal,
  // past one that names only "今回の契約"; a term given "据此前报道" (according to earlier reports), read as a claim.
  '2026-12zzt': { detection: 1, precision: 1, recall: 11 / 16, matchRecall: 32 / 33, entityRecall: 1 },
  // Held out until 2026-12zzv: first scored detection 24/24, precision 16/16, recall 16/16, match 25/29,
  // after the rules for 12zzs. Still missed: a partners table's bare count whose unit ("GPU de Nvidia") stands in the row's
  // label cell, not read as a figure.
  '2026-12zzu': { detection: 1, precision: 1, recall: 1, matchRecall: 28 / 29, entityRecall: 1 },
  // Held out until 2026-12zzw: first scored detection 24/24, precision 14/14, recall 14/16, match 27/28,
  // after the rules for 12zzt. Still missed: an interview's lead opening on "Le 9 mai, Anthropic annonçait…", and the
  // site's power in a clause whose GPUs are "raccordés" (connected), read as a grid connection.
  '2026-12zzv': { detection: 1, precision: 1, recall: 15 / 16, matchRecall: 27 / 28, entityRecall: 1 },
  // Held out until 2026-12zzx: first scored detection 24/24, precision 13/14, recall 13/16, match 1,
  // after the rules for 12zzu. Still missed: a power figure after "the Memphis capacity would add"; a commitment on Azure
  // by "l'éditeur de Claude" (Anthropic by its product) after a sentence naming Microsoft; a count after "施設には" two
  // sentences past the site's name, across a paragraph.
  '2026-12zzw': { detection: 1, precision: 1, recall: 13 / 16, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zzy: first scored detection 24/24, precision 14/14, recall 14/16, match 28/29,
  // after the rules for 12zzv. Still missed: Fluidstack's amount after "Avec lui, Anthropic a annoncé…" with Texas named
  // in a later clause, and a Korean date "미국 현지시간 6일".
  '2026-12zzx': { detection: 1, precision: 1, recall: 15 / 16, matchRecall: 28 / 29, entityRecall: 1 },
  // Held out until 2026-12zzz: first scored detection 24/24, precision 13/13, recall 13/16, match 33/35,
  // after the rules for 12zzw. Still missed: a date "Am 6. Mai hat SpaceX … vermietet" (a lease verb, no announcement);
  // a term in a Korean column after a paragraph naming the deal; Fluidstack's amount in a live blog's entry read as a part.
  '2026-12zzy': { detection: 1, precision: 1, recall: 14 / 16, matchRecall: 33 / 35, entityRecall: 1 },
  // Held out until 2026-12zzza: first scored detection 24/24, precision 13/17, recall 13/16, match 1,
  // after the rules for 12zzx. Its three misses are not read yet.
  '2026-12zzz': { detection: 1, precision: 1, recall: 13 / 16, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zzzb: first scored detection 24/24, precision 15/15, recall 15/16, match 1,
  // after the rules for 12zzy. Its miss, "200メガワット超" against "at least 300 MW", is read since floors a third
  // apart disagree.
  '2026-12zzza': { detection: 1, precision: 1, recall: 1, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zzzc: first scored detection 24/24, precision 15/15, recall 15/16, match 1,
  // after the rules for 12zzz. Its miss, a capacity after "同契約" (the said contract), is read now.
  '2026-12zzzb': { detection: 1, precision: 1, recall: 1, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zzzd: first scored detection 24/24, precision 14/14, recall 14/16, match 28/29,
  // after the rules for 12zzz (12zzza and 12zzzb had brought no false flag to shape a rule). Its three misses are read now.
  '2026-12zzzc': { detection: 1, precision: 1, recall: 1, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zzze: first scored detection 24/24, precision 15/19, recall 15/16, match 1,
  // after the rule for 12zzzb. Its four false flags and its miss shaped rules; none is left.
  '2026-12zzzd': { detection: 1, precision: 1, recall: 1, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zzzf: first scored detection 24/24, precision 13/14, recall 13/16, match 1,
  // after the rules for 12zzzc. Still missed: "另一头，…基础设施投资高达600亿美元", read as a cap ("as high as") that
  // agrees with $50 billion, in a sentence read as about something else.
  '2026-12zzze': { detection: 1, precision: 1, recall: 15 / 16, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zzzg: first scored detection 23/24, precision 14/15, recall 14/16, match 26/28,
  // entities 117/124, after the rules for 12zzzd. Still missed: a count two sentences past the site's name, the
  // sentence between naming nothing but "同社" (the company), across a paragraph.
  '2026-12zzzf': { detection: 1, precision: 1, recall: 15 / 16, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zzzh: first scored detection 24/24, precision 16/16, recall 16/16, after the rules for
  // 12zzze. Nothing to read.
  '2026-12zzzg': { detection: 1, precision: 1, recall: 1, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zzzi: first scored detection 24/24, precision 15/15, recall 15/16, match 1, after the rules
  // for 12zzzf. Its miss, a value in a sentence opening "契約総額は", is read now.
  '2026-12zzzh': { detection: 1, precision: 1, recall: 1, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zzzj: first scored detection 24/24, precision 15/16, recall 15/16, match 1, after the rules
  // for 12zzzf. Still missed: a power figure after "契約で" (under the contract) whose sentence before names Anthropic
  // alone, the deal two sentences further back.
  '2026-12zzzi': { detection: 1, precision: 1, recall: 15 / 16, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zzzk: first scored detection 24/24, precision 16/17, recall 16/16, match 1, after the rule
  // for 12zzzh. Its false flag, a report line's date (本报讯（北京时间5月9日）), shaped a rule.
  '2026-12zzzj': { detection: 1, precision: 1, recall: 1, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zzzl: first scored detection 24/24, precision 16/17, recall 16/16, match 1, after the rule
  // for 12zzzi. Its false flag, "Seven months on," read as a term, shaped a rule.
  '2026-12zzzk': { detection: 1, precision: 1, recall: 1, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zzzm: first scored detection 23/24, precision 15/17, recall 15/16, match 24/27, entities
  // 87/95, after the rule for 12zzzj. Still missed: a column's date "Celle du 8 mai" (that announcement), whose
  // announcement word is in the sentence before; a Korean table's row in Hangul the dataset has no alias for.
  '2026-12zzzl': { detection: 1, precision: 1, recall: 15 / 16, matchRecall: 0.96, entityRecall: 0.98 },
  // Held out until 2026-12zzzn: first scored detection 24/24, precision 15/15, recall 15/16, match 1, after the rule
  // for 12zzzk. Its miss stays: "plus de 150 000 GPU" against at least 220,000, floors 1.47 apart.
  '2026-12zzzm': { detection: 1, precision: 1, recall: 15 / 16, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zzzo: first scored detection 24/24, precision 15/16, recall 15/16, match 1, after the rule
  // for 12zzzl. Its false flag (money stuck into a company, "in Anthropic stecken") and its miss (a purchase whose
  // suppliers' shares soared, "sus acciones") shaped rules.
  '2026-12zzzn': { detection: 1, precision: 1, recall: 1, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zzzp: first scored detection 24/24, precision 16/16, recall 16/16, match 28/29, after the
  // rules for 12zzzm. Its miss, a contract in a sentence opening on capex (設備投資), shaped a rule.
  '2026-12zzzo': { detection: 1, precision: 1, recall: 1, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zzzq: first scored detection 23/24, precision 13/15, recall 13/16, match 24/31, entities
  // 98/106, after the rules for 12zzzn. Its false flags (a round, capital investment) and its misses (den drei
  // Lieferanten, a partners table with a column of the partners' own numbers) shaped rules. Still missed: a count in
  // "the halls", after a sentence that calls Anthropic "the Claude developer".
  '2026-12zzzp': { detection: 1, precision: 1, recall: 15 / 16, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zzzr: first scored detection 24/24, precision 14/15, recall 14/16, match 1, after the rules
  // for 12zzzo. Its false flag (1ギガワットあたり500億ドル) and misses (the arrangement as a six-year commitment; 6年，
  // 并非…10年) shaped rules.
  '2026-12zzzq': { detection: 1, precision: 1, recall: 1, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zzzs: first scored detection 24/24, precision 16/17, recall 16/16, match 1, after the rules
  // for 12zzzp. Its false flag, a party's own yearly spending on data centres (prevé gastar), shaped a rule.
  '2026-12zzzr': { detection: 1, precision: 1, recall: 1, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zzzt: first scored detection 23/24, precision 15/15, recall 15/16, match 21/23, entities
  // 93/101, after the rules for 12zzzq. Its miss, a fact box under the heading "The Colossus 1 deal at a glance" in a
  // utility story, shaped a rule.
  '2026-12zzzs': { detection: 1, precision: 1, recall: 1, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zzzu: first scored detection 24/24, precision 16/16, recall 16/16, match 1, after the rules
  // for 12zzzr.
  '2026-12zzzt': { detection: 1, precision: 1, recall: 1, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zzzv: first scored detection 24/24, precision 15/15, recall 15/16, match 1, after the rules
  // for 12zzzs. Its miss, the second of two contracts (另一份则…), shaped a rule.
  '2026-12zzzu': { detection: 1, precision: 1, recall: 1, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zzzw: first scored detection 24/24, precision 14/16, recall 14/16, match 29/30, after the
  // rules for 12zzzs. Its two false flags, the viral figure two fact-checks rebut, and its misses, a term said of
  // "the contract's" and one two sections below the deal, shaped rules.
  '2026-12zzzv': { detection: 1, precision: 1, recall: 1, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zzzx: first scored detection 24/24, precision 15/15, recall 15/16, match 1, after the rules
  // for 12zzzu. Its miss, 18萬顆 in a clause naming the site by its role (這座資料中心), shaped a rule.
  '2026-12zzzw': { detection: 1, precision: 1, recall: 1, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zzzy: first scored detection 24/24, precision 16/17, recall 16/16, match 61/62, after the
  // rules for 12zzzv. Its false flag, a state's grant for Terafab (Zuschüsse), and its missed date under a table's
  // "Vertrag" column shaped rules.
  '2026-12zzzx': { detection: 1, precision: 1, recall: 1, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zzzz: first scored detection 24/24, precision 14/14, recall 14/16, match 37/38, after the
  // rules for 12zzzw. Its two misses shaped rules, and later its missed match, an amount in a Spanish sentence whose
  // subject (Fluidstack) is only in the sentence before.
  '2026-12zzzy': { detection: 1, precision: 1, recall: 1, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zzzza: first scored detection 24/24, precision 16/19, recall 16/16, match 29/30, after the
  // rules for 12zzzx. Its three false flags (a video's viral figure, a county's peak use, a sister site measured
  // against the deal's) and its missed count (in 粒, before a clause on the viral figure) shaped rules.
  '2026-12zzzz': { detection: 1, precision: 1, recall: 1, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zzzzb: first scored detection 24/24, precision 14/14, recall 14/16, match 26/27, after the
  // rules for 12zzzy. Its misses (a Mexican "3,500 millones", a term after "業界人士透露，") and its missed match (a
  // correction notice's right figure, rejected with its first version) shaped rules.
  '2026-12zzzza': { detection: 1, precision: 1, recall: 1, matchRecall: 1, entityRecall: 1 },
  // Held out until 2026-12zzzzc: first scored detection 22/24, precision 14/16, recall 14/16, match 23/26, entities
  // 86/95, after the rules for 12zzzz. Its two false flags ("none of that is part of", "para que te hagas una idea")
  // shaped rules; its misses, two suppliers' press releases that recall a deal in one paragraph, are not read yet.
  '2026-12zzzzb': { detection: 22 / 24, precision: 1, recall: 14 / 16, matchRecall: 0.88, entityRecall: 0.9 },
};
const FLOORED = { ...HELD_OUT, ...OPEN };

describe('golden pages', async () => {
  const runs = evaluate(loadCorpus(PAGES_DIR), await loadDataset());
  const alt = evaluate(loadCorpus(DATASETS_DIR, '.alt.expected.json'), await loadDataset(`${DATASETS_DIR}alt-dataset.json`));
  const first = [...runs, ...alt].filter((r) => batchOf(r.page) === FIRST_BATCH);
  const later = new Map<string, typeof runs>();
  for (const run of runs.filter((r) => batchOf(r.page) !== FIRST_BATCH)) later.set(batchOf(run.page), [...(later.get(batchOf(run.page)) ?? []), run]);

  it('covers all eight languages, at least ten pages each, and at least 120 pages', () => {
    expect(runs.length).toBeGreaterThanOrEqual(120);
    for (const lang of ['en', 'zh-Hans', 'zh-Hant', 'ja', 'ko', 'de', 'fr', 'es']) {
      expect(runs.filter((r) => r.page.gold.lang === lang).length, lang).toBeGreaterThanOrEqual(10);
    }
  });

  it.each(first.map((r) => [r.page.name, r] as const))('%s: detected as its gold says, with no false flag', (_name, run) => {
    expect(run.analysis.isComputeDeal).toBe(run.page.gold.isComputeDeal);
    expect(run.score.falseFlags).toEqual([]);
  });

  it('clears the accuracy bars on the first corpus', () => {
    const total = scoreCorpus(first.map((r) => r.score));
    expect(total.detectionAccuracy).toBe(1);
    expect(total.mismatchPrecision).toBeGreaterThanOrEqual(0.95);
    expect(total.mismatchRecall).toBeGreaterThanOrEqual(0.9);
    expect(total.matchRecall).toBeGreaterThanOrEqual(0.9);
    expect(total.entityRecall).toBeGreaterThanOrEqual(0.95);
  });

  it('finds the facts pages state otherwise, over every page read for them (issue 16 bars)', () => {
    const total = scoreCorpus([...runs, ...alt].filter((r) => r.page.gold.conflicts !== undefined && !(batchOf(r.page) in FLOORED)).map((r) => r.score));
    expect(total.conflictPrecision).toBeGreaterThanOrEqual(0.95);
    expect(total.conflictRecall).toBeGreaterThanOrEqual(0.85);
  });

  it.each(Object.entries(FLOORED))('scores the held-out or open batch %s no worse than its floor', (batch, floor) => {
    const total = scoreCorpus((later.get(batch) ?? []).map((r) => r.score));
    expect(total.pages).toBeGreaterThan(0);
    expect(total.detectionAccuracy).toBeGreaterThanOrEqual(floor.detection - 1e-9);
    expect(total.mismatchPrecision).toBeGreaterThanOrEqual(floor.precision - 1e-9);
    expect(total.mismatchRecall).toBeGreaterThanOrEqual(floor.recall - 1e-9);
    expect(total.matchRecall).toBeGreaterThanOrEqual(floor.matchRecall - 1e-9);
    expect(total.entityRecall).toBeGreaterThanOrEqual(floor.entityRecall - 1e-9);
  });

  it.each([...later].filter(([batch]) => !(batch in FLOORED)).map(([batch, batchRuns]) => [batch, batchRuns] as const))(
    'clears the accuracy bars on batch %s, written before its rules',
    (_batch, batchRuns) => {
      const total = scoreCorpus(batchRuns.map((r) => r.score));
      // The accuracy issue's bars (issue 15), on every batch written since.
      expect(total.detectionAccuracy).toBeGreaterThanOrEqual(0.98);
      expect(total.mismatchPrecision).toBeGreaterThanOrEqual(0.98);
      expect(total.mismatchRecall).toBeGreaterThanOrEqual(0.92);
      expect(total.matchRecall).toBeGreaterThanOrEqual(0.92);
      expect(total.entityRecall).toBeGreaterThanOrEqual(0.95);
    },
  );
});
