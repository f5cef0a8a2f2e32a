import { describe, expect, it } from 'vitest';
import { popupAddress, replyOfReport, runInAddress } from '../../../lib/messages/popup-address';

describe("the popup's address", () => {
  it('names the tab, and the run when there is one', () => {
    expect(popupAddress(7)).toBe('popup.html?tab=7');
    const address = popupAddress(7, 'a1b2-c3');
    expect(address).toBe('popup.html?tab=7&run=a1b2-c3');
    expect(runInAddress(address.slice(address.indexOf('?')))).toBe('a1b2-c3');
  });

  it.each([
    ['', 'no query'],
    ['?tab=7', 'no run'],
    ['?tab=7&run=', 'an empty run'],
    ['?tab=7&run=%3Cscript%3E', 'a run of other characters'],
    [`?tab=7&run=${'a'.repeat(65)}`, 'a run too long'],
  ])('reads no run from %j (%s)', (search) => {
    expect(runInAddress(search)).toBeUndefined();
  });
});

describe('a kept report, as the popup reads it', () => {
  const stored = { run: 't1', url: 'https://example.com/a', analysis: '{"title":"x"}' };

  it("is the page's reply when it is of the run the address names", () => {
    expect(replyOfReport(stored, 't1')).toEqual({ ok: true, url: 'https://example.com/a', enabled: true, analysis: '{"title":"x"}' });
    expect(replyOfReport({ ...stored, analysis: null }, 't1')).toEqual({ ok: true, url: 'https://example.com/a', enabled: true, analysis: null });
  });

  it.each([
    [stored, 't2', "another run's"],
    [undefined, 't1', 'none'],
    ['text', 't1', 'no object'],
    [{ ...stored, url: 3 }, 't1', 'an address that is no string'],
    [{ ...stored, analysis: {} }, 't1', 'an analysis that is no JSON text'],
  ])('is nothing for %j under %s (%s)', (report, token, _what) => {
    expect(replyOfReport(report, token)).toBeUndefined();
  });
});
