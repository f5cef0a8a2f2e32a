import { escapeRegExp } from './escape-regexp';

interface Node {
  next: Map<string, Node>;
  end: boolean;
  /** Length of the longest alias continuing below this node. */
  longest: number;
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
  const root: Node = { next: new Map(), end: false, longest: 0 };
  for (const alias of aliases) {
    const chars = [...alias];
    let node = root;
    chars.forEach((ch, i) => {
      node.longest = Math.max(node.longest, chars.length - i);
      const key = token(ch);
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = { next: new Map(), end: false, longest: 0 }));
      node = child;
    });
    node.end = true;
  }
  return emit(root) || '(?!)';
}

function emit(node: Node): string {
  const branches = [...node.next].sort((a, b) => b[1].longest - a[1].longest).map(([key, child]) => key + emit(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  return node.end ? `(?:${body})?` : body;
}
