/**
 * The benchmark's baseline (scripts/lib/bench-regex.ts) must do the work Dalil's gazetteer does,
 * or the speed comparison means nothing: same names, same clitics, same spans. No timings here.
 */
import { describe, expect, it } from 'vitest';
import { normalize, toOriginalSpan } from '../../lib/arabic/normalize';
import { isSentenceEnd, type Token, tokenize } from '../../lib/arabic/tokenize';
import { Gazetteer } from '../../lib/ner/gazetteer';
import { alternationSpans, buildAlternationMatcher } from '../../scripts/lib/bench-regex';
import { entry } from '../support/entries';

const entries = [
  entry('ru', 'place', 'Russia', 'روسيا'),
  entry('so', 'place', 'South Ossetia', 'أوسيتيا الجنوبية'),
  entry('cairo', 'place', 'Cairo', 'القاهرة'),
  entry('unsc', 'organization', 'UN Security Council', 'مجلس الأمن الدولي', { aliases: ['مجلس الأمن'] }),
  entry('lavrov', 'person', 'Sergey Lavrov', 'سيرغي لافروف', { short: ['لافروف'] }),
  entry('cnn', 'organization', 'CNN', 'سي.إن.إن'),
];
const forms = entries.flatMap((e) => [e.ar, ...(e.aliases ?? []), ...(e.short ?? [])]);
const matcher = buildAlternationMatcher(forms);

/** What the RegExp highlights, as the names' text. */
const regexNames = (text: string): string[] => {
  const spans = alternationSpans(matcher, text);
  const out: string[] = [];
  for (let i = 0; i < spans.length; i += 2) out.push(text.slice(spans[i], spans[i + 1]));
  return out;
};

/** What the gazetteer finds, walked as the recognizer walks it, as the names' text. */
const gazetteer = new Gazetteer(entries);
const gazetteerNames = (text: string): string[] => {
  const norm = normalize(text);
  const tokens = tokenize(norm.text);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    const m = gazetteer.matchAt(tokens, i, isSentenceEnd);
    if (!m) {
      i++;
      continue;
    }
    const [s, e] = toOriginalSpan(norm, (tokens[m.firstToken] as Token).start + m.prefixLength, (tokens[m.endToken - 1] as Token).end);
    out.push(text.slice(s, e));
    i = m.endToken;
  }
  return out;
};

describe('the alternation RegExp baseline', () => {
  it('finds a name behind every proclitic the gazetteer reads, and highlights the name only', () => {
    const text = 'زار روسيا ثم عاد إلى وروسيا فروسيا وبروسيا ولروسيا وكروسيا فبروسيا.';
    expect(regexNames(text)).toEqual(Array(7).fill('روسيا'));
    expect(regexNames(text)).toEqual(gazetteerNames(text));
  });

  it('takes one conjunction only, as the gazetteer does', () => {
    expect(regexNames('وفروسيا')).toEqual([]);
    expect(gazetteerNames('وفروسيا')).toEqual([]);
  });

  it('reads ل + ال as لل and keeps the name from its second ل', () => {
    expect(regexNames('وصل للقاهرة ثم وللقاهرة')).toEqual(['لقاهرة', 'لقاهرة']);
  });

  it('prefers the longest name at a position', () => {
    expect(regexNames('اجتمع مجلس الأمن الدولي بعد مجلس الأمن')).toEqual(['مجلس الأمن الدولي', 'مجلس الأمن']);
  });

  it('matches whole words only', () => {
    expect(regexNames('الروسيات وروسياه ولافروفي')).toEqual([]);
  });

  it('sees the text through the normalization: vowel marks, alef forms, line breaks', () => {
    expect(regexNames('قال سيرغي لافْروف إن اوسيتيا\nالجنوبية')).toEqual(['سيرغي لافْروف', 'اوسيتيا\nالجنوبية']);
  });

  it('escapes names: their dots are dots, not any character', () => {
    expect(regexNames('قالت سي.إن.إن ولم تقل سيXإنXإن')).toEqual(['سي.إن.إن']);
  });

  it('finds what the gazetteer finds, span for span', () => {
    const text =
      'أقامت روسيا علاقات مع أوسيتيا الجنوبية. وقال لافروف إن مجلس الأمن الدولي سيجتمع في القاهرة، ' +
      'وبحث سيرغي لافروف مع نظيره للقاهرة وبأوسيتيا الجنوبية ولمجلس الأمن.';
    expect(regexNames(text)).toEqual(gazetteerNames(text));
    expect(regexNames(text)).toHaveLength(9);
  });

  it('builds distinct expressions for distinct salts, which find the same names', () => {
    const a = buildAlternationMatcher(forms, '1');
    const b = buildAlternationMatcher(forms, '2');
    expect(a.regex.source).not.toBe(b.regex.source);
    const text = 'وقال لافروف في القاهرة';
    expect(alternationSpans(a, text)).toEqual(alternationSpans(b, text));
  });
});
