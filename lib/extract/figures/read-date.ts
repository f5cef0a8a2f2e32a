import { MONTHS } from './alias-index';
import { ZONE_WINDOW, zoneAfter, zoneBefore } from './context-patterns';
import { LAST_MONTH_SOURCE, type FigureGroups } from './figure-pattern';
import type { ReadContext } from './read-context';
import { zoneOffset } from './time-zones';

/** Whether the match is one of the date forms of FIGURE_PATTERN. */
export function isDateMatch(g: FigureGroups): boolean {
  return g.im !== undefined || g.cm !== undefined || g.od !== undefined || g.nm !== undefined || g.dmon !== undefined || g.mmon !== undefined;
}

/**
 * The ISO date (YYYY-MM-DD) a date match names, with the article's year when
 * the text gives none. Null when no year is known, the month name belongs to
 * another language ("6 Mars" in English is the planet), or the day does not
 * exist (31 April).
 */
export function readDate(g: FigureGroups, ctx: ReadContext): string | null {
  let year: string | undefined;
  let month: number | undefined;
  let day: string | undefined;
  if (g.od !== undefined) [year, month, day] = [...(g.dpre !== undefined && LAST_MONTH.test(g.dpre) ? monthBefore(ctx) : publishMonthOf(Number(g.od), ctx)), g.od];
  else if (g.im !== undefined) [year, month, day] = [g.iy, Number(g.im), g.id];
  else if (g.cm !== undefined) [year, month, day] = [g.cy, Number(g.cm), g.cd];
  else if (g.nm !== undefined) [year, month, day] = [g.ny, Number(g.nm), g.nd];
  else if (g.dmon !== undefined) [year, month, day] = [g.dy, monthNumber(g.dmon, ctx), g.dd];
  else if (g.mmon !== undefined) [year, month, day] = [g.my, monthNumber(g.mmon, ctx), g.md];
  const y = year !== undefined ? Number(year) : ctx.year;
  if (y === undefined || month === undefined || day === undefined) return null;
  const d = Number(day);
  const check = new Date(Date.UTC(y, month - 1, d));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The year and month of a day named alone: the publish date's, or the month
 * before when the day is still to come (28日 in a story of 7 May is 28 April).
 * None without a publish date: no other month is safe to give it.
 */
function publishMonthOf(day: number, ctx: ReadContext): [string | undefined, number | undefined] {
  const published = ctx.published;
  if (!published) return [undefined, undefined];
  if (day <= published.day) return [String(published.year), published.month];
  return monthBefore(ctx);
}

const LAST_MONTH = new RegExp(`^(?:${LAST_MONTH_SOURCE})$`);

/** The month before the publish date's, for "지난달 6일": none without a publish date. */
function monthBefore(ctx: ReadContext): [string | undefined, number | undefined] {
  const published = ctx.published;
  if (!published) return [undefined, undefined];
  return published.month === 1 ? [String(published.year - 1), 12] : [String(published.year), published.month - 1];
}

/** A month name of the article's language or English ("Sept." also as "Sept"). */
function monthNumber(name: string, ctx: ReadContext): number | undefined {
  for (const spelling of name.endsWith('.') ? [name, name.slice(0, -1)] : [name]) {
    const month = MONTHS.get(spelling, ctx.primary);
    if (month === undefined) continue;
    const langs = MONTHS.languagesOf(spelling);
    if (ctx.primary === '' || langs.has(ctx.primary as never) || langs.has('en')) return month;
  }
  return undefined;
}

/**
 * Hours ahead of UTC of a zone named just before the date (北京时间 5 月 7 日)
 * or shortly after it (May 6, 10 a.m. PT; 5月7日（北京時間）).
 */
export function readZone(text: string, start: number, end: number, iso: string): number | undefined {
  const zoneBeforePattern = zoneBefore();
  zoneBeforePattern.lastIndex = start;
  const before = zoneBeforePattern.exec(text);
  if (before?.groups?.zone) return zoneOffset(before.groups.zone, iso);
  const after = zoneAfter().exec(text.slice(end, end + ZONE_WINDOW));
  const z = after?.groups;
  if (!z?.zone) return undefined;
  const explicit = z.sign && z.hours ? { sign: z.sign, hours: z.hours, minutes: z.minutes } : undefined;
  return zoneOffset(z.zone.replace(/\s+/g, ' '), iso, explicit);
}
