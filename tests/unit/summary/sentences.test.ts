import { describe, expect, it } from 'vitest';
import { splitSentences, wrapWidth } from '../../../lib/summary/sentences';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it.each([
    [
      'ends at . ! ? ؟ and …',
      'قال الوزير إن الاتفاق قريب. هل ينجح؟ لا أحد يعلم! ربما…',
      ['قال الوزير إن الاتفاق قريب.', 'هل ينجح؟', 'لا أحد يعلم!', 'ربما…'],
    ],
    ['keeps closing quotes with the sentence', 'وأضاف: «العلاقات أقيمت». وتابع الحديث.', ['وأضاف: «العلاقات أقيمت».', 'وتابع الحديث.']],
    [
      'does not end at a decimal',
      'بلغ النمو 3.5 في المئة هذا العام. وهو رقم قياسي.',
      ['بلغ النمو 3.5 في المئة هذا العام.', 'وهو رقم قياسي.'],
    ],
    ['does not end at an initial', 'قال د. محمد العلي إن الوضع مستقر. وأكد ذلك.', ['قال د. محمد العلي إن الوضع مستقر.', 'وأكد ذلك.']],
    ['ends after a year mark (1827م.)', 'توفي في فيينا عام 1827 م. وشهدت بون ميلاده.', ['توفي في فيينا عام 1827 م.', 'وشهدت بون ميلاده.']],
    [
      'does not end inside ق. م (BC)',
      'بنيت حوالي 2480 ق. م، وهي ثلاثة أهرامات. وما زالت قائمة.',
      ['بنيت حوالي 2480 ق. م، وهي ثلاثة أهرامات.', 'وما زالت قائمة.'],
    ],
    [
      'ends where the space after the dot was forgotten',
      'وتحتاج إلى براعة حيث لها 3 تقنيات.التقنية الأولى هي النفخ.',
      ['وتحتاج إلى براعة حيث لها 3 تقنيات.', 'التقنية الأولى هي النفخ.'],
    ],
    [
      'ends where the space is before the dot',
      'صوتها أقرب الأصوات للإنسان .وللناي ستة ثقوب.',
      ['صوتها أقرب الأصوات للإنسان .', 'وللناي ستة ثقوب.'],
    ],
    [
      'does not end inside a web address or a dotted acronym',
      'على صفحة amman.cervantes.es وفي وكالة (سي.آي.إيه) أيضا.',
      ['على صفحة amman.cervantes.es وفي وكالة (سي.آي.إيه) أيضا.'],
    ],
    [
      'ends at a line break between paragraphs',
      'العنوان الأول\nنص الفقرة الأولى\n\nنص الفقرة الثانية',
      ['العنوان الأول', 'نص الفقرة الأولى', 'نص الفقرة الثانية'],
    ],
    [
      'does not make a sentence of a list number',
      '1. البند الأول من الاتفاق.\n2. البند الثاني منه.',
      ['1. البند الأول من الاتفاق.', '2. البند الثاني منه.'],
    ],
  ])('%s', (_why, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('joins the lines of a hard-wrapped text, but not across a paragraph or list item', () => {
    const wrapped = [
      'لفت نظري واستغرابي إعلانان كلاهما يتعلق بطلب مرئيات العموم من هيئة',
      'الاتصالات وتقنية المعلومات المنشور في جميع الصحف وملخصهما أن الهيئة تدعو',
      'الأطراف المعنية لإبداء مرئياتهم ومنهم الراغبون بتقديم الخدمة والهيئات الأخرى',
      'ذات العلاقة مثل الجهات الحكومية. ومبعث الاستغراب أننا لم نتعود من الجهات',
      'الحكومية أن تطلب رأي العموم في مشروع قبل تنفيذه.',
      'وجاءت قواعد المشاركة كالآتي:',
      '- ترسل الرسومات او تسلم بصفة شخصية الى سكرتارية المعهد في عمان قبل يوم',
      '23 ايار 2005.',
      '- ستعرض الرسومات في صالة معارض المعهد.',
    ].join('\n');
    expect(wrapWidth(wrapped.split('\n'))).not.toBeNull();
    const got = splitSentences(wrapped);
    expect(got.map((s) => s.text.replace(/\n/g, ' '))).toEqual([
      'لفت نظري واستغرابي إعلانان كلاهما يتعلق بطلب مرئيات العموم من هيئة الاتصالات وتقنية المعلومات المنشور في جميع الصحف وملخصهما أن الهيئة تدعو الأطراف المعنية لإبداء مرئياتهم ومنهم الراغبون بتقديم الخدمة والهيئات الأخرى ذات العلاقة مثل الجهات الحكومية.',
      'ومبعث الاستغراب أننا لم نتعود من الجهات الحكومية أن تطلب رأي العموم في مشروع قبل تنفيذه.',
      'وجاءت قواعد المشاركة كالآتي:',
      '- ترسل الرسومات او تسلم بصفة شخصية الى سكرتارية المعهد في عمان قبل يوم 23 ايار 2005.',
      '- ستعرض الرسومات في صالة معارض المعهد.',
    ]);
  });

  it('reads a line break in the indented HTML source of a paragraph as a space', () => {
    const block = '\n      قال وزير الخارجية إن بلاده ستقيم علاقات\n      دبلوماسية مع الجمهوريتين. وأضاف أن السفارات ستفتح قريبا.\n    ';
    expect(texts(block).map((s) => s.replace(/\s+/g, ' '))).toEqual([
      'قال وزير الخارجية إن بلاده ستقيم علاقات دبلوماسية مع الجمهوريتين.',
      'وأضاف أن السفارات ستفتح قريبا.',
    ]);
  });

  it('keeps line breaks as sentence ends in text that is not wrapped', () => {
    const text =
      'شاشات اللمس طبقة شفافة تغطي شاشة العرض في الجوالات والحاسبات اللوحية وتتحسس حركات اليد والكتابة عليها بقلم خاص\nيوجد نوعان رئيسيان\nتقوم شركة بمحاولة دمج التقنيتين معا في شاشة واحدة للمستخدمين في كل مكان من العالم اليوم';
    expect(wrapWidth(text.split('\n'))).toBeNull();
    expect(texts(text)).toHaveLength(3);
  });

  it('gives offsets into the text and counts paragraphs', () => {
    const text = '  الجملة الأولى. الجملة الثانية؟\n\nفقرة ثانية هنا.';
    const got = splitSentences(text);
    for (const s of got) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(got.map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  it('returns nothing for empty text or punctuation alone', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n… *** \n')).toEqual([]);
  });
});
