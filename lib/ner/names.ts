/**
 * Finding people no glossary knows, from their company: a given name we know (Arabic, Persian,
 * Turkish, Kurdish, and foreign names as Arabic media spell them), or a title right before the
 * name (الرئيس …، وزير الخارجية الروسي …). A name runs until a sound boundary: a function word, a
 * verb of speech or action, punctuation, a number, a nationality adjective, or a known name.
 * Data: assets/glossary/lexicon/given-names.json and triggers.json (written by us).
 */
import givenNamesData from '../../assets/glossary/lexicon/given-names.json';
import triggersData from '../../assets/glossary/lexicon/triggers.json';
import { procliticReadings } from '../arabic/clitics';
import { isDropped, normalizeKey } from '../arabic/normalize';
import { STOPWORDS } from '../arabic/stopwords';
import type { Token } from '../arabic/tokenize';
import { LINEAGE } from './cue-words';
import type { WrittenWords } from './written';

/**
 * Words that join the parts of a name: محمد بن راشد آل مكتوم، علي بن أبي طالب، عبد العزيز، محمد ولد
 * الغزواني، and the particles of European names (كاترين دي ميديشي، ليوناردو دا فينشي).
 */
const CONNECTORS = new Set([...LINEAGE, 'ال', 'عبد', 'فان', 'فون', 'ولد', 'دي', 'دا', 'دو', 'ديل', 'دل'].map(normalizeKey));

/** Second parts of compound given names. */
const COMPOUND_TAILS = new Set(
  [
    'الله',
    'الدين',
    'الرحمن',
    'الرحيم',
    'العزيز',
    'الكريم',
    'الحميد',
    'المجيد',
    'الحق',
    'النبي',
    'الاسلام',
    'الامام',
    'الملك',
    'الحسين',
    'الحسن',
  ].map(normalizeKey),
);

/** The prepositions written as one letter on the next word: ب "in, by", ل "for, to", ك "as". */
const PREPOSITION_CLITICS: ReadonlySet<string> = new Set(['ب', 'ل', 'ك']);

/**
 * A hamza on alif after a word's first letter (سأل، برأت). Not ئ or ؤ: names are listed as often
 * with ي or و (نايف / نائف، هاني / هانئ) as with the hamza.
 */
const INNER_HAMZA = /^.+[أإ]/u;

/** Month names (both sets) and weekdays: many are also given names (رمضان، صفر), never a name's next word. */
const CALENDAR = new Set(
  'يناير فبراير مارس ابريل أبريل مايو يونيو يوليو اغسطس أغسطس سبتمبر اكتوبر أكتوبر نوفمبر ديسمبر كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين محرم صفر ربيع جمادى رجب شعبان رمضان شوال القعدة الحجة السبت الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة'
    .split(' ')
    .map(normalizeKey),
);

/** Words that follow a title but are not names: الرئيس السابق، الملك الراحل … */
const NOT_NAMES = new Set(
  [
    'السابق',
    'السابقة',
    'الأسبق',
    'الأسبقة',
    'الجديد',
    'الجديدة',
    'الحالي',
    'الحالية',
    'الراحل',
    'الراحلة',
    'المخلوع',
    'المنتخب',
    'المنتخبة',
    'المكلف',
    'المكلفة',
    'الأول',
    'الأولى',
    'الثاني',
    'العام',
    'العامة',
    'التنفيذي',
    'التنفيذية',
    'المساعد',
    'المساعدة',
    'بالوكالة',
    'بالإنابة',
    'نفسه',
    'نفسها',
    'ذاته',
    'ذاتها',
    'أيضا',
    'الذي',
    'التي',
    'المقبل',
    'المقبلة',
    'الماضي',
    'الماضية',
    'الدولي',
    'الدولية',
    'الأعلى',
    'الأمريكي',
    'حينها',
    'آنذاك',
    'يومها',
    // Words after a name that tell which one or say more of him: بوش الابن، … المتوفى سنة
    'الابن',
    'الإبن',
    'الأب',
    'الحفيد',
    'المتوفى',
    'المذكور',
    'المذكورة',
    'الموجود',
    'مرتين',
    // Epithets that follow a name: الشهير "the famous", المعروف، الملقب، المدعو، المكنى
    'الشهير',
    'الشهيرة',
    'المعروف',
    'المعروفة',
    'الملقب',
    'الملقبة',
    'المدعو',
    'المدعوة',
    'المكنى',
    'المكناة',
    'المسمى',
    // Numbers: محمد ثماني مرات is no name "Muhammad Thamani"
    'ثلاث',
    'ثلاثة',
    'أربع',
    'أربعة',
    'خمس',
    'خمسة',
    'ست',
    'ستة',
    'سبع',
    'سبعة',
    'ثماني',
    'ثمانية',
    'تسع',
    'تسعة',
    'عشر',
    'عشرة',
    'مئة',
    'مائة',
    'مليون',
    // Ordinal adverbs: أولا، ثانيا …
    'أولا',
    'ثانيا',
    'ثالثا',
    'رابعا',
    'خامسا',
  ].map(normalizeKey),
);

/**
 * Whether a word has the shape of a verbal noun or a plural, bare, definite or behind ب/ل/ك:
 * تأجير، لإيقاف، التعاون، التقدم، باتصالين، غطاء. Family names rarely take these
 * patterns; the given names that do (إسحاق، تيسير) are asked about before this. Foreign family
 * names may take them bare (جيما أرياس): `bareToo` false asks only about ال and ب/ل/ك words.
 */
export function commonNounShape(word: string, bareToo = true): boolean {
  let s = word;
  let definite = false;
  let glued = false;
  if (s.startsWith('ال')) {
    s = s.slice(2);
    definite = true;
  } else if (/^(بال|لل|كال)/.test(s)) {
    s = s.slice(3);
    definite = true;
  } else if (/^[بلك]/.test(s) && s.length >= 5) {
    s = s.slice(1);
    glued = true;
  } else if (!bareToo) return false;
  // A nisba (التكريتي) or a name in ا (تيانا) is not one of these nouns.
  if (s.endsWith('ي') || s.endsWith('ا')) return false;
  // The dual or plural of a verbal noun (اتصالين، تحقيقات).
  const base = s.length >= 7 && /(ين|ات|ون)$/.test(s) ? s.slice(0, -2) : s;
  if (verbalNoun(base, definite, glued)) return true;
  // A noun in اء (غطاء، لقاء، رؤساء). (A definite plural in ين is not one of these: family
  // names take that shape too, المبيضين.)
  return s.length >= 4 && s.endsWith('اء');
}

function verbalNoun(s: string, definite: boolean, glued: boolean): boolean {
  if (s.length === 5) {
    if (s[0] === 'ت') return s[3] === 'ي' || s[2] === 'ا'; // تفعيل، تفاعل
    if (s[0] === 'ا') return s[3] === 'ا' || (s[1] === 'ت' && s[3] === 'ا'); // إفعال، اتّفاق
  }
  if (s.length === 6 && s[0] === 'ا') {
    // أفاعيل: a broken plural (أحاديث); behind ب it is too often a foreign name (باراديس).
    if (s[2] === 'ا' && s[4] === 'ي') return !glued;
    return (s[2] === 'ت' || s[1] === 'ن') && s[4] === 'ا'; // افتعال، انفعال
  }
  // تفعّل only with ال: bare, four letters in ت are too often a name.
  return definite && s.length === 4 && s[0] === 'ت';
}

/** تفعيلا, normalized: ت, two letters, ي, a letter, and the alif of the accusative. */
const MASDAR_ACCUSATIVE = /^ت[^ا][^ا]ي[^ا]ا$/;

/** Names a common word takes only once ى is folded (see NameLexicon.isGivenAsWritten). */
const FOLDED_ONTO_WORDS = new Set(['يحيي', 'سلمي', 'ليلي']);

interface GivenNames {
  arabic_male: string[];
  arabic_female: string[];
  persian: string[];
  turkish: string[];
  kurdish: string[];
  foreign: string[];
  ambiguous: string[];
}
interface Triggers {
  place: string[];
  organization: string[];
  person_verbs: string[];
  speech_verbs: string[];
}

/** What a check of a word against the article needs of a set. */
export interface WordSet {
  has(word: string): boolean;
}

export class NameLexicon {
  /** Single-word given names (normalized). */
  readonly given = new Set<string>();
  /** Given names from outside the Arabic-script world (جون، ماريا): their family names may end in ا. */
  readonly foreign = new Set<string>();
  /** Arabic and Persian given names (عباس، سلمان): the commonest first words of a name in Arabic news. */
  readonly arabicGiven = new Set<string>();
  /** Given names spelled with a hamza after their first letter (مأمون، رائد), normalized: see `hamzaBelies`. */
  private readonly withInnerHamza = new Set<string>();
  /** Given names spelled with ة (نادية، فاطمة), normalized: see `isWordWithPronoun`. */
  private readonly withTaMarbuta = new Set<string>();
  /** Given names that are also common words (أمل، سعيد): they need a title or company. */
  readonly ambiguous = new Set<string>();
  /** Verbs whose subject is a person (a name never runs on into one): those of speech too. */
  readonly personVerbs = new Set<string>();
  /** Verbs of speech whose subject a name is (قال سعيد راتب إن): an unknown name may stand after one. */
  readonly speechVerbs = new Set<string>();
  readonly placeTriggers = new Set<string>();
  readonly orgHeads = new Set<string>();

  constructor(given: GivenNames, triggers: Triggers) {
    const add = (set: Set<string>, w: string) => {
      const k = normalizeKey(w);
      if (k && !k.includes(' ')) set.add(k);
    };
    for (const list of [given.arabic_male, given.arabic_female, given.persian, given.turkish, given.kurdish, given.foreign]) {
      for (const w of list) {
        add(this.given, w);
        if (w.endsWith('ة')) add(this.withTaMarbuta, w);
        if (INNER_HAMZA.test(w)) add(this.withInnerHamza, w);
      }
    }
    for (const w of given.foreign) add(this.foreign, w);
    for (const list of [given.arabic_male, given.arabic_female, given.persian]) for (const w of list) add(this.arabicGiven, w);
    for (const w of given.ambiguous) add(this.ambiguous, w);
    for (const w of ['السيد', 'اسد', 'صباح', 'رمضان', 'ولد', 'ابو', 'ام', 'بو', 'قدرت', 'حلا', 'ابان', 'ايدي', 'امره'].map(normalizeKey))
      this.ambiguous.add(w);
    for (const w of this.ambiguous) this.given.delete(w);
    for (const w of STOPWORDS) this.given.delete(w);
    for (const w of triggers.person_verbs) add(this.personVerbs, w);
    for (const w of triggers.speech_verbs) {
      add(this.speechVerbs, w);
      add(this.personVerbs, w);
    }
    for (const w of triggers.place) add(this.placeTriggers, w);
    for (const w of triggers.organization) add(this.orgHeads, w);
  }

  /** Second parts of compound names (عبد الله، نور الدين): never a family name on their own. */
  isCompoundTail(word: string): boolean {
    return COMPOUND_TAILS.has(word);
  }

  isConnector(word: string): boolean {
    return CONNECTORS.has(word);
  }

  /** A word that can never be part of a name: function words, verbs, post-title adjectives. */
  isBoundaryWord(word: string): boolean {
    if (STOPWORDS.has(word) || this.personVerbs.has(word) || NOT_NAMES.has(word) || CALENDAR.has(word)) return true;
    // An indefinite accusative of the تفعيل pattern (تقديرا، تحديدا، تقريبا), written without its
    // tanwin as most news is: an adverb, never a name (a given name of that shape, تيريزا, aside).
    if (MASDAR_ACCUSATIVE.test(word) && !this.given.has(word)) return true;
    // و/ف + a verb or function word (وقال، فإن)
    for (const r of procliticReadings(word)) {
      if (r.prefix && (STOPWORDS.has(r.stem) || this.personVerbs.has(r.stem))) return true;
    }
    return false;
  }

  isGiven(word: string): boolean {
    return this.given.has(word);
  }

  /**
   * Given names that are common words only once ى is folded into ي (يحيى / يحيي "revives",
   * سلمى / سلمي "peaceful", ليلى / ليلي "nightly"): written with ى, they are the name. `word` is
   * token k's normalized text; `written` reads how the article wrote it, only when it matters.
   */
  isGivenAsWritten(word: string, written: WrittenWords, k: number): boolean {
    return FOLDED_ONTO_WORDS.has(word) && written.lastLetter(k) === '\u0649';
  }

  /**
   * Whether token k, a given name once normalized (read behind `prefixLength` clitic letters),
   * is written with a hamza after its first letter that no spelling of the name has: برأت
   * "acquitted" folds onto the Turkish name برات (Berat), سألت "asked" onto سالت.
   */
  hamzaBelies(word: string, written: WrittenWords, k: number, prefixLength: number): boolean {
    if (this.withInnerHamza.has(word)) return false;
    // The letters as normalizing counts them (marks, tatweel, joiners dropped), for prefixLength.
    let letters = '';
    for (const ch of written.at(k)) if (!isDropped(ch.charCodeAt(0))) letters += ch;
    return INNER_HAMZA.test(letters.slice(prefixLength));
  }

  /**
   * Whether token k, a given name spelled with ة once normalized (ناديه / نادية), is written with ه:
   * then it is a word with the pronoun "his" (ناديه "his club", حياته "his life"), not the name.
   */
  isWordWithPronoun(word: string, written: WrittenWords, k: number): boolean {
    return this.withTaMarbuta.has(word) && written.lastLetter(k) === '\u0647';
  }

  isAmbiguousGiven(word: string): boolean {
    return this.ambiguous.has(word);
  }

  /**
   * Whether a word can be a family name after a given name. Arabic morphology says no to most
   * common nouns: feminine and feminine-plural endings (not ون, which ends many foreign family
   * names: جونسون، كينيون), and words the same article also writes with ال
   * (مؤسسة / المؤسسة) are not names. `definiteInArticle` holds the article's ال-words.
   */
  familyLike(word: string, definiteInArticle: WordSet, afterGiven = ''): boolean {
    if (this.isBoundaryWord(word) || word.length < 2) return false;
    if (this.given.has(word)) return true;
    if (/(ات|ه)$/.test(word) && !word.startsWith('ال')) return false;
    if (commonNounShape(word, !this.foreign.has(afterGiven))) return false;
    // An accusative nisba (قضائيا، رسميا) or verbal noun (تقديرا) in ا.
    if (word.length >= 5 && word.endsWith('ييا')) return false;
    if (word.length >= 6 && word.endsWith('ا') && commonNounShape(word.slice(0, -1), !this.foreign.has(afterGiven))) return false;
    // A perfect verb of form V or VI with its feminine ت (تنوعت، تقدمت), or its imperfect (تتواصل).
    if (word.length === 5 && word[0] === 'ت' && word[4] === 'ت') return false;
    if (word.length >= 5 && word.startsWith('تت')) return false;
    if (word.length > 2 && !word.startsWith('ال') && definiteInArticle.has(`ال${word}`)) return false;
    // Nor a preposition and a noun the article also writes with ال (شون لفيضان … الفيضان). Not a
    // nisba (بيومي، بدوي) nor a given name that is also a word (كمال، لطيف): family names. But
    // behind ب even such a name is more often "in, by" (مراد باسم البلدية "on behalf of").
    if (
      word.length > 3 &&
      PREPOSITION_CLITICS.has(word[0] as string) &&
      !word.endsWith('ي') &&
      !(this.ambiguous.has(word) && word[0] !== 'ب') &&
      definiteInArticle.has(`ال${word.slice(1)}`)
    )
      return false;
    // و + word after a name starts a second name or the sentence (محمد وعلي، عثمان وقتل، موسى وبن عيسى).
    if (word.startsWith('و') && (word.length > 3 || CONNECTORS.has(word.slice(1)))) return false;
    // ي + stem is an imperfect verb (إسماعيل يعيش); family names in ي are given names too (يوسف).
    if (word.startsWith('ي')) return false;
    // A definite feminine plural is a noun (حمدان الإجراءات), never a family name.
    if (word.startsWith('ال') && word.endsWith('ات')) return false;
    // A definite feminine noun (الثقافة) is no family name. (Not even after بن X: family names
    // of that shape, العطية, are rare beside the sentence's object, ترأس خالد بن سعيد الجلسة.)
    if (word.startsWith('ال') && word.endsWith('ه')) return false;
    // Verbs of forms VIII and X (اعتزل، استقبل) and words with a pronoun suffix (لإقناعهم).
    if (word.length === 5 && word[0] === 'ا' && word[2] === 'ت') return false;
    if (word.length >= 5 && word.startsWith('است')) return false;
    if (word.length >= 5 && /(هم|ها|هما|كم)$/.test(word)) return false;
    // A participle of form VIII (مختلف، منتشر): م, a letter, ت, then no long vowel (مكتوم is a
    // family name); the given names of that shape (منتصر، مرتضى) are asked about above.
    if (word.length === 5 && word[0] === 'م' && word[2] === 'ت' && !'اوي'.includes(word[3] as string)) return false;
    // A participle of form V or VI (مترابط، متعاون); family names in مت end in ي (متولي).
    if (word.length >= 5 && word.startsWith('مت') && !word.endsWith('ي')) return false;
    // A plural nisba adjective (عالميون، إسلاميون).
    if (word.length >= 6 && word.endsWith('يون')) return false;
    // After an Arabic given name a word in ا is an accusative noun (عباس اجتماعا); after a
    // foreign one it may well be the family name (ريكاردو ديمورا).
    if (word.length >= 4 && word.endsWith('ا') && !word.startsWith('ال') && !this.foreign.has(afterGiven)) return false;
    return true;
  }
}

let shared: NameLexicon | null = null;
export function defaultNameLexicon(): NameLexicon {
  shared ??= new NameLexicon(givenNamesData as GivenNames, triggersData as Triggers);
  return shared;
}

/** A token that could be a word of a name: Arabic, not a boundary, not glued to the previous by a gap. */
export function nameWord(token: Token | undefined): boolean {
  return !!token && token.kind === 'arabic' && token.text.length >= 2;
}
