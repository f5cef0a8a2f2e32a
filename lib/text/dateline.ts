/**
 * The dateline of a wire story: the place, date and agency before the first
 * sentence. Its place and date say where and when the story was filed, never
 * what the deal is: "MEMPHIS, June 15 (Wire) –" names no site, and June 15 is
 * not the deal's date. The linker reads neither as evidence nor as a figure of
 * the deal.
 */
const DATELINES: RegExp[] = [
  // MEMPHIS, June 15 (Wire) – · OAKLAND, Calif., July 8, 2026 -- · MEMPHIS (dpa) - ·
  // PARIS, 15 juin (AFP) - · MEMPHIS (EE.UU.), 15 jun (EFE).-
  /^\s*\p{Lu}[\p{Lu}'’. -]{2,40}?(?:\s*\([^()]{1,30}\))?(?:,\s*[^,()–—\n]{1,30}?){0,3}(?:\s*\([^()]{1,30}\))?\s*\.?\s*(?:--|[–—-]|\.-)\s*/u,
  // (멤피스=연합뉴스) 홍길동 특파원 = · (서울=뉴스1)
  /^\s*[(（][^()（）=\n]{1,30}=[^()（）\n]{1,20}[)）](?:\s*[^=\n]{1,30}?\s*=)?\s*/u,
  // 新华社孟菲斯6月15日电（记者 王明） · （中央社記者王小明舊金山15日電） · 本报北京6月15日讯
  /^\s*[(（]?[^。！？\n()（）]{0,40}?\d{1,2}日(?:电|電|讯|訊)[)）]?(?:\s*[(（][^()（）\n]{1,30}[)）])?\s*/u,
  // 本报讯（北京时间5月9日） · 本報訊（記者林志明）: the paper's own report, with its date or reporter in brackets.
  /^\s*(?:本报讯|本報訊|本刊讯|本刊訊)\s*(?:[(（][^()（）\n]{1,30}[)）])?\s*/u,
  // 【ニューヨーク共同】 · [ニューヨーク 15日 ロイター]
  /^\s*[【[][^】\]\n]{1,30}[】\]]\s*/u,
];

/**
 * A Latin dateline's place is in capitals, and a date or an agency in brackets
 * follows it: "NVIDIA, the chipmaker - said" is no dateline.
 */
const LATIN_PLACE = /^\s*\p{Lu}{3}/u;
const DATE_OR_AGENCY = /\d|\([^()]+\)/;

/** The length of the dateline at the start of `text`, or 0. */
export function datelineLength(text: string): number {
  const head = text.slice(0, 160);
  for (const [i, pattern] of DATELINES.entries()) {
    const m = pattern.exec(head);
    if (!m) continue;
    if (i === 0 && !(LATIN_PLACE.test(m[0]) && DATE_OR_AGENCY.test(m[0]))) continue;
    // A dateline leads into a sentence; the whole block is never one.
    if (m[0].length >= text.trimEnd().length) continue;
    return m[0].length;
  }
  return 0;
}
