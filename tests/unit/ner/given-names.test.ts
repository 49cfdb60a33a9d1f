import { describe, expect, it } from 'vitest';
import givenNames from '../../../assets/glossary/lexicon/given-names.json';
import { normalizeKey } from '../../../lib/arabic/normalize';
import { createRecognizer } from '../../../lib/ner';
import { defaultNameLexicon } from '../../../lib/ner/names';

const lists = givenNames as Record<string, string[]>;
const MAIN = ['arabic_male', 'arabic_female', 'persian', 'turkish', 'kurdish', 'foreign'] as const;

describe('the given-name lexicon', () => {
  it('keeps its keys and its shape: lists of non-empty Arabic strings', () => {
    expect(Object.keys(lists).sort()).toEqual([...MAIN, 'ambiguous'].sort());
    for (const list of Object.values(lists)) {
      for (const name of list) expect(name).toMatch(/^[\u0600-\u06FF ]+$/);
    }
  });

  it('holds no name twice in one list (after normalization)', () => {
    for (const [key, list] of Object.entries(lists)) {
      const keys = list.map((w) => normalizeKey(w));
      const twice = keys.filter((k, i) => keys.indexOf(k) !== i);
      expect(twice, key).toEqual([]);
    }
  });

  it('never makes a common word a given name, however a foreign name folds', () => {
    const names = defaultNameLexicon();
    // Each of these is, once alefs and hamzas fold, a word news writes every day:
    // آلان → الآن، إلنور → النور، ألبر → البر، ألبير → البئر، ألفي → ألفي دولار، غيرت → غيّرت،
    // فريدا → فريدًا، تروي → تروي، برنت → خام برنت، يشار → يُشار، دوري → الدوري، أليك → إليك.
    for (const w of [
      'آلان',
      'إلنور',
      'ألبر',
      'ألبير',
      'ألفي',
      'ألفين',
      'غيرت',
      'فريدا',
      'تروي',
      'برنت',
      'يشار',
      'دوري',
      'أليك',
      'إلينا',
      'جيني',
      'دورين',
      // Folded hamzas: رييس is رئيس، إمراه is امرأة، واين is وأين، فيران is فئران، دافي is دافئ.
      'رييس',
      'إمراه',
      'واين',
      'فيران',
      'دافي',
    ]) {
      expect(names.isGiven(normalizeKey(w)), w).toBe(false);
    }
  });

  it('keeps names that are also words for after a title only', () => {
    const names = defaultNameLexicon();
    for (const w of ['لامين', 'ينس', 'تيجان', 'مارينا', 'رولان', 'شهيرة', 'وديعة', 'عوزي']) {
      expect(names.isGiven(normalizeKey(w)), w).toBe(false);
      expect(names.isAmbiguousGiven(normalizeKey(w)), w).toBe(true);
    }
  });
});

describe('people found from the wider lexicon', () => {
  const { recognizer } = createRecognizer([]);
  const people = (text: string) =>
    recognizer
      .analyze(text)
      .mentions.filter((m) => m.type === 'person')
      .map((m) => m.text);

  it.each([
    ['وقال كزافييه ماليس إن الاجتماع انتهى', ['كزافييه ماليس']],
    ['وصرح ريناتو سوليدام للصحفيين', ['ريناتو سوليدام']],
    ['وكتب أدولف هتلر في مذكراته', ['أدولف هتلر']],
    ['وقال عبدالعزيز العويشق في تصريح', ['عبدالعزيز العويشق']],
    ['وأكد جواو لورينسو في خطابه', ['جواو لورينسو']],
    ['وقالت فرناندا توريس إن', ['فرناندا توريس']],
    ['ويرى خشايار أميري أن', ['خشايار أميري']],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each([
    // Words that look like foreign names do not start one.
    ['وارتفع سعر خام برنت القياسي', []],
    ['ويشار إلى أن الاجتماع تأجل', []],
    ['وكان هذا الإنجاز فريدا من نوعه', []],
    ['وأنفقت ألفي دولار على الرحلة', []],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
