import { describe, expect, it } from 'vitest';
import { nameOrigin, transliterate } from '../../../lib/arabic/transliterate';

describe('transliterate reads like a name, not a skeleton', () => {
  it.each([
    // Words news writes every day keep their usual spelling.
    ['محمد', 'Muhammad'],
    ['عبد الله', 'Abdullah'],
    ['حسن نصر الله', 'Hassan Nasrallah'],
    ['سيرغي لافروف', 'Sergei Lafrov'],
    ['محمد بن سلمان', 'Muhammad bin Salman'],
    // An Arabic name starts no word with two consonants: the hidden a is said.
    ['نواف سلام', 'Nawaf Salam'],
    ['عبد المجيد تبون', 'Abdel Majid Tabun'],
    ['إسماعيل هنية', 'Ismail Haniya'],
    ['يحيى السنوار', 'Yahya al-Sanwar'],
    // ع at a word's start carries a vowel; elsewhere at the end it is not written.
    ['جوزيف عون', 'Joseph Awn'],
    ['خالد بن حمد العطية', 'Khalid bin Hamad al-Atiya'],
    // عبد + a name.
    ['عبد الفتاح السيسي', 'Abdel Fatah al-Sisi'],
    ['عبدالرحمن الكواكبي', 'Abdel Rahman al-Kawakibi'],
    // The فاعل pattern after a long a; ai in the فيعل pattern.
    ['باسل', 'Basil'],
    ['هيثم الغيص', 'Haitham al-Ghais'],
    // A foreign name keeps the clusters English has, opens the others, and says غ as g.
    ['أورسولا بلاسنيك', 'Ursula Blasnik'],
    ['بنيامين نتنياهو', 'Benjamin Netanyaho'],
    ['كير ستارمر', 'Keir Starmer'],
    ['شي جين بينغ', 'Shi Jin Bing'],
    ['أنطونيو غوتيريش', 'Antonio Gutirish'],
    ['ماركو روبيو', 'Marco Rubio'],
    ['أورسولا فون دير لاين', 'Ursula von der Layn'],
    // Regnal numbers.
    ['محمد السادس', 'Muhammad VI'],
    ['جورج الخامس', 'George V'],
    ['ألفونسو الثالث عشر', 'Alfunso XIII'],
    // The article is written with a bare alif: إلهام and ألكسي do not start with it.
    ['إلهام', 'Ilham'],
    ['عبد الإله', 'Abdul-Ilah'],
    ['نصرالله', 'Nasrallah'],
    // Arabic letters in a foreign name's family name: Arabic rules (George Qardahi, not Qerdahi).
    ['جورج قرداحي', 'George Qardahi'],
    ['لطيف', 'Latif'],
    // أو and إي before a consonant open a word with u and i; a glide after a vowel closes its syllable.
    ['أوباما', 'Ubama'],
    ['جو بايدن', 'Joe Bayden'],
    // Russian and French endings as English writes them.
    ['ديمتري بيسكوف', 'Dmitry Biskov'],
    // Digits, Latin and Kurdish letters in a word.
    ['ترامب2', 'Taramib2'],
    ['ڕێبوار', 'Rebwar'],
    // Vowel marks, where the text has them, are read as written: a short vowel before its own long letter once.
    ['عَامِر', 'Amir'],
    ['كِيم', 'Kim'],
    ['مُستشار', 'Mustashar'],
    ['مُحَمَّد', 'Muhammad'],
    ['سَلْمَى', 'Salma'],
    ['كَرَم', 'Karam'],
    ['الشرق', 'al-Sharq'],
  ])('%s → %s', (ar, latin) => {
    expect(transliterate(ar)).toBe(latin);
  });

  it('reads a name as the caller says it is, where it knows (the recognizer knows its given name)', () => {
    expect(transliterate('غريتا ستارمر', 'foreign')).toBe('Grita Starmer');
    expect(transliterate('غريتا ستارمر', 'arabic')).toMatch(/^Gharita Sa/);
  });

  it('tells a foreign name from an Arabic one by its given name, or its letters', () => {
    expect(nameOrigin('دونالد ترامب')).toBe('foreign');
    expect(nameOrigin('نواف سلام')).toBe('arabic');
    expect(nameOrigin('ديمتري بيسكوف')).toBe('foreign');
    // سيف is also a common word ("sword"): no evidence; القذافي has no foreign ending.
    expect(nameOrigin('سيف الإسلام القذافي')).toBe('arabic');
  });

  it('has a vowel in every word, and no Arabic word starts with two consonants', () => {
    const names = ['بنيامين نتنياهو', 'رجب طيب أردوغان', 'نيكولا ساركوزي', 'شي جين بينغ', 'نتشيرفان البارزاني', 'فهد', 'عمرو', 'ترامب'];
    for (const name of names) {
      for (const w of transliterate(name).split(' ')) expect(w).toMatch(/[aeiou]/i);
    }
    for (const name of ['نواف سلام', 'حمد', 'سعد', 'نتشيرفان البارزاني', 'مستشار']) {
      for (const w of transliterate(name).split(' ')) expect(w.replace(/^al-/, '')).not.toMatch(/^[^aeiou][^aeiouh]/i);
    }
  });

  it('reads a word of any length in one pass (a hostile glossary import cannot stall it)', () => {
    const long = 'سيف'.repeat(30_000);
    expect(transliterate(long).length).toBeGreaterThan(60_000);
  });

  it('passes Latin through and never returns stray apostrophes', () => {
    expect(transliterate('BBC عربي')).toMatch(/^BBC [A-Z][a-z]+$/);
    expect(transliterate('الشرع')).not.toMatch(/'$/);
    expect(transliterate('')).toBe('');
    // A word of nothing a reader can say leaves no empty word behind.
    expect(transliterate('محمد ء علي')).toBe('Muhammad Ali');
  });
});
