import { describe, expect, it } from 'vitest';
import { createRecognizer } from '../../../lib/ner';
import { loadCuratedGlossary } from '../../../scripts/lib/glossary-sources';
import { checkSeed, SEED_TEXT } from '../../support/seed';

describe('the seed article, with the bundled glossary', () => {
  const { recognizer } = createRecognizer(loadCuratedGlossary().entries);
  const { mentions } = recognizer.analyze(SEED_TEXT);
  const check = checkSeed(mentions);

  it('finds all 46 gold mentions with the right type and entity', () => {
    expect(check.wrong).toEqual([]);
    expect(check.found).toBe(46);
  });

  it('highlights nothing else', () => {
    expect(check.extra.map((m) => m.text)).toEqual([]);
  });

  it('highlights only the name, not its clitics', () => {
    const abkhazia = mentions.filter((m) => m.entity?.en === 'Abkhazia');
    for (const m of abkhazia) {
      expect(m.text).toBe('أبخازيا');
      expect(SEED_TEXT.slice(m.start - 1, m.start)).toBe('و');
    }
    const ossetiaWithBa = mentions.find((m) => m.entity?.en === 'South Ossetia' && SEED_TEXT[m.start - 1] === 'ب');
    expect(ossetiaWithBa?.text).toBe('أوسيتيا الجنوبية');
  });

  it('reads the four roles', () => {
    expect(check.roleProblems).toEqual([]);
    expect(check.rolesRight).toBe(4);
  });

  it('gives offsets that point at the name in the input', () => {
    for (const m of mentions) expect(SEED_TEXT.slice(m.start, m.end)).toBe(m.text);
  });
});
