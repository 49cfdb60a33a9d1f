import { describe, expect, it } from 'vitest';
import { NO_WORD, ROOT_NODE, WordTrie } from '../../../lib/ner/word-trie';

describe('WordTrie', () => {
  it('follows a sequence word by word, and tells where sequences end and go on', () => {
    const trie = new WordTrie<string>();
    const council = trie.insert(['مجلس', 'الامن']);
    trie.setHits(council, 'council');
    const international = trie.insert(['مجلس', 'الامن', 'الدولي']);
    trie.setHits(international, 'international');
    const head = trie.childByText(ROOT_NODE, 'مجلس');
    expect(head).not.toBe(NO_WORD);
    expect([trie.hasHits(head), trie.hasChildren(head)]).toEqual([false, true]);
    expect(trie.child(head, trie.wordId('الامن'))).toBe(council);
    expect([trie.hasHits(council), trie.hasChildren(council), trie.hits(council)]).toEqual([true, true, 'council']);
    expect([trie.hasHits(international), trie.hasChildren(international)]).toEqual([true, false]);
    // A word no sequence has, and an edge that is not there.
    expect(trie.wordId('اليوم')).toBe(NO_WORD);
    expect(trie.childByText(head, 'الدولي')).toBe(NO_WORD);
    expect(trie.find(['الامن'])).toBe(NO_WORD);
    expect(trie.find([])).toBe(NO_WORD);
  });

  it('shares the nodes of shared first words, and clears hits without losing the way on', () => {
    const trie = new WordTrie<number>();
    const a = trie.insert(['حزب', 'العمال']);
    const b = trie.insert(['حزب', 'العمال', 'الكردستاني']);
    expect(trie.insert(['حزب', 'العمال'])).toBe(a);
    trie.setHits(a, 1);
    trie.setHits(b, 2);
    trie.setHits(a, undefined);
    expect([trie.hasHits(a), trie.hits(a), trie.hasChildren(a)]).toEqual([false, undefined, true]);
    expect(trie.find(['حزب', 'العمال', 'الكردستاني'])).toBe(b);
  });

  it('keeps every edge as its table grows far past its first size', () => {
    // From the smallest table, and from one sized for fewer edges than go in (6,000 here).
    for (const expected of [0, 1_000]) {
      const trie = new WordTrie<number>(expected, expected);
      const made: Array<[string[], number]> = [];
      // 3,000 sequences of three words from 40 first words: many edges per node, and many nodes.
      for (let i = 0; i < 3000; i++) {
        const words = [`ا${i % 40}`, `ب${i % 97}`, `ج${i}`];
        const node = trie.insert(words);
        trie.setHits(node, i);
        made.push([words, node]);
      }
      for (const [words, node] of made) {
        expect(trie.find(words)).toBe(node);
        expect(trie.hits(node)).toBe(Number((words[2] as string).slice(1)));
      }
      // Only words past the first are numbered.
      expect(trie.wordCount).toBe(97 + 3000);
      expect(trie.wordId('ا1')).toBe(NO_WORD);
    }
  });
});
