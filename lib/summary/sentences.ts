/** Sentence splitting for Arabic news text, with offsets into the original string. */

export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index of the paragraph (block) the sentence is in. */
  paragraph: number;
}

// A sentence ends at . ! ? ؟ … (optionally followed by closing quotes/brackets) before whitespace,
// or at a line break. A dot between digits (3.5) or after a single letter (د. for "Dr.") does not end one.
const END = /([.!?؟…]+["»”'’)\]]*)(?=\s|$)|\n+/g;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let paragraph = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length, paragraph });
  };
  for (const m of text.matchAll(END)) {
    const at = m.index ?? 0;
    if (m[0].startsWith('\n')) {
      push(at);
      start = at + m[0].length;
      paragraph++;
      continue;
    }
    // "د." or "أ." : an abbreviation of a title, not an end.
    const before = text.slice(Math.max(0, at - 2), at);
    if (/(^|\s)[\u0621-\u064A]$/.test(before) && m[0] === '.') continue;
    push(at + m[0].length);
    start = at + m[0].length;
  }
  push(text.length);
  return out;
}
