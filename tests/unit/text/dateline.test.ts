import { describe, expect, it } from 'vitest';
import { datelineLength } from '../../../lib/text/dateline';

const dateline = (text: string) => text.slice(0, datelineLength(text));

describe('datelineLength', () => {
  it.each([
    ['MEMPHIS, June 15 (Wire) – xAI said', 'MEMPHIS, June 15 (Wire) – ', 'an English wire'],
    ['OAKLAND, Calif., July 8, 2026 -- Anthropic said', 'OAKLAND, Calif., July 8, 2026 -- ', 'a press release'],
    ['MEMPHIS (dpa) – Die Firma', 'MEMPHIS (dpa) – ', 'dpa'],
    ['PARIS, 15 juin (AFP) - Le groupe', 'PARIS, 15 juin (AFP) - ', 'AFP'],
    ['MEMPHIS (EE.UU.), 15 jun (EFE).- La empresa', 'MEMPHIS (EE.UU.), 15 jun (EFE).- ', 'EFE'],
    ['(멤피스=연합뉴스) 홍길동 특파원 = 앤트로픽이', '(멤피스=연합뉴스) 홍길동 특파원 = ', 'Yonhap'],
    ['新华社孟菲斯6月15日电（记者 王明）美国', '新华社孟菲斯6月15日电（记者 王明）', 'Xinhua'],
    ['（中央社記者王小明舊金山15日電）美國', '（中央社記者王小明舊金山15日電）', 'CNA'],
    ['【ニューヨーク共同】米', '【ニューヨーク共同】', 'Kyodo'],
    ['本报讯（北京时间5月9日）据外媒报道，美国', '本报讯（北京时间5月9日）', "a paper's own report"],
    ['本報訊（記者林志明）美國', '本報訊（記者林志明）', "a paper's own report, traditional"],
    // Not datelines: a sentence that starts with a name or a capitalised brand.
    ['Anthropic and SpaceX - a deal', '', 'a sentence with a dash'],
    ['NVIDIA, the chipmaker - said', '', 'capitals with neither a date nor an agency'],
    ['The deal was signed on May 6 - a Wednesday', '', 'a date inside a sentence'],
    ['MEMPHIS, June 15', '', 'a block that is nothing but a dateline'],
  ])('%s (%s)', (text, expected) => {
    expect(dateline(text)).toBe(expected);
  });
});
