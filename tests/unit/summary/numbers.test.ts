import { describe, expect, it } from 'vitest';
import { type NumberKind, readNumbers } from '../../../lib/summary/numbers';

/** [text, what is read as written, its English, its kind] */
const READS: [string, string, string, NumberKind][] = [
  // the seed article
  ['وقال إنه سيتم نشر حوالي 8 آلاف جندي في المنطقتين', '8 آلاف جندي', '8,000 troops', 'quantity'],
  ['بسحب قوات بلاده إلى غاية ال 10 أكتوبر المقبل', '10 أكتوبر', '10 October', 'date'],
  // money
  ['تبرع بثلاثة ملايين دولار للمشروع', 'ثلاثة ملايين دولار', '$3 million', 'money'],
  ['باستثمار 1.5 مليار ريال سعودي', '1.5 مليار ريال سعودي', '1.5 billion Saudi riyals', 'money'],
  ['بقيمة 2.5 مليون يورو', '2.5 مليون يورو', '€2.5 million', 'money'],
  ['غرامة 500 جنيه إسترليني', '500 جنيه إسترليني', '£500', 'money'],
  ['راتب قدره عشرين ألف دولار', 'عشرين ألف دولار', '$20,000', 'money'],
  ['بلغت قيمتها 6,5 بليون دولار', '6,5 بليون دولار', '$6.5 billion', 'money'],
  ['خسرت ملايين الدولارات', 'ملايين الدولارات', 'millions of dollars', 'money'],
  ['دفع 300 دينار كويتي', '300 دينار كويتي', '300 Kuwaiti dinars', 'money'],
  // percentages
  ['ارتفعت الأسعار بنسبة 30 في المئة', '30 في المئة', '30%', 'percent'],
  ['ارتفعت بنسبة 30% خلال العام', '30%', '30%', 'percent'],
  ['تراجع 12 بالمائة', '12 بالمائة', '12%', 'percent'],
  ['نسبة ٣٠٪ من السكان', '٣٠٪', '30%', 'percent'],
  ['نمو ١٠٫٥ في المائة', '١٠٫٥ في المائة', '10.5%', 'percent'],
  ['بين 20 و30 في المئة من الناخبين', '20 و30 في المئة', '20–30%', 'percent'],
  // years
  ['في عام 2008 قال', 'عام 2008', '2008', 'year'],
  ['توفي في فيينا عام 1827م.', 'عام 1827م', '1827', 'year'],
  ['في 1789 م تحقق حلمه', '1789 م', '1789', 'year'],
  ['بحلول 2020 ستكتمل', '2020', '2020', 'year'],
  ['بين عامي 1966 و1972 غنى', 'عامي 1966 و1972', '1966–1972', 'year'],
  ['ولد سنة 1350 هـ في مكة', 'سنة 1350 هـ', '1350 AH', 'year'],
  ['بنيت عام 2560 قبل الميلاد', 'عام 2560 قبل الميلاد', '2560 BC', 'year'],
  // dates, both sets of month names, Hijri months, Arabic-Indic digits
  ['ولد في ١٦ ديسمبر ١٧٧٠ في بون', '١٦ ديسمبر ١٧٧٠', '16 December 1770', 'date'],
  ['شهدت بون ميلاده في 16 ديسمبر عام 1770', '16 ديسمبر عام 1770', '16 December 1770', 'date'],
  ['قبل يوم 23 أيار 2005', '23 أيار 2005', '23 May 2005', 'date'],
  ['في 5 كانون الثاني الماضي', '5 كانون الثاني', '5 January', 'date'],
  ['منذ 1 تشرين الأول', '1 تشرين الأول', '1 October', 'date'],
  ['يوم 5 يونيو/حزيران 2008', '5 يونيو/حزيران 2008', '5 June 2008', 'date'],
  ['في 10 رمضان 1429 هـ', '10 رمضان 1429 هـ', '10 Ramadan 1429 AH', 'date'],
  ['في أكتوبر 2008 أعلن', 'أكتوبر 2008', 'October 2008', 'date'],
  ['في 3 جانفي 2011', '3 جانفي 2011', '3 January 2011', 'date'],
  // quantities, written out and in digits
  ['قتل خمسة وعشرون شخصا', 'خمسة وعشرون شخصا', '25 people', 'quantity'],
  ['فر مليون ونصف لاجئ', 'مليون ونصف لاجئ', '1.5 million refugees', 'quantity'],
  ['أصيب ثلاثة عشر مدنيا', 'ثلاثة عشر مدنيا', '13 civilians', 'quantity'],
  ['أكثر من مئة ألف برميل يوميا', 'مئة ألف برميل', '100,000 barrels', 'quantity'],
  ['نشر ألفي جندي', 'ألفي جندي', '2,000 troops', 'quantity'],
  ['قتل 12 شخصا في الهجوم', '12 شخصا', '12 people', 'quantity'],
  ['سقط عشرات القتلى والجرحى', 'عشرات القتلى', 'dozens of dead', 'quantity'],
  ['عاد آلاف من اللاجئين', 'آلاف من اللاجئين', 'thousands of refugees', 'quantity'],
  ['على بعد 30 كم من الحدود', '30 كم', '30 km', 'quantity'],
  ['مساحة 10 كيلومترات مربعة', '10 كيلومترات مربعة', '10 km²', 'quantity'],
  ['ظهرت قبل 65 مليون سنة', '65 مليون سنة', '65 million years', 'quantity'],
  ['أعمارهم بين 4 و12 سنة', '4 و12 سنة', '4–12 years', 'quantity'],
  ['لمدة ثلاثة وخمسة أيام', 'ثلاثة وخمسة أيام', '3–5 days', 'quantity'],
  ['أكثر من 100 ألف من الجنود', '100 ألف من الجنود', '100,000 troops', 'quantity'],
  ['شاهدها مليار و ثمانمائة مليون شخص', 'مليار و ثمانمائة مليون شخص', '1.8 billion people', 'quantity'],
  ['يقطنها 1,200,000 نسمة', '1,200,000 نسمة', '1.2 million people', 'quantity'],
  ['فاز بعشرين مقعدا', 'عشرين مقعدا', '20 seats', 'quantity'],
  ['في 2000 جندي', '2000 جندي', '2,000 troops', 'quantity'],
  ['عدد سكانها خمسة ملايين ونصف مليون نسمة', 'خمسة ملايين ونصف مليون نسمة', '5.5 million people', 'quantity'],
  ['بلغت قيمتها 405 ملايين و24 ألف دولار', '405 ملايين و24 ألف دولار', '$405,024,000', 'money'],
  ['بمساحة 59 كم2 تقريبا', '59 كم2', '59 km²', 'quantity'],
  ['زلزال قوته 7.7 درجات على مقياس ريختر', '7.7 درجات على مقياس ريختر', 'magnitude 7.7', 'quantity'],
  ['بلغت الحرارة 45 درجة مئوية', '45 درجة مئوية', '45°C', 'quantity'],
  ['بعد هجمات 11 سبتمبر أيلول 2001', '11 سبتمبر أيلول 2001', '11 September 2001', 'date'],
  ['قتل في 21 من رمضان سنة 40 للهجرة', '21 من رمضان سنة 40 للهجرة', '21 Ramadan 40 AH', 'date'],
];

describe('readNumbers', () => {
  it.each(READS)('reads "%s"', (text, written, en, kind) => {
    const found = readNumbers(text);
    expect(found.map((n) => ({ text: n.text, en: n.en, kind: n.kind }))).toEqual([{ text: written, en, kind }]);
    for (const n of found) expect(text.slice(n.start, n.end)).toBe(n.text);
  });

  it.each([
    ['a number that says nothing of what it counts', 'وجاء في الوثيقة (24) سؤالا تتعلق بالترخيص'],
    ['a time', 'تبدأ الجلسة الساعة 10:30 صباحا'],
    ['a numeric date', 'صدر القرار في 10/10/2008'],
    ['a model number', 'أسقطت طائرة F-16 وورقة بحجم A4'],
    ['a phone number', 'اتصل على +966 555 1234'],
    ['واحد in "unilaterally"', 'أعلنتا استقلالهما من جانب واحد'],
    ['a verb spelled like ألف', 'كما ألّف العديد من المقطوعات'],
    ['a verb spelled like تسع', 'حلقاته التي تسع الكثير'],
    ['a count of an unknown thing', 'تشمل مؤلفاته تسعة سيمفونيات'],
    ['a month name alone', 'سافر في أكتوبر إلى باريس ومارس الرياضة'],
    ['a bare four-digit number', 'يحمل القرار الرقم 1701 بأغلبية'],
    ['days of the month without the month', 'يزور واشنطن في 27 و28 من الشهر المقبل'],
    ['a range of bare numbers', 'نقل ما بين 100 و150 منذ ذلك الحين'],
    ['a short number before م (metres, not a year)', 'طوله 5 م فقط'],
    ['the tail of a number split by a spaced comma', 'منذ حوالي 55 ، 000 سنة'],
  ])('reads nothing in %s', (_why, text) => {
    expect(readNumbers(text)).toEqual([]);
  });

  it('reads سنة before a year as "in the year", not as what is counted', () => {
    expect(readNumbers('هبط الدخل من 16 بليونا سنة 1996').map((n) => [n.en, n.kind])).toEqual([
      ['16 billion', 'quantity'],
      ['1996', 'year'],
    ]);
  });

  it('reads several in order, each with offsets into the text', () => {
    const text = 'قتل 12 شخصا في 5 مارس 2009، وخسرت الشركة 3 ملايين دولار، أي 40 في المئة من أرباح عام 2008.';
    const found = readNumbers(text);
    expect(found.map((n) => n.en)).toEqual(['12 people', '5 March 2009', '$3 million', '40%', '2008']);
    expect(found.map((n) => n.start)).toEqual([...found.map((n) => n.start)].sort((a, b) => a - b));
    for (const n of found) expect(text.slice(n.start, n.end)).toBe(n.text);
  });

  it('keeps the clitic out of what it reads, and vowel marks in', () => {
    const [n] = readNumbers('تبرّع بخمسةِ ملايينِ دولارٍ');
    expect(n?.text).toBe('خمسةِ ملايينِ دولارٍ');
    expect(n?.en).toBe('$5 million');
  });
});
