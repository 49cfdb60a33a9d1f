import { describe, expect, it } from 'vitest';
import { clearProcliticCache, procliticReadings } from '../../../lib/arabic/clitics';
import { normalizeKey } from '../../../lib/arabic/normalize';

const readings = (w: string) => procliticReadings(normalizeKey(w)).map((r) => `${r.prefix}+${r.stem}`);

describe('procliticReadings', () => {
  it.each([
    ['وأبخازيا', 'و+ابخازيا'],
    ['بأوسيتيا', 'ب+اوسيتيا'],
    ['للافروف', 'ل+لافروف'],
    ['للقوقاز', 'ل+القوقاز'],
    ['وبالقاهرة', 'وب+القاهره'],
    ['فلموسكو', 'فل+موسكو'],
    ['كالعراق', 'ك+العراق'],
  ])('%s can be read as %s', (word, reading) => {
    expect(readings(word)).toContain(reading);
  });

  it('always offers the bare word first (بوتين is never وتين by default)', () => {
    expect(readings('بوتين')[0]).toBe('+بوتين');
  });

  it('never leaves a one-letter stem', () => {
    expect(readings('وب').every((r) => r.split('+')[1]!.length >= 2)).toBe(true);
  });

  it('reads a word with no clitic letter first as itself only, and the same after the cache is cleared', () => {
    expect(readings('موسكو')).toEqual(['+موسكو']);
    expect(readings('')).toEqual(['+']);
    const before = readings('وللبنان');
    clearProcliticCache();
    expect(readings('وللبنان')).toEqual(before);
    expect(before).toEqual(['+وللبنان', 'و+للبنان', 'ول+لبنان', 'ول+البنان']);
  });

  it('reads every short word of clitic letters as the first, plain implementation did', () => {
    // The readings as first written (conjunction heads, then prepositions), to check the fast one against.
    const reference = (word: string): string[] => {
      const out = [`+${word}`];
      const push = (prefix: string, stem: string) => {
        if (stem.length >= 2) out.push(`${prefix}+${stem}`);
      };
      const heads = [''];
      for (const c of ['و', 'ف']) if (word.startsWith(c)) heads.push(c);
      for (const head of heads) {
        const rest = word.slice(head.length);
        if (head) push(head, rest);
        for (const p of ['ب', 'ل', 'ك']) {
          if (!rest.startsWith(p)) continue;
          push(head + p, rest.slice(1));
          if (p === 'ل' && rest.slice(1).startsWith('ل')) push(`${head}ل`, `ا${rest.slice(1)}`);
        }
      }
      return out;
    };
    const letters = ['و', 'ف', 'ب', 'ل', 'ك', 'ا', 'م'];
    const words: string[] = [];
    const grow = (w: string) => {
      if (w) words.push(w);
      if (w.length < 5) for (const c of letters) grow(w + c);
    };
    grow('');
    clearProcliticCache();
    for (const w of words) expect(readings(w)).toEqual(reference(w));
  });
});
