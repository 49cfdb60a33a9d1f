/**
 * CoNLL in and out: one token per line (first column), a blank line between sentences. The
 * recognizer reads the whole document (tokens joined by spaces, sentences by blank lines, so no
 * name crosses a sentence) and each token gets the IOB2 tag of the mention covering any part of it.
 */
import type { EntityType } from './glossary/types';
import type { Mention } from './ner/types';

export const TAG_OF: Record<EntityType, string> = { person: 'PER', organization: 'ORG', place: 'LOC' };

export interface ConllDocument {
  /** Input lines, kept to print one output line per input line. */
  lines: string[];
  /** The text the recognizer reads. */
  text: string;
  /** For each line: [start, end) of its token in `text`, or null for a blank line. */
  spans: Array<[number, number] | null>;
}

export function readConll(input: string): ConllDocument {
  const lines = input.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  let text = '';
  const spans: Array<[number, number] | null> = [];
  let sentenceOpen = false;
  for (const line of lines) {
    const token = line.trim().split(/\s+/)[0] ?? '';
    if (!token) {
      spans.push(null);
      if (sentenceOpen) text += '\n\n';
      sentenceOpen = false;
      continue;
    }
    if (sentenceOpen) text += ' ';
    spans.push([text.length, text.length + token.length]);
    text += token;
    sentenceOpen = true;
  }
  return { lines, text, spans };
}

/** IOB2 tags for each line of the document. */
export function tagConll(doc: ConllDocument, mentions: readonly Mention[]): string[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const tags: string[] = [];
  let m = 0;
  let prevMention: Mention | null = null;
  for (const span of doc.spans) {
    if (!span) {
      tags.push('');
      prevMention = null;
      continue;
    }
    const [s, e] = span;
    while (m < sorted.length && (sorted[m] as Mention).end <= s) m++;
    const cur = sorted[m];
    if (cur && cur.start < e && cur.end > s) {
      const type = TAG_OF[cur.type];
      tags.push(prevMention === cur ? `I-${type}` : `B-${type}`);
      prevMention = cur;
    } else {
      tags.push('O');
      prevMention = null;
    }
  }
  return tags;
}
