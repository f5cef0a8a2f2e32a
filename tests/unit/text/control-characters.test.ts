import { describe, expect, it } from 'vitest';
import { replaceControlCharacters } from '@/lib/text/control-characters';

describe('replaceControlCharacters', () => {
  it.each([
    // Clear the screen and move the cursor home (CSI): the whole sequence goes.
    ['a\u001b[2J\u001b[Hb', 'ab'],
    // Colours with parameters and intermediates.
    ['\u001b[1;31mred\u001b[0m', 'red'],
    // Retitle the window (OSC … BEL) and write the clipboard (OSC 52 … ST).
    ['\u001b]0;pwned\u0007Title', 'Title'],
    ['x\u001b]52;c;ZXZpbA==\u001b\\y', 'xy'],
    // An unterminated OSC loses its opening, not the text after it.
    ['\u001b]0;Title', '0;Title'],
    // The 8-bit C1 CSI and a DCS string.
    ['a\u009b2Jb', 'ab'],
    ['a\u001bPq#0\u001b\\b', 'ab'],
    // Other two-character escapes (reset, index).
    ['a\u001bcb\u001bDc', 'abc'],
    // Line breaks, tabs, bell, NUL and DEL become one space per run.
    ['one\r\ntwo\tthree\u0007\u0000\u007ffour', 'one two three four'],
    // Text in every script stays as it is.
    ['Anthropic 與 SpaceX — 22 万张 GPU, 3 GW', 'Anthropic 與 SpaceX — 22 万张 GPU, 3 GW'],
  ])('%j → %j', (input, expected) => {
    expect(replaceControlCharacters(input)).toBe(expected);
  });

  it('takes the replacement for the remaining controls', () => {
    expect(replaceControlCharacters('a\nb\u001b[2Jc', '')).toBe('abc');
  });
});
