import { describe, expect, it } from 'vitest';
import { createRecognizer } from '../../../lib/ner';
import { buildDigest, digestNumbers, displaySentence, MAX_NUMBERS } from '../../../lib/summary/digest';
import { loadCuratedGlossary } from '../../../scripts/lib/glossary-sources';
import { SEED_TEXT } from '../../support/seed';

const { recognizer } = createRecognizer(loadCuratedGlossary().entries);

describe('buildDigest on the seed article', () => {
  const digest = buildDigest(SEED_TEXT, recognizer.analyze(SEED_TEXT), 3);

  it('gives three of the article’s sentences, the lead first', () => {
    expect(digest.sentences).toHaveLength(3);
    for (const s of digest.sentences) expect(SEED_TEXT).toContain(s);
    expect(digest.sentences[0]).toMatch(/^أقامت روسيا، أمس، علاقات دبلوماسية/);
    expect(new Set(digest.sentences).size).toBe(3);
  });

  it('says who is who', () => {
    expect(digest.people.map((p) => p.en)).toContain('Sergey Lavrov');
    expect(digest.places.map((p) => p.en)).toEqual(expect.arrayContaining(['Russia', 'Georgia', 'Abkhazia', 'South Ossetia']));
  });

  it('says how a name the glossary does not know sounds, read as the kind of name it is', () => {
    const text = 'قال المتحدث جون بلاسنيك إن الاتفاق قريب. وأكد نواف الحمادي ذلك.';
    const people = buildDigest(text, recognizer.analyze(text), 1).people;
    expect(people.map((p) => [p.ar, p.en, p.latin])).toEqual([
      ['جون بلاسنيك', null, 'John Blasnik'],
      ['نواف الحمادي', null, 'Nawaf al-Hamadi'],
    ]);
    // An organization found by rule is named by words a reading would garble (الأمة "the nation"): none.
    const party = 'أعلن حزب الأمة الجديد فوزه في الانتخابات.';
    const orgs = buildDigest(party, recognizer.analyze(party), 1).organizations;
    expect(orgs.map((o) => [o.ar, o.latin])).toEqual([['حزب الأمة', undefined]]);
    // A glossary name has its English name and no guess.
    expect(digest.people.find((p) => p.en === 'Sergey Lavrov')?.latin).toBeUndefined();
  });

  it('lists the article’s numbers and dates in English', () => {
    expect(digest.numbers.map((n) => [n.text, n.en, n.kind])).toEqual([
      ['8 آلاف جندي', '8,000 troops', 'quantity'],
      ['10 أكتوبر', '10 October', 'date'],
    ]);
    for (const n of digest.numbers) expect(SEED_TEXT.slice(n.start, n.end)).toBe(n.text);
  });

  it('leaves the headline out of the key sentences', () => {
    const headline = 'روسيا تقيم علاقات دبلوماسية مع أوسيتيا الجنوبية وأبخازيا';
    const text = `${headline}\n\n${SEED_TEXT}`;
    const withTitle = buildDigest(text, recognizer.analyze(text), 3, headline);
    expect(withTitle.sentences).not.toContain(headline);
    expect(withTitle.sentences).toHaveLength(3);
  });

  it('asks for one sentence, gets one', () => {
    expect(buildDigest(SEED_TEXT, recognizer.analyze(SEED_TEXT), 1).sentences).toHaveLength(1);
  });
});

describe('digest numbers', () => {
  it('says each number once, in reading order, and at most twelve', () => {
    const text = [
      'قتل 12 شخصا في 5 مارس 2009، ثم قتل 12 شخصا آخرون.',
      ...Array.from({ length: 15 }, (_v, i) => `وفي عام ${1990 + i} تغير الوضع.`),
    ].join(' ');
    const numbers = digestNumbers(text);
    expect(numbers).toHaveLength(MAX_NUMBERS);
    expect(numbers.slice(0, 4).map((n) => n.en)).toEqual(['12 people', '5 March 2009', '1990', '1991']);
    expect(numbers.filter((n) => n.en === '12 people')).toHaveLength(1);
  });
});

describe('displaySentence', () => {
  it('joins the lines of a wrapped sentence', () => {
    expect(displaySentence('لفت نظري إعلان من هيئة\nالاتصالات  وتقنية المعلومات.')).toBe(
      'لفت نظري إعلان من هيئة الاتصالات وتقنية المعلومات.',
    );
  });
});
