import { escapeRegExp } from './escape-regexp';

interface Node {
  next: Map<string, Node>;
  end: boolean;
}

/**
 * Regular-expression source matching any of `aliases`, as a prefix tree
 * (Anthropic|Amazon → A(?:nthropic|mazon)). A flat list of hundreds of
 * alternatives makes V8 retry each one at every position; a tree fails after a
 * character or two on ordinary text. Longer aliases come first at every branch,
 * so the longest alias wins where one is a prefix of another ("SpaceXAI" over
 * "SpaceX"). `token` turns one character into its source (e.g. an optional space).
 */
export function trieSource(aliases: Iterable<string>, token: (ch: string) => string = escapeRegExp): string {
  const root: Node = { next: new Map(), end: false };
  for (const alias of aliases) {
    let node = root;
    for (const ch of alias) {
      const key = token(ch);
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  return emit(root) || '(?!)';
}

function depth(node: Node): number {
  let max = 0;
  for (const child of node.next.values()) max = Math.max(max, 1 + depth(child));
  return max;
}

function emit(node: Node): string {
  const branches = [...node.next].sort((a, b) => depth(b[1]) - depth(a[1])).map(([key, child]) => key + emit(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  return node.end ? `(?:${body})?` : body;
}
