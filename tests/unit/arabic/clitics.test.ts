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
});
