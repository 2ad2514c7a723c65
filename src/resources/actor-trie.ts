/**
 * A trie over token keys: all dictionary forms of one table are compiled once, and matching at a text position
 * walks at most as many nodes as the longest form has tokens, whatever the size of the dictionary.
 */
import type { Token } from './actor-tokens.js';

interface TrieNode<T> {
  /** Created on the first child: most nodes are leaves (the last token of a name). */
  next?: Map<string, TrieNode<T>>;
  values: T[];
}

export interface TrieMatch<T> {
  /** Token index one past the last matched token. */
  end: number;
  values: readonly T[];
}

export class TokenTrie<T> {
  private readonly root: TrieNode<T> = { values: [] };
  private count = 0;

  get size(): number {
    return this.count;
  }

  add(keys: readonly string[], value: T): void {
    if (keys.length === 0) return;
    let node = this.root;
    for (const key of keys) {
      node.next ??= new Map();
      let child = node.next.get(key);
      if (!child) {
        child = { values: [] };
        node.next.set(key, child);
      }
      node = child;
    }
    node.values.push(value);
    this.count++;
  }

  /** Every form that starts at token `i`, shortest first. */
  matchesAt(tokens: readonly Token[], i: number): TrieMatch<T>[] {
    const out: TrieMatch<T>[] = [];
    let node: TrieNode<T> | undefined = this.root;
    for (let j = i; j < tokens.length; j++) {
      node = node.next?.get((tokens[j] as Token).key);
      if (!node) break;
      if (node.values.length > 0) out.push({ end: j + 1, values: node.values });
    }
    return out;
  }

  /** The longest form starting at `i`, or undefined. */
  longestAt(tokens: readonly Token[], i: number): TrieMatch<T> | undefined {
    const all = this.matchesAt(tokens, i);
    return all[all.length - 1];
  }

  /** Start index of the longest form that ends exactly at token `end` (exclusive), or -1. */
  startOfFormEndingAt(tokens: readonly Token[], end: number, maxTokens = 4): number {
    for (let i = Math.max(0, end - maxTokens); i < end; i++) {
      if (this.matchesAt(tokens, i).some((m) => m.end === end)) return i;
    }
    return -1;
  }
}
