import { describe, expect, it } from 'vitest';
import { contentTerms, foldTerm, rankSentences, scoreSentences } from '../../../lib/summary/rank';
import { splitSentences } from '../../../lib/summary/sentences';

const ARTICLE = [
  'أعلنت الحكومة اللبنانية أمس خطة جديدة لإصلاح قطاع الكهرباء بعد سنوات من الانقطاعات المتكررة في بيروت والمناطق.',
  'وقال وزير الطاقة في مؤتمر صحفي إن الخطة تتضمن بناء محطات جديدة لإنتاج الكهرباء وتحديث شبكة التوزيع القديمة.',
  'وأضاف أن تمويل محطات الكهرباء الجديدة سيأتي من قروض دولية ومن شراكات مع شركات خاصة.',
  'الطقس كان معتدلا.',
  'ويعاني اللبنانيون منذ سنوات من انقطاع الكهرباء لساعات طويلة يوميا مما يضطرهم إلى الاشتراك في مولدات خاصة مكلفة.',
  'وانتقد نواب في البرلمان الخطة وقالوا إن خطط إصلاح الكهرباء السابقة لم تنفذ رغم الوعود الكثيرة.',
  'ومن المتوقع أن يناقش مجلس الوزراء تفاصيل خطة الكهرباء وتمويلها في جلسته المقبلة الأسبوع القادم.',
].join(' ');

const sentences = splitSentences(ARTICLE);

describe('rankSentences', () => {
  it.each([1, 2, 3, 5])('returns %i sentences, in reading order', (count) => {
    const chosen = rankSentences(sentences, { count });
    expect(chosen).toHaveLength(count);
    expect(chosen).toEqual([...chosen].sort((a, b) => a - b));
    expect(new Set(chosen).size).toBe(count);
  });

  it('returns every sentence when asked for more than there are, and none when asked for none', () => {
    expect(rankSentences(sentences, { count: 50 })).toEqual(sentences.map((_s, i) => i));
    expect(rankSentences(sentences, { count: 0 })).toEqual([]);
    expect(rankSentences([], { count: 3 })).toEqual([]);
  });

  it('gives the same answer every time', () => {
    const first = rankSentences(sentences, { count: 3 });
    for (let i = 0; i < 3; i++) expect(rankSentences(sentences, { count: 3 })).toEqual(first);
  });

  it('keeps the lead sentence of a news article and leaves out a fragment', () => {
    const chosen = rankSentences(sentences, { count: 3 });
    expect(chosen).toContain(0);
    expect(chosen).not.toContain(3);
  });

  it('never picks a sentence and its repeat', () => {
    const repeated = splitSentences(`${ARTICLE} ${sentences[0]?.text.replace('أمس', 'اليوم')}`);
    const last = repeated.length - 1;
    for (const count of [2, 3, 4, 6]) {
      const chosen = rankSentences(repeated, { count });
      expect(chosen.includes(0) && chosen.includes(last)).toBe(false);
    }
  });

  it('gives fewer sentences rather than the same one twice', () => {
    const twice = splitSentences(
      'أعلنت الحكومة خطة جديدة لإصلاح قطاع الكهرباء في البلاد. أعلنت الحكومة خطة جديدة لإصلاح قطاع الكهرباء في البلاد.',
    );
    expect(rankSentences(twice, { count: 2 })).toEqual([0]);
  });

  it('scores a sentence higher when the names in it are the article’s actors', () => {
    const plain = scoreSentences(sentences).scores;
    const salience = sentences.map((_s, i) => (i === 5 ? 3 : 0));
    const named = scoreSentences(sentences, { entitySalience: salience }).scores;
    expect((named[5] ?? 0) - (plain[5] ?? 0)).toBeGreaterThan(0);
    expect(named[4]).toBe(plain[4]);
  });
});

describe('contentTerms', () => {
  it('folds clitics and endings, and drops function words', () => {
    expect(foldTerm('وللحكومة'.replace('ة', 'ه'))).toBe(foldTerm('الحكومه'));
    expect(contentTerms('وقال إن الحكومة والحكومات في البلاد')).toEqual(['حكوم', 'حكوم', 'بلاد']);
  });
});
