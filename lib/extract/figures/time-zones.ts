/**
 * Time zones an article names beside a date ("北京时间 5 月 7 日", "May 6,
 * 10 a.m. PT"). Announcements cross the date line: a deal signed on May 6 in
 * California is reported on May 7 in Beijing, so the comparison stage shifts
 * dates by the offset found here.
 */

/** Zones whose offset depends on daylight saving time on that date. */
type SeasonalZone = 'us-eastern' | 'us-pacific' | 'eu-central';

/** Zone name → hours ahead of UTC, or the seasonal rule that gives them. */
export const ZONES: Readonly<Record<string, number | SeasonalZone>> = {
  北京时间: 8, 北京時間: 8, 台北时间: 8, 台北時間: 8, 台灣時間: 8, 臺灣時間: 8, 台湾时间: 8, 台湾時間: 8, 香港时间: 8, 香港時間: 8,
  日本时间: 9, 日本時間: 9, 東京時間: 9, 东京时间: 9, 한국시간: 9, '한국 시간': 9,
  JST: 9, KST: 9, UTC: 0, GMT: 0,
  ET: 'us-eastern', 'Eastern Time': 'us-eastern', 美东时间: 'us-eastern', 美東時間: 'us-eastern',
  美国东部时间: 'us-eastern', 美國東部時間: 'us-eastern', 'EDT': -4, 'EST': -5,
  PT: 'us-pacific', 'Pacific Time': 'us-pacific', 太平洋时间: 'us-pacific', 太平洋時間: 'us-pacific',
  美西时间: 'us-pacific', 美西時間: 'us-pacific', PDT: -7, PST: -8,
  // "US time" names no one zone, but every mainland zone is behind UTC, and the sign is what a
  // date one day off turns on: "美國時間5月7日" for a May 6 announcement is a day late.
  美国时间: 'us-eastern', 美國時間: 'us-eastern', 美国当地时间: 'us-eastern', 美國當地時間: 'us-eastern',
  米国時間: 'us-eastern', '미국 시간': 'us-eastern', 미국시간: 'us-eastern', '미국 현지 시간': 'us-eastern', '미국 현지시간': 'us-eastern',
  // "Local time" alone is the place of the event: the deals the dataset dates are in the US, and so are their dates.
  현지시간: 'us-eastern', '현지 시간': 'us-eastern', 当地时间: 'us-eastern', 當地時間: 'us-eastern', 現地時間: 'us-eastern',
  'US time': 'us-eastern',
  CET: 1, MEZ: 1, CEST: 2, MESZ: 2,
  'Beijing time': 8, 'Hong Kong time': 8, 'Taipei time': 8, 'Tokyo time': 9, 'Japan time': 9, 'Seoul time': 9, 'Korea time': 9,
  'Singapore time': 8,
  'heure de Singapour': 8, 'heure de Pékin': 8, 'heure de Hong Kong': 8, 'heure de Taipei': 8, 'heure de Tokyo': 9, 'heure de Séoul': 9,
  'Singapurer Zeit': 8, 'Pekinger Zeit': 8, 'Tokioter Zeit': 9,
  'hora de Singapur': 8, 'hora de Pekín': 8, 'hora de Hong Kong': 8, 'hora de Tokio': 9, 'hora de Seúl': 9,
  // Central European time, an hour ahead of UTC in winter and two in summer.
  'heure de Paris': 'eu-central', 'heure française': 'eu-central', 'heure de Berlin': 'eu-central', 'heure de Madrid': 'eu-central',
  'deutscher Zeit': 'eu-central', 'Berliner Zeit': 'eu-central', 'hora peninsular': 'eu-central', 'hora de Madrid': 'eu-central', 'hora española': 'eu-central',
};

/** Zone names that come before a date rather than after it. */
export const ZONES_BEFORE = Object.keys(ZONES).filter((name) => !/^[A-Za-z\u00C0-\u024F ]+$/.test(name));

/**
 * Hours ahead of UTC for zone `name` on the local date `iso` (YYYY-MM-DD),
 * plus an explicit "+8" / "-05:00" after UTC or GMT. Undefined when unknown.
 */
export function zoneOffset(name: string, iso: string, explicit?: { sign: string; hours: string; minutes?: string }): number | undefined {
  const rule = ZONES[name];
  if (rule === undefined) return undefined;
  if (explicit && typeof rule === 'number') {
    const hours = Number(explicit.hours) + Number(explicit.minutes ?? 0) / 60;
    if (hours > 14) return undefined;
    return rule + (explicit.sign === '-' ? -hours : hours);
  }
  if (typeof rule === 'number') return rule;
  if (rule === 'eu-central') return euSummerTime(iso) ? 2 : 1;
  const summer = usDaylightSaving(iso);
  if (rule === 'us-eastern') return summer ? -4 : -5;
  return summer ? -7 : -8;
}

/**
 * US daylight saving time (since 2007): from the second Sunday of March to
 * the first Sunday of November. The 2 a.m. switch is below our day precision.
 */
function usDaylightSaving(iso: string): boolean {
  const year = Number(iso.slice(0, 4));
  const day = Date.UTC(year, Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return day >= nthSunday(year, 2, 2) && day < nthSunday(year, 10, 1);
}

/** EU summer time: from the last Sunday of March to the last Sunday of October. */
function euSummerTime(iso: string): boolean {
  const year = Number(iso.slice(0, 4));
  const day = Date.UTC(year, Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return day >= lastSunday(year, 2) && day < lastSunday(year, 9);
}

/** The UTC midnight of the last Sunday of a month (0-based month). */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay());
}

/** The UTC midnight of the n-th Sunday of a month (0-based month). */
function nthSunday(year: number, month: number, n: number): number {
  const first = new Date(Date.UTC(year, month, 1)).getUTCDay();
  const firstSunday = 1 + ((7 - first) % 7);
  return Date.UTC(year, month, firstSunday + 7 * (n - 1));
}
