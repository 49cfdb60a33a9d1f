/**
 * A page arrives as text blocks (paragraphs). The recognizer reads them as one article, so that
 * what one paragraph says (a full name, a place's country) helps the next, and the mentions are
 * handed back per block with offsets into that block's text.
 */
import type { Recognizer } from './recognize';
import type { Analysis, Mention } from './types';

/** Blank lines between blocks: no name runs across them (the matcher stops at a gap). */
export const BLOCK_SEPARATOR = '\n\n';

export interface BlockMention extends Mention {
  block: number;
}

export interface BlocksAnalysis extends Analysis {
  /** The article text the analysis ran on: the blocks joined by BLOCK_SEPARATOR. */
  text: string;
  blockMentions: BlockMention[];
}

export function joinBlocks(blocks: readonly string[]): { text: string; offsets: number[] } {
  const offsets: number[] = [];
  let text = '';
  blocks.forEach((b, i) => {
    if (i > 0) text += BLOCK_SEPARATOR;
    offsets.push(text.length);
    text += b;
  });
  return { text, offsets };
}

export function analyzeBlocks(recognizer: Recognizer, blocks: readonly string[]): BlocksAnalysis {
  const { text, offsets } = joinBlocks(blocks);
  const analysis = recognizer.analyze(text);
  const blockMentions: BlockMention[] = [];
  let b = 0;
  for (const m of analysis.mentions) {
    while (b + 1 < offsets.length && (offsets[b + 1] as number) <= m.start) b++;
    const base = offsets[b] as number;
    const len = (blocks[b] as string).length;
    if (m.end - base > len) continue; // cannot happen: names never cross the separator
    blockMentions.push({ ...m, block: b, start: m.start - base, end: m.end - base });
  }
  return { ...analysis, text, blockMentions };
}
