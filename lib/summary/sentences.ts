/**
 * Sentence splitting for Arabic news text, with offsets into the original string.
 *
 * Arabic news arrives in several layouts: one paragraph per line, paragraphs between blank lines,
 * or text hard-wrapped at a fixed width (newspaper archives, e-mail) or by a page's HTML source
 * (an indented next line), where a line break is only a space. A sentence ends at . ! ? ؟ … before a space or the end, and
 * also before an Arabic letter when the space was forgotten (تقنيات.التقنية), but not in a decimal
 * (3.5), a web address (amman.cervantes.es), an initial (د. for "Dr.") or a list number (1.).
 */

export interface Sentence {
  /** The sentence exactly as in the text: `text === source.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** Index of the paragraph (block) the sentence is in. */
  paragraph: number;
}

const ARABIC_LETTER = /[\u0621-\u063A\u0641-\u064A\u0671-\u06D3]/;
const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Sentence-final punctuation, then any closing quotes or brackets. */
const END = /[.!?؟…]+["»”'’)\]]*/g;
/** A line that ends a sentence or introduces what follows (a heading with a colon). */
const LINE_END = /[.!?؟…:]["»”'’)\]]*\s*$/;
/** A line that starts a list item: a dash or bullet, or a number or letter with . ) or -. */
const LIST_ITEM = /^\s*(?:[-–—•*·▪●◦]|[\d\u0660-\u0669]{1,3}\s?[.)\-–]|[\u0621-\u064A][.)]\s)/;

/** Width a hard-wrapped text is wrapped at, or null when its line breaks are real. */
export function wrapWidth(lines: readonly string[]): number | null {
  const lengths = lines
    .map((l) => l.trim().length)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  if (lengths.length < 4) return null;
  const width = lengths[Math.floor(0.9 * (lengths.length - 1))] as number;
  const median = lengths[Math.floor(lengths.length / 2)] as number;
  // Wrapped text has many lines of nearly the same, modest length; paragraphs vary widely.
  return width <= 130 && median >= 0.7 * width ? width : null;
}

interface Block {
  start: number;
  end: number;
  paragraph: number;
}

/** Paragraph-like blocks: split at blank lines, and at line breaks that are not a soft wrap. */
function blocksOf(text: string): Block[] {
  const lines: { start: number; end: number }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    lines.push({ start: at, end: at + line.length });
    at += line.length + 1;
  }
  const width = wrapWidth(lines.map((l) => text.slice(l.start, l.end)));
  const blocks: Block[] = [];
  let start = 0;
  let paragraph = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    const line = text.slice((lines[i] as Block).start, (lines[i] as Block).end);
    const next = text.slice((lines[i + 1] as Block).start, (lines[i + 1] as Block).end);
    // A wrap: in a text wrapped at a width, a full line; in a page's HTML source, an indented one.
    const wraps = (width !== null && line.trim().length >= 0.7 * width) || /^[ \t]{2,}\S/.test(next);
    const soft = wraps && line.trim() !== '' && next.trim() !== '' && !LINE_END.test(line) && !LIST_ITEM.test(next);
    if (soft) continue;
    blocks.push({ start, end: (lines[i] as Block).end, paragraph });
    start = (lines[i + 1] as Block).start;
    if (line.trim() !== '') paragraph++;
  }
  blocks.push({ start, end: text.length, paragraph });
  return blocks;
}

/** The run of letters just before `at`. */
function wordBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && LETTER.test(text[i - 1] as string)) i--;
  return text.slice(i, at);
}

/** Whether punctuation `mark` at [at, end) ends a sentence, given what surrounds it. */
function endsSentence(text: string, at: number, end: number, pieceStart: number): boolean {
  const mark = text.slice(at, end);
  const next = text[end];
  // A piece with no letter yet (a list number "1.", a lone "...") is not a sentence.
  if (!LETTER.test(text.slice(pieceStart, at))) return false;
  const before = wordBefore(text, at);
  if (next === undefined || /\s/.test(next)) {
    if (mark !== '.') return true;
    // An initial (د. محمد, أ. د.) is not an end, unless it marks a year (1827 م.).
    const initial = before.replace(/ـ/g, '').length === 1;
    if (!initial) return true;
    // ق. م (BC): an initial followed by another is one abbreviation.
    if (/^\s+[\u0621-\u064A]ـ?(?![\u0621-\u064A])/.test(text.slice(end, end + 4))) return false;
    const head = text.slice(Math.max(pieceStart, at - before.length - 8), at - before.length);
    return /[\d\u0660-\u0669]\s*$/.test(head);
  }
  // No space after: only a forgotten one before an Arabic word ends a sentence.
  if (!ARABIC_LETTER.test(next)) return false;
  if (mark.startsWith('.') && mark.length === 1) {
    const after = /^[\u0621-\u064A]+/.exec(text.slice(end))?.[0] ?? '';
    // "word.word" or "word .word" (the space on the wrong side); not "ص.ب", "ق.م" or "سي.آي.إيه".
    const spaceBefore = /\s/.test(text[at - 1] ?? '');
    return (before.length >= 3 || spaceBefore) && after.length >= 2;
  }
  return true;
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const push = (from: number, to: number, paragraph: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!LETTER_OR_DIGIT.test(trimmed)) return;
    out.push({ text: trimmed, start: from + lead, end: from + lead + trimmed.length, paragraph });
  };
  for (const block of blocksOf(text)) {
    let start = block.start;
    // Punctuation never spans a line break, so no match crosses the block's end.
    END.lastIndex = block.start;
    for (let m = END.exec(text); m && m.index < block.end; m = END.exec(text)) {
      const end = m.index + m[0].length;
      if (!endsSentence(text, m.index, end, start)) continue;
      push(start, end, block.paragraph);
      start = end;
    }
    push(start, block.end, block.paragraph);
  }
  return out;
}
