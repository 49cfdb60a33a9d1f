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
  رجب: 'Rajab',
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
  جيورجيا: 'Giorgia',
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

/** Each name word's spelling, and the kind of name it says the whole name is; keyed normalized. */
const SPELLINGS = new Map<string, { latin: string; origin: NameOrigin }>();
for (const [table, origin] of [
  [ARABIC_SPELLINGS, 'arabic'],
  [FOREIGN_SPELLINGS, 'foreign'],
] as const) {
  for (const [ar, latin] of Object.entries(table)) SPELLINGS.set(normalizeKey(ar), { latin, origin });
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
const MARKS: Record<string, string> = { '\u064E': 'a', '\u0650': 'i', '\u064F': 'u' };
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

/** A sound of the word: a vowel or a consonant, and how it reads in Latin letters. */
interface Sound {
  latin: string;
  vowel: boolean;
  /** A long a (ا): the فاعل pattern reads i after the next consonant (باسل → Basil). */
  long?: boolean;
  /** A consonant the text closes (sukun, the first of a doubled one): no vowel follows it. */
  closed?: boolean;
}

/** The long letter a short vowel mark is read with, when it comes next (َا، ِي، ُو: one vowel). */
const LONG_OF: Record<string, string> = { '\u064E': 'ا', '\u0650': 'ي', '\u064F': 'و' };
const SUKUN = '\u0652';
/** Kurdish letters, read as they sound. */
const KURDISH: Record<string, Sound> = {
  ڕ: { latin: 'r', vowel: false },
  ڵ: { latin: 'l', vowel: false },
  ێ: { latin: 'e', vowel: true },
  ۆ: { latin: 'o', vowel: true },
  ە: { latin: 'a', vowel: true },
};
/** Letters Arabic has and European languages do not: a word with one takes Arabic rules. */
const ARABIC_ONLY = /[حعصضطظقذث]/;

const isMark = (c: string | undefined): boolean => c !== undefined && /[\u064B-\u0652]/.test(c);

function isVowelLetter(c: string | undefined): boolean {
  return c === 'ا' || c === 'و' || c === 'ي' || c === 'ى' || c === 'ة' || c === 'أ' || c === 'إ' || c === 'آ';
}

/**
 * The word's sounds, letter by letter: ا و ي ى ة as vowels or consonants by their place, vowel
 * marks as written.
 */
function sounds(word: string, origin: NameOrigin): Sound[] {
  const out: Sound[] = [];
  const letters = [...word];
  /** The index of the next letter after i (marks skipped), or -1. */
  const nextAt = (i: number): number => {
    for (let j = i + 1; j < letters.length; j++) if (!isMark(letters[j])) return j;
    return -1;
  };
  const last = (): Sound | undefined => out[out.length - 1];
  // Where the last vowel letter is: "no vowel letter after i" in one comparison, however long the word.
  let lastVowelLetter = -1;
  for (let j = 0; j < letters.length; j++) if (isVowelLetter(letters[j])) lastVowelLetter = j;
  for (let i = 0; i < letters.length; i++) {
    const c = letters[i] as string;
    if (isMark(c)) {
      const prev = last();
      if (c === SUKUN) {
        if (prev && !prev.vowel) prev.closed = true;
      } else if (c === SHADDA) {
        // A doubled consonant: the first closes a syllable, the second opens the next (محمّد).
        if (prev && !prev.vowel) {
          out.push({ ...prev, closed: false });
          prev.closed = true;
        }
      } else if (c in MARKS) {
        const v = MARKS[c] as string;
        const n = nextAt(i);
        if (n >= 0 && letters[n] === LONG_OF[c] && !isVowelLetter(letters[nextAt(n)])) {
          // A short vowel before its own long letter is that long vowel, read once (بُوتين، كِيم).
          out.push({ latin: v, vowel: true, long: v === 'a' });
          i = n;
        } else if (prev?.vowel && out.length === 1)
          prev.latin = v; // on a word's first أ or إ: أُسامة → Usama
        else out.push({ latin: v, vowel: true });
      }
      continue; // tanwin: names do not say it
    }
    const n = nextAt(i);
    const next = n >= 0 ? letters[n] : undefined;
    const atEnd = n < 0;
    const start = out.length === 0;
    const after = n >= 0 ? letters[nextAt(n)] : undefined;
    switch (c) {
      case 'ا':
      case 'أ':
      case 'إ':
      case 'ٱ':
        // أو and إي before a consonant open a word with u and i (أوباما، إيطاليا).
        if (start && next === 'و' && c !== 'إ' && after !== undefined && !isVowelLetter(after)) {
          out.push({ latin: 'u', vowel: true });
          i = n;
        } else if (start && next === 'ي' && after !== undefined && !isVowelLetter(after)) {
          out.push({ latin: 'i', vowel: true });
          i = n;
        } else out.push({ latin: c === 'إ' ? 'i' : 'a', vowel: true, long: !start && c !== 'إ' });
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
          if (next === 'ا') i = n;
        } else out.push({ latin: "'", vowel: false });
        break;
      case 'و':
      case 'ي': {
        const glide = c === 'و' ? 'w' : 'y';
        const prev = last();
        // و ending a word after i or u is o (روبيو → Rubio); after ي in a foreign name, u (فابيوس).
        if (
          c === 'و' &&
          prev?.vowel &&
          prev.latin !== 'a' &&
          (atEnd || (origin === 'foreign' && prev.latin === 'i' && !isVowelLetter(next)))
        ) {
          out.push({ latin: atEnd ? 'o' : 'u', vowel: true });
          break;
        }
        if (start || prev?.vowel) {
          // After a vowel and before a consonant a glide closes the syllable, as a vowel does (بايدن، عون).
          out.push({ latin: glide, vowel: !start && !atEnd && !isVowelLetter(next) });
          break;
        }
        if (!atEnd && (next === 'ا' || next === 'ى' || next === 'ة')) {
          // …ية: i, then the glide into a (هنية → Haniya); …وا, …يا: the glide (نواف، يحيى).
          out.push(c === 'ي' && next === 'ة' ? { latin: 'iy', vowel: true } : { latin: glide, vowel: false });
          break;
        }
        // An Arabic name's ي after its first consonant, before a closed syllable, is ai (سيف، فيصل، هيثم).
        if (c === 'ي' && origin === 'arabic' && out.length === 1 && !atEnd && lastVowelLetter <= i) {
          out.push({ latin: 'ai', vowel: true });
          break;
        }
        // و at a word's end after a consonant is a foreign o (ماركو، موسكو): Arabic names that end so
        // (أبو، عمرو) are spelled above.
        out.push({ latin: c === 'و' ? (atEnd ? 'o' : 'u') : 'i', vowel: true });
        break;
      }
      default: {
        const kurdish = KURDISH[c];
        if (kurdish) out.push({ ...kurdish });
        // Arabic news writes a foreign g as غ (غرينيل → Grenell, بينغ → Bing), and ch as تش (تشوي → Choi).
        else if (origin === 'foreign' && c === 'غ') out.push({ latin: 'g', vowel: false });
        else if (origin === 'foreign' && c === 'ت' && next === 'ش') {
          out.push({ latin: 'ch', vowel: false });
          i = n;
        } else {
          const latin = CONSONANTS[c];
          if (latin !== undefined) out.push({ latin, vowel: false }); // other signs are not said
        }
      }
    }
  }
  return out;
}

/**
 * The short vowels a run of consonants hides, guessed where the text does not write them: no
 * cluster at an Arabic word's start (نواف → Nawaf); three consonants take a vowel before the third
 * (مستشار → Mastashar); a foreign name keeps what English can say (Blasnik, Zilinski) and opens
 * the rest (Netanyaho); an Arabic word's long a and two final consonants are the فاعل pattern
 * (باسل → Basil, الكواكبي → al-Kawakibi); a foreign one's last two take e if English cannot end on
 * them (Starmer).
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
    if (last && !last.vowel && !last.closed) {
      if (run === 1 && out.length === 1) {
        // A cluster at the word's start.
        if (!(origin === 'foreign' && ONSETS.has(`${last.latin}${s.latin}`))) {
          out.push(vowel(origin === 'foreign' ? 'e' : 'a'));
          run = 0;
        }
      } else if (run >= 2) {
        const first = out[out.length - 2] as Sound;
        if (origin === 'arabic') {
          out.push(vowel('a'));
          run = 0;
        } else if (!ONSETS.has(`${last.latin}${s.latin}`) && !CODAS.has(`${first.latin}${last.latin}`) && !first.closed) {
          out.splice(out.length - 1, 0, vowel('a'));
          run = 1;
        }
      }
    }
    out.push(s);
    run++;
  }
  const n = out.length;
  // The two last consonants, or the two before a final a or i (ة، ي).
  const end = n >= 1 && out[n - 1]?.vowel && /^[ai]$/.test((out[n - 1] as Sound).latin) ? n - 1 : n;
  const [before, c1, c2] = [out[end - 3], out[end - 2], out[end - 1]];
  if (before && c1 && c2 && !c1.vowel && !c2.vowel && !c1.closed) {
    if (origin === 'arabic' && before.long) out.splice(end - 1, 0, vowel('i'));
    else if (origin === 'foreign' && end === n && !CODAS.has(`${c1.latin}${c2.latin}`)) out.splice(end - 1, 0, vowel('e'));
  }
  return out;
}

function capitalized(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** One run of Arabic letters (a word, or the Arabic part of one). */
function renderWord(raw: string, nameIs: NameOrigin): string {
  const key = normalizeKey(raw);
  const known = SPELLINGS.get(key)?.latin;
  if (known) return known;
  const bare = raw.replace(/[\u064B-\u0652]/g, '');
  // X الله written as one word (نصرالله، جارالله).
  if (bare.length > 5 && bare.endsWith('الله')) return `${renderWord(bare.slice(0, -4), nameIs)}allah`;
  let word = raw.replace(/ی/g, 'ي').replace(/ک/g, 'ك');
  let article = '';
  // The article is written with a bare alif (إلهام and ألكسي do not start with one): al-, kept
  // unassimilated (al-Sharq, not ash-Sharq), the spelling readers meet most.
  if (bare.length > 3 && /^[اٱ]ل/.test(bare)) {
    const rest = SPELLINGS.get(key.slice(2))?.latin;
    if (rest) return `al-${rest}`;
    article = 'al-';
    word = word.replace(/^[اٱ][\u064B-\u0652]*ل[\u064B-\u0652]*/, '');
  }
  // A foreign name's Arabic family name reads as Arabic (جورج قرداحي → George Qardahi).
  const origin = nameIs === 'foreign' && (article || ARABIC_ONLY.test(bare)) ? 'arabic' : nameIs;
  let latin = withShortVowels(sounds(word, origin), origin)
    .map((s) => s.latin)
    .join('')
    // ع said at a word's edge, or before a vowel, gives a reader nothing (Masud, Raisi).
    .replace(/^'+|'+$/g, '')
    .replace(/'+(?=[aeiou])/g, '');
  // Russian and French endings as English writes them (Lavrov, Medvedev, Macron).
  if (origin === 'foreign') latin = latin.replace(/uf$/, 'ov').replace(/if$/, 'ev').replace(/un$/, 'on');
  return latin ? `${article}${capitalized(latin)}` : '';
}

/**
 * Whether a name is foreign or Arabic-script, when the caller cannot say (the recognizer can: it
 * knows the given name it started from). From the name words above, else from its letters.
 */
export function nameOrigin(name: string): NameOrigin {
  const words = normalizeKey(name).split(' ');
  for (const w of words) {
    const origin = SPELLINGS.get(w)?.origin;
    if (origin) return origin;
  }
  // Letters Arabic does not have, or a European or Chinese ending on a word with no letter only
  // Arabic has (لطيف and معروف end as Russian names do), say foreign.
  if (/[پچژگڤ]/.test(name)) return 'foreign';
  return words.some((w) => w.length >= 4 && !ARABIC_ONLY.test(w) && /(سكي|فيتش|يتش|وف|يف|نغ|تس|تز)$/.test(w)) ? 'foreign' : 'arabic';
}

/** The word after عبد (الفتاح، الرحمن), read as Arabic: Abdel Fattah, Abdel Rahman; الله and الإله apart. */
function servantOf(tail: string): string {
  const key = normalizeKey(tail);
  if (key === 'الله') return 'Abdullah';
  if (key === 'الاله') return 'Abdul-Ilah';
  const rest = renderWord(key.startsWith('ال') ? tail : `ال${tail}`, 'arabic').replace(/^al-/, '');
  return rest ? `Abdel ${rest}` : 'Abd';
}

/** Regnal numbers (محمد السادس → Muhammad VI), normalized; with عشر after them, ten more. */
const ORDINALS = new Map<string, number>(
  (
    [
      ['الأول', 1],
      ['الحادي', 1],
      ['الثاني', 2],
      ['الثالث', 3],
      ['الرابع', 4],
      ['الخامس', 5],
      ['السادس', 6],
      ['السابع', 7],
      ['الثامن', 8],
      ['التاسع', 9],
      ['العاشر', 10],
    ] as const
  ).map(([ar, n]) => [normalizeKey(ar), n]),
);
const ROMAN = ' I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX'.split(' ');
/** الحادي is an ordinal only with عشر after it (الحادي عشر, XI). */
const ELEVENTH = normalizeKey('الحادي');

/**
 * A readable Latin rendering of an Arabic name. Non-Arabic words pass through. `origin`: what the
 * caller knows of the name (a foreign given name), else guessed.
 */
export function transliterate(name: string, origin: NameOrigin = nameOrigin(name)): string {
  const words = name.replace(NOT_READ, '').split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const key = normalizeKey(w);
    // عبد + a name, as two words or one (عبد الفتاح، عبدالرحمن); عبدالله is spelled above.
    if (key === 'عبد' && words[i + 1]) {
      out.push(servantOf(words[++i] as string));
      continue;
    }
    if (key.startsWith('عبدال') && key.length > 5 && !SPELLINGS.has(key)) {
      out.push(servantOf(w.replace(/[\u064B-\u0652]/g, '').slice(3)));
      continue;
    }
    // A regnal number after a name: محمد السادس → Muhammad VI, ألفونسو الثالث عشر → Alfonso XIII.
    const ordinal = i > 0 ? ORDINALS.get(key) : undefined;
    if (ordinal !== undefined) {
      const teen = ordinal < 10 && normalizeKey(words[i + 1] ?? '') === 'عشر';
      if (teen) i++;
      if (teen || key !== ELEVENTH) {
        out.push(ROMAN[teen ? ordinal + 10 : ordinal] as string);
        continue;
      }
    }
    // X الله is one name (نصر الله → Nasrallah, فضل الله → Fadlallah).
    if (normalizeKey(words[i + 1] ?? '') === 'الله' && key !== 'عبد') {
      out.push(`${renderWord(w, origin)}allah`);
      i++;
      continue;
    }
    // Arabic letters are read; anything else in the word (digits, Latin, a hyphen) passes through.
    const rendered = w
      .split(/([\u0621-\u064A\u064B-\u0652\u0671-\u06D5]+)/)
      .map((part, j) => (j % 2 === 1 ? renderWord(part, origin) : part))
      .join('');
    if (rendered) out.push(rendered);
  }
  return out.join(' ');
}
