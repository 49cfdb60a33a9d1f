/**
 * A readable Latin rendering of Arabic names, for people who cannot read the script. Arabic
 * writes long vowels only, so we read ا و ي as vowels where they sit between consonants and as
 * consonants at the start of a syllable; the result reads like a name (Ursula Blasnik, Sirghi
 * Lafruf), not a consonant skeleton (syrGy lfrwf). It is a guide to sound, not a scholarly
 * transliteration; glossary entries carry their English names for that.
 */

const CONSONANTS: Record<string, string> = {
  ب: 'b',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  ع: "'",
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ک: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  ھ: 'h',
  ء: "'",
  پ: 'p',
  چ: 'ch',
  ژ: 'zh',
  گ: 'g',
  ڤ: 'v',
};
const SUN = new Set(['ت', 'ث', 'د', 'ذ', 'ر', 'ز', 'س', 'ش', 'ص', 'ض', 'ط', 'ظ', 'ل', 'ن']);

function clean(word: string): string {
  return word
    .replace(/[\u064B-\u065F\u0670\u0640\u200C-\u200F]/g, '')
    .replace(/[أإآٱ]/g, (c) => (c === 'إ' ? 'إ' : c === 'آ' ? 'آ' : 'أ'))
    .replace(/ی/g, 'ي')
    .replace(/ى/g, 'ى');
}

function isVowelLetter(c: string | undefined): boolean {
  return c === 'ا' || c === 'و' || c === 'ي' || c === 'ى' || c === 'أ' || c === 'إ' || c === 'آ' || c === 'ة';
}

/** Names so common that a fixed rendering beats any rule. */
const KNOWN: Record<string, string> = {
  محمد: 'Muhammad',
  أحمد: 'Ahmad',
  احمد: 'Ahmad',
  محمود: 'Mahmoud',
  مصطفى: 'Mustafa',
  عبد: 'Abd',
  الله: 'Allah',
  عبدالله: 'Abdullah',
  علي: 'Ali',
  حسن: 'Hassan',
  حسين: 'Hussein',
  عمر: 'Omar',
  عثمان: 'Othman',
  خالد: 'Khalid',
  يوسف: 'Youssef',
  إبراهيم: 'Ibrahim',
  ابراهيم: 'Ibrahim',
  سعيد: 'Said',
  بن: 'bin',
  أبو: 'Abu',
  ابو: 'Abu',
};

function word(w: string): string {
  const known = KNOWN[clean(w)];
  if (known) return known;
  let s = clean(w);
  let out = '';
  // The article: al-, assimilated before sun letters (ash-Sharq) is accurate but less familiar; we keep al-.
  if (s.length > 3 && s.startsWith('ال')) {
    out = 'al-';
    s = s.slice(2);
  }
  const chars = [...s];
  let prevVowel = true; // at a word start, و and ي are consonants
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string;
    const next = chars[i + 1];
    const last = i === chars.length - 1;
    if (c === 'أ' || c === 'ا') {
      if (i === 0) {
        if (next === 'و') {
          out += 'u';
          i++;
        } else if (next === 'ي') {
          out += 'i';
          i++;
        } else out += 'a';
      } else out += prevVowel && c === 'أ' ? "'a" : 'a';
      prevVowel = true;
    } else if (c === 'إ') {
      out += 'i';
      prevVowel = true;
    } else if (c === 'آ') {
      out += 'a';
      prevVowel = true;
    } else if (c === 'ى') {
      out += 'a';
      prevVowel = true;
    } else if (c === 'ة') {
      out += 'a';
      prevVowel = true;
    } else if (c === 'و') {
      if (last && i > 0) {
        out += 'o';
        prevVowel = true;
      } else if (prevVowel || (next !== undefined && isVowelLetter(next) && next !== 'ي' && i > 0 && next !== 'ا')) {
        out += 'w';
        prevVowel = false;
      } else if (next === 'ا' && i > 0) {
        out += 'wa';
        i++;
        prevVowel = true;
      } else {
        out += 'u';
        prevVowel = true;
      }
    } else if (c === 'ي' || c === 'ئ') {
      if (prevVowel && !last) {
        out += 'y';
        prevVowel = false;
      } else if (next === 'ا' && !last) {
        out += 'ya';
        i++;
        prevVowel = true;
      } else {
        out += 'i';
        prevVowel = true;
      }
    } else if (c === 'ؤ') {
      out += "'u";
      prevVowel = true;
    } else {
      const latin = CONSONANTS[c];
      if (latin === undefined) {
        out += c;
        prevVowel = false;
        continue;
      }
      // Two consonants at the very start cannot be said in English: add a short a (بلاسنيك → Balasnik is worse than Blasnik, so only for three).
      out += latin;
      prevVowel = false;
      // A word of consonants only (عبد، محمد) reads better with short vowels guessed: a after the first.
      if (i === 0 && next !== undefined && !isVowelLetter(next) && !chars.slice(1).some(isVowelLetter)) out += 'a';
    }
  }
  void SUN;
  out = out.replace(/^'/, '');
  const head = out.startsWith('al-') ? 'al-' : '';
  const body = out.slice(head.length);
  return head + body.charAt(0).toUpperCase() + body.slice(1);
}

/** A readable Latin rendering of an Arabic name. Non-Arabic words pass through. */
export function transliterate(name: string): string {
  return name
    .replace(/عبد ال/g, 'عبدال')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => (/[\u0600-\u06FF]/.test(w) ? word(w) : w))
    .join(' ')
    .replace(/\bAbdal-/g, 'Abdul ')
    .replace(/Abdul Lah\b/g, 'Abdullah');
}
