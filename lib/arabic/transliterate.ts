/**
 * A readable Latin rendering of Arabic names, for people who cannot read the script: Nawaf Salam,
 * Ursula Blasnik, Benjamin Netanyaho — never a consonant skeleton (Nwaf Slam, syrGy lfrwf). It is
 * a guide to sound, not a scholarly transliteration; glossary entries carry their English names.
 *
 * Arabic writes long vowels only. We read ا و ي as vowels between consonants and as consonants at
 * a syllable's start, and guess the short vowels a consonant cluster hides from the name's kind:
 * - the words news writes every day (محمد، عبد، بن، جون، فلاديمير) have their usual spelling;
 * - an Arabic name takes no cluster at a word's start (نواف → Nawaf) and reads CāCC as the
 *   فاعل pattern (خالد → Khalid, عادل → Adil);
 * - a foreign name keeps the clusters English has (Blasnik, Stefan) and opens the others (Netan…).
 * Vowel marks, where the text has them, are read as written.
 */
import { normalizeKey } from './normalize';

/** Usual English spellings of Arabic name words (our own list), keyed as written; looked up normalized. */
const ARABIC_SPELLINGS: Record<string, string> = {
  // Name particles.
  عبد: 'Abd',
  بن: 'bin',
  بنت: 'bint',
  ابن: 'ibn',
  أبو: 'Abu',
  أبي: 'Abi',
  أبا: 'Aba',
  أم: 'Umm',
  آل: 'Al',
  ولد: 'Ould',
  الله: 'Allah',
  الدين: 'al-Din',
  // Arabic given names.
  محمد: 'Muhammad',
  أحمد: 'Ahmad',
  محمود: 'Mahmoud',
  مصطفى: 'Mustafa',
  عبدالله: 'Abdullah',
  علي: 'Ali',
  حسن: 'Hassan',
  حسين: 'Hussein',
  عمر: 'Omar',
  عمرو: 'Amr',
  عثمان: 'Othman',
  خالد: 'Khalid',
  يوسف: 'Youssef',
  إبراهيم: 'Ibrahim',
  إسماعيل: 'Ismail',
  إسحاق: 'Ishaq',
  سعيد: 'Said',
  سعد: 'Saad',
  عباس: 'Abbas',
  عمار: 'Ammar',
  عيسى: 'Issa',
  موسى: 'Musa',
  يحيى: 'Yahya',
  يونس: 'Younis',
  يعقوب: 'Yaqub',
  سليمان: 'Suleiman',
  زكريا: 'Zakaria',
  فيصل: 'Faisal',
  فهد: 'Fahd',
  حمد: 'Hamad',
  حمزة: 'Hamza',
  جعفر: 'Jaafar',
  صلاح: 'Salah',
  جمال: 'Jamal',
  كمال: 'Kamal',
  نبيل: 'Nabil',
  وليد: 'Walid',
  هشام: 'Hisham',
  أسامة: 'Osama',
  أيمن: 'Ayman',
  أنور: 'Anwar',
  بشار: 'Bashar',
  بسام: 'Bassam',
  غسان: 'Ghassan',
  مروان: 'Marwan',
  نواف: 'Nawaf',
  نزار: 'Nizar',
  نصر: 'Nasr',
  ناصر: 'Nasser',
  منصور: 'Mansour',
  سلمان: 'Salman',
  سلطان: 'Sultan',
  طلال: 'Talal',
  زياد: 'Ziad',
  زيد: 'Zaid',
  رياض: 'Riyad',
  ياسر: 'Yasser',
  تامر: 'Tamer',
  طارق: 'Tariq',
  وائل: 'Wael',
  هاني: 'Hani',
  سامي: 'Sami',
  رامي: 'Rami',
  فادي: 'Fadi',
  شادي: 'Shadi',
  مهدي: 'Mahdi',
  هادي: 'Hadi',
  قاسم: 'Qasim',
  هيثم: 'Haitham',
  حازم: 'Hazem',
  عادل: 'Adel',
  نادر: 'Nader',
  ماجد: 'Majid',
  راشد: 'Rashid',
  حامد: 'Hamid',
  صالح: 'Salih',
  سالم: 'Salem',
  كريم: 'Karim',
  عماد: 'Imad',
  إياد: 'Iyad',
  رائد: 'Raed',
  فؤاد: 'Fouad',
  جواد: 'Jawad',
  مؤمن: "Mu'min",
  نور: 'Nour',
  رشيد: 'Rashid',
  توفيق: 'Tawfiq',
  شريف: 'Sharif',
  عبير: 'Abeer',
  أسد: 'Assad',
  ملك: 'Malik',
  // Arabic women's names.
  فاطمة: 'Fatima',
  عائشة: 'Aisha',
  خديجة: 'Khadija',
  زينب: 'Zainab',
  مريم: 'Maryam',
  سارة: 'Sara',
  ليلى: 'Layla',
  هدى: 'Huda',
  هند: 'Hind',
  أمل: 'Amal',
  رانيا: 'Rania',
  نادية: 'Nadia',
  سلمى: 'Salma',
  منى: 'Mona',
  نورة: 'Noura',
  حنان: 'Hanan',
  أسماء: 'Asma',
  إيمان: 'Iman',
  ياسمين: 'Yasmin',
  غادة: 'Ghada',
  ريم: 'Reem',
};

/** Foreign given names as Arabic news writes them, and European particles: a name with one is foreign. */
const FOREIGN_SPELLINGS: Record<string, string> = {
  كير: 'Keir',
  ماركو: 'Marco',
  ريشي: 'Rishi',
  إيلون: 'Elon',
  جاستن: 'Justin',
  ميشيل: 'Michel',
  كريستين: 'Christine',
  نانسي: 'Nancy',
  جون: 'John',
  جورج: 'George',
  دونالد: 'Donald',
  جوزيف: 'Joseph',
  باراك: 'Barack',
  بيل: 'Bill',
  مايك: 'Mike',
  مايكل: 'Michael',
  جو: 'Joe',
  جيمس: 'James',
  روبرت: 'Robert',
  ديفيد: 'David',
  دافيد: 'David',
  ريتشارد: 'Richard',
  توماس: 'Thomas',
  تشارلز: 'Charles',
  بول: 'Paul',
  بيتر: 'Peter',
  مارك: 'Mark',
  ستيفن: 'Stephen',
  أنتوني: 'Anthony',
  أنطونيو: 'Antonio',
  إيمانويل: 'Emmanuel',
  فرانسوا: 'François',
  نيكولا: 'Nicolas',
  جان: 'Jean',
  بيير: 'Pierre',
  فلاديمير: 'Vladimir',
  سيرغي: 'Sergei',
  سيرجي: 'Sergei',
  ديمتري: 'Dmitry',
  ألكسندر: 'Alexander',
  أولاف: 'Olaf',
  أنغيلا: 'Angela',
  أنجيلا: 'Angela',
  ماري: 'Marie',
  ماريا: 'Maria',
  هيلاري: 'Hillary',
  كامالا: 'Kamala',
  أورسولا: 'Ursula',
  بوريس: 'Boris',
  تيريزا: 'Theresa',
  خوسيه: 'José',
  كارلوس: 'Carlos',
  لويس: 'Luis',
  خوان: 'Juan',
  بيدرو: 'Pedro',
  فرانسيس: 'Francis',
  بنيامين: 'Benjamin',
  إيهود: 'Ehud',
  أرييل: 'Ariel',
  شيمون: 'Shimon',
  // Particles of European family names.
  فون: 'von',
  فان: 'van',
  دير: 'der',
  دي: 'de',
  دو: 'du',
  دا: 'da',
};

const SPELLINGS = new Map<string, string>();
const FOREIGN_WORDS = new Set<string>();
const ARABIC_WORDS = new Set<string>();
for (const [table, words] of [
  [ARABIC_SPELLINGS, ARABIC_WORDS],
  [FOREIGN_SPELLINGS, FOREIGN_WORDS],
] as const) {
  for (const [ar, latin] of Object.entries(table)) {
    const key = normalizeKey(ar);
    SPELLINGS.set(key, latin);
    words.add(key);
  }
}

/** Whether a name is foreign (a European or American one) or of the Arabic-script world. */
export type NameOrigin = 'foreign' | 'arabic';

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
  ئ: "'",
  ؤ: "'",
  پ: 'p',
  چ: 'ch',
  ژ: 'zh',
  گ: 'g',
  ڤ: 'v',
  ڨ: 'g',
};

/** Vowel marks, read where the text writes them. */
const MARKS: Record<string, string> = { '\u064E': 'a', '\u0650': 'i', '\u064F': 'u', '\u0652': '' };
const SHADDA = '\u0651';
/** Tatweel, joiners, and marks that say nothing of a name's sound (tanwin is kept, then skipped). */
const NOT_READ = /[\u0653-\u065F\u0670\u0640\u200C-\u200F]/g;

/** Two consonants English starts a word with (Blasnik, Stefan, Fritz); others need a vowel between. */
const ONSETS = new Set([
  'bl',
  'br',
  'kl',
  'kr',
  'dr',
  'fl',
  'fr',
  'gl',
  'gr',
  'pl',
  'pr',
  'tr',
  'sk',
  'sl',
  'sm',
  'sn',
  'sp',
  'st',
  'sw',
  'tw',
  'kw',
  'shl',
  'shm',
  'shn',
  'shr',
  'shw',
  'thr',
  'ts',
  'zv',
]);

/** Two consonants that end a syllable in foreign names (Zilinski, Blasnik): no vowel needed after. */
const CODAS = new Set([
  'ts',
  'nd',
  'nt',
  'ns',
  'nk',
  'ng',
  'rd',
  'rt',
  'rs',
  'rk',
  'rl',
  'rm',
  'rn',
  'rg',
  'ld',
  'lt',
  'lk',
  'lm',
  'lf',
  'st',
  'sk',
  'ks',
  'ft',
  'kt',
  'mb',
  'mp',
]);

/** A letter read as a vowel or a consonant, with how it sounds; `long`: a long a (ا), for the فاعل pattern. */
interface Sound {
  latin: string;
  vowel: boolean;
  long?: boolean;
}

const isMark = (c: string | undefined): boolean => c !== undefined && /[\u064B-\u0652]/.test(c);

/**
 * The word's sounds, letter by letter: ا و ي ى ة as vowels or consonants by their place, a vowel
 * mark after its letter as written.
 */
function sounds(word: string, origin: NameOrigin): Sound[] {
  const out: Sound[] = [];
  const letters = [...word];
  const letterAfter = (i: number, n = 1): string | undefined => {
    for (let j = i + 1; j < letters.length; j++) if (!isMark(letters[j]) && --n === 0) return letters[j];
    return undefined;
  };
  const afterVowel = () => out.length > 0 && (out[out.length - 1] as Sound).vowel;
  for (let i = 0; i < letters.length; i++) {
    const c = letters[i] as string;
    if (c in MARKS) {
      const v = MARKS[c] as string;
      if (v) out.push({ latin: v, vowel: true });
      continue;
    }
    if (c === SHADDA) {
      const last = out[out.length - 1];
      if (last && !last.vowel) out.push({ ...last });
      continue;
    }
    if (isMark(c)) continue; // tanwin: names do not say it
    const next = letterAfter(i);
    const atEnd = next === undefined;
    const start = out.length === 0;
    switch (c) {
      case 'ا':
      case 'أ':
      case 'ٱ':
        // At the start, أو and أي open a foreign name with u and i (Ursula, Irene).
        if (start && origin === 'foreign' && (next === 'و' || next === 'ي')) {
          out.push({ latin: next === 'و' ? 'u' : 'i', vowel: true });
          i++;
        } else out.push({ latin: 'a', vowel: true, long: !start });
        break;
      case 'إ':
        out.push({ latin: 'i', vowel: true });
        break;
      case 'آ':
      case 'ى':
      case 'ة':
        out.push({ latin: 'a', vowel: true });
        break;
      case 'ع':
        // At the start ع carries a vowel, most often a (عبد → Abd, عون → Awn, عادل → Adil).
        if (start) {
          out.push({ latin: 'a', vowel: true, long: next === 'ا' });
          if (next === 'ا') i++;
        } else out.push({ latin: "'", vowel: false });
        break;
      case 'و':
      case 'ي': {
        const glide = c === 'و' ? 'w' : 'y';
        // و ending a word after i or u is o (روبيو → Rubio).
        if (c === 'و' && atEnd && afterVowel() && (out[out.length - 1] as Sound).latin !== 'a') {
          out.push({ latin: 'o', vowel: true });
          break;
        }
        // و after ي in a foreign name is a vowel of its own (فابيوس → Fabius).
        if (c === 'و' && origin === 'foreign' && out[out.length - 1]?.latin === 'i' && !isVowelLetter(next)) {
          out.push({ latin: 'u', vowel: true });
          break;
        }
        // A glide at a syllable's start: first in the word, after a vowel, or before one.
        if (start || afterVowel()) {
          out.push({ latin: glide, vowel: false });
          break;
        }
        if (!atEnd && (next === 'ا' || next === 'ى' || next === 'ة')) {
          // …ية: i, then the glide into a (هنية → Haniya); …وا, …يا: the glide (نواف، يحيى).
          out.push(c === 'ي' && next === 'ة' ? { latin: 'iy', vowel: true } : { latin: glide, vowel: false });
          break;
        }
        // An Arabic name's ي after its first consonant, before a closed syllable, is ai (سيف، فيصل، هيثم).
        const rest = letters.slice(i + 1).filter((x) => !isMark(x));
        if (c === 'ي' && origin === 'arabic' && out.length === 1 && rest.length > 0 && !rest.some(isVowelLetter)) {
          out.push({ latin: 'ai', vowel: true });
          break;
        }
        // و at a word's end after a consonant is a foreign o (ماركو، موسكو): Arabic names that end so
        // (أبو، عمرو) are spelled above.
        out.push({ latin: c === 'و' ? (atEnd ? 'o' : 'u') : 'i', vowel: true });
        break;
      }
      default:
        // Arabic news writes a foreign g as غ (غرينيل → Grenell, بينغ → Bing), and ch as تش (تشوي → Choi).
        if (origin === 'foreign' && c === 'غ') out.push({ latin: 'g', vowel: false });
        else if (origin === 'foreign' && c === 'ت' && next === 'ش') {
          out.push({ latin: 'ch', vowel: false });
          i++;
        } else out.push({ latin: CONSONANTS[c] ?? c, vowel: false });
    }
  }
  return out;
}

function isVowelLetter(c: string | undefined): boolean {
  return c === 'ا' || c === 'و' || c === 'ي' || c === 'ى' || c === 'ة' || c === 'أ' || c === 'إ' || c === 'آ';
}

/**
 * The short vowels a run of consonants hides, guessed: no cluster at an Arabic word's start
 * (نواف → Nawaf); three consonants take a vowel before the third (مستشار → Mastashar); a
 * foreign name keeps what English can say (Blasnik, Zilinski) and opens the rest (Netanyaho);
 * an Arabic word ending in ا and two consonants is the فاعل pattern (باسل → Basil).
 */
function withShortVowels(sequence: readonly Sound[], origin: NameOrigin): Sound[] {
  const out: Sound[] = [];
  const vowel = (latin: string): Sound => ({ latin, vowel: true });
  let run = 0; // consonants at the end of `out`
  for (const s of sequence) {
    if (s.vowel) {
      out.push(s);
      run = 0;
      continue;
    }
    const last = out[out.length - 1];
    if (run === 1 && out.length === 1) {
      // A cluster at the word's start.
      if (!(origin === 'foreign' && ONSETS.has(`${(last as Sound).latin}${s.latin}`))) {
        out.push(vowel(origin === 'foreign' ? 'e' : 'a'));
        run = 0;
      }
    } else if (run >= 2) {
      const first = out[out.length - 2] as Sound;
      if (origin === 'arabic') {
        out.push(vowel('a'));
        run = 0;
      } else if (!ONSETS.has(`${(last as Sound).latin}${s.latin}`) && !CODAS.has(`${first.latin}${(last as Sound).latin}`)) {
        out.splice(out.length - 1, 0, vowel('a'));
        run = 1;
      }
    }
    out.push(s);
    run++;
  }
  // Arabic: a long a and two consonants are the فاعل pattern, a vowel i between them (باسل →
  // Basil, الكواكبي → al-Kawakibi). Foreign: two consonants English cannot end on take e (Starmer).
  for (let i = out.length - 2; i >= 1; i--) {
    const [before, c1, c2] = [out[i - 1] as Sound, out[i] as Sound, out[i + 1] as Sound];
    if (c1.vowel || c2.vowel) continue;
    if (origin === 'arabic' && before.long && out[i + 2]?.vowel !== false) out.splice(i + 1, 0, vowel('i'));
    else if (origin === 'foreign' && i === out.length - 2 && !/^[wy]$/.test(c1.latin) && !CODAS.has(`${c1.latin}${c2.latin}`))
      out.splice(i + 1, 0, vowel('e'));
  }
  return out;
}

function capitalized(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** One word of a name. */
function renderWord(raw: string, origin: NameOrigin): string {
  const key = normalizeKey(raw);
  const known = SPELLINGS.get(key);
  if (known) return known;
  let word = raw.replace(/ی/g, 'ي').replace(/ک/g, 'ك');
  let article = '';
  // The article: al-, kept unassimilated (al-Sharq, not ash-Sharq): the spelling readers meet most.
  if (key.length > 3 && key.startsWith('ال')) {
    const rest = SPELLINGS.get(key.slice(2));
    if (rest) return `al-${rest}`;
    article = 'al-';
    word = word.replace(/^[اأإآٱ][\u064B-\u0652]*ل[\u064B-\u0652]*/, '');
  }
  const marked = /[\u064E-\u0650]/.test(word);
  const sequence = sounds(word, origin);
  const latin = (marked ? sequence : withShortVowels(sequence, origin))
    .map((s) => s.latin)
    .join('')
    // ع said at a word's end or before another consonant's ' gives a reader nothing.
    .replace(/'+$/, '')
    .replace(/^'+/, '');
  return `${article}${capitalized(latin)}`;
}

/**
 * Whether a name is foreign or Arabic-script, when the caller cannot say (the recognizer can: it
 * knows the given name it started from). From the name words above, else from its letters.
 */
export function nameOrigin(name: string): NameOrigin {
  const words = normalizeKey(name).split(' ');
  for (const w of words) {
    const foreign = FOREIGN_WORDS.has(w);
    if (foreign !== ARABIC_WORDS.has(w)) return foreign ? 'foreign' : 'arabic';
  }
  // Letters Arabic does not have, or a European or Chinese ending on a longer word, say foreign.
  if (/[پچژگڤ]/.test(name) || words.some((w) => w.length >= 4 && /(سكي|فيتش|يتش|وف|يف|نغ|ز)$/.test(w))) return 'foreign';
  return 'arabic';
}

/**
 * A readable Latin rendering of an Arabic name. Non-Arabic words pass through. `origin`: what the
 * caller knows of the name (a foreign given name), else guessed.
 */
export function transliterate(name: string, origin: NameOrigin = nameOrigin(name)): string {
  const words = name.replace(NOT_READ, '').split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (!/[\u0600-\u06FF]/.test(w)) {
      out.push(w);
      continue;
    }
    const key = normalizeKey(w);
    // عبد + a name (عبد الفتاح، عبدالرحمن): Abdel Fattah, Abdel Rahman; عبد الله is Abdullah.
    const glued = key.startsWith('عبد') && key.length > 5 && !SPELLINGS.has(key) ? key.slice(3) : null;
    if (key === 'عبد' || glued) {
      const tail = glued ?? normalizeKey(words[i + 1] ?? '');
      if (!glued) i++;
      if (tail === 'الله' || tail === 'الاله') {
        out.push('Abdullah');
        continue;
      }
      if (!tail) {
        out.push('Abd');
        continue;
      }
      const rest = renderWord(tail.startsWith('ال') ? tail : `ال${tail}`, origin).replace(/^al-/, '');
      out.push(`Abdel ${rest}`);
      continue;
    }
    // X الله is one name (نصر الله → Nasrallah, فضل الله → Fadlallah).
    if (normalizeKey(words[i + 1] ?? '') === 'الله') {
      out.push(`${renderWord(w, origin)}allah`);
      i++;
      continue;
    }
    out.push(renderWord(w, origin));
  }
  return out.join(' ');
}
