/**
 * Named groups in source, numbered groups at run time. V8 builds a `groups`
 * object (a dictionary) for every match of a pattern with named groups; for
 * FIGURE_PATTERN's ~40 groups that was 45% of a pass over figure-dense text.
 */

/** A pattern compiled without group names, and the names by capture index. */
export interface NumberedPattern {
  pattern: RegExp;
  /** `names[i]` is the name of capture i + 1. */
  names: readonly string[];
}

/**
 * Compiles a pattern written with named groups as one with plain numbered
 * groups. Grammar stays readable in source, while V8 is spared building a
 * `groups` object (a dictionary of ~40 keys) for every match: measured at
 * 45% of the pass over a figure-dense text. Back-references (\k<name>)
 * become numbered ones, wrapped so that a digit after them stays a digit.
 */
export function compileNumbered(namedSource: string, flags: string): NumberedPattern {
  const names: string[] = [];
  const source = namedSource
    .replace(/(\\.)|\(\?<([A-Za-z][A-Za-z0-9]*)>/g, (whole, escaped: string | undefined, name: string | undefined) => {
      if (escaped !== undefined || name === undefined) return whole;
      names.push(name);
      return '(';
    })
    .replace(/\\k<([A-Za-z][A-Za-z0-9]*)>/g, (_, name: string) => `(?:\\${names.indexOf(name) + 1})`);
  return { pattern: new RegExp(source, flags), names };
}

/**
 * A reader of the named captures of a `compileNumbered` pattern's match: an
 * object whose getters index the match array, so nothing is copied.
 */
export function capturesReader<T>(names: readonly string[]): (match: RegExpExecArray) => T {
  class Captures {
    constructor(readonly match: RegExpExecArray) {}
  }
  names.forEach((name, i) => {
    Object.defineProperty(Captures.prototype, name, {
      get(this: Captures) {
        return this.match[i + 1];
      },
    });
  });
  return (match) => new Captures(match) as unknown as T;
}
