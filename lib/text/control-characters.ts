/**
 * Control characters out of text that strangers wrote (page titles, article
 * text, dataset strings) before it reaches a terminal or a Markdown file. In a
 * terminal, ESC and the C1 controls start sequences that move the cursor, clear
 * the screen, retitle the window or write to the clipboard (ECMA-48; xterm's
 * "ctlseqs"); in Markdown a line break ends a list item.
 */

// Whole sequences first, so that "ESC [2J" leaves nothing behind rather than "[2J":
// OSC (ESC ] or U+009D … BEL or ST) and DCS/SOS/PM/APC strings when terminated (an
// unterminated one loses only its opening, not the text after it), CSI (ESC [ or
// U+009B, parameters, intermediates, final byte), then any other two-character ESC
// sequence.
const SEQUENCES = new RegExp(
  [
    '(?:\\u001b\\]|\\u009d)[^\\u0007\\u001b\\u009c]*(?:\\u0007|\\u001b\\\\|\\u009c)',
    '(?:\\u001b[PX^_]|[\\u0090\\u0098\\u009e\\u009f])[^\\u001b\\u009c]*(?:\\u001b\\\\|\\u009c)',
    '(?:\\u001b\\[|\\u009b)[0-?]*[ -/]*[@-~]?',
    '\\u001b[ -~]?',
  ].join('|'),
  'g',
);

/** C0 controls (line breaks and tabs included), DEL and the C1 controls. */
const CONTROLS = /[\p{Cc}]+/gu;

/**
 * `text` with terminal escape sequences removed and every other run of control
 * characters, line breaks and tabs included, replaced by `replacement`.
 */
export function replaceControlCharacters(text: string, replacement = ' '): string {
  return text.replace(SEQUENCES, '').replace(CONTROLS, replacement);
}
