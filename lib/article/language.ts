/**
 * Which language is this text in? Cheap script statistics and a few function words, enough to
 * tell Arabic from Persian, Urdu, Kurdish (Sorani) and Pashto written in the same script, and
 * from everything else. The direction of the page (dir="rtl") and its lang attribute prove nothing.
 */

export type ScriptLanguage = 'ar' | 'fa' | 'ur' | 'ckb' | 'ps' | 'other';

export interface LanguageGuess {
  lang: ScriptLanguage;
  /** Share of letters that are Arabic-script. */
  arabicScriptShare: number;
  letters: number;
}

// Letters Persian uses where Arabic uses others (ی ک for ي ك), and letters Arabic has no use for.
const PERSIAN = /[\u06CC\u06A9\u067E\u0686\u0698\u06AF]/g; // ی ک پ چ ژ گ
const ARABIC_ONLY = /[\u064A\u0643\u0629\u0649]/g; // ي ك ة ى
const URDU = /[\u06D2\u06BA\u0679\u0688\u0691\u06C1\u06BE]/g; // ے ں ٹ ڈ ڑ ہ ھ
const SORANI = /[\u06B5\u06CE\u06C6\u0695\u06A4\u06D5]/g; // ڵ ێ ۆ ڕ ڤ ە
const PASHTO = /[\u069A\u0696\u0681\u0685\u067C\u0689\u0693\u06BC\u06AB\u06D0\u06CD]/g; // ښ ږ ځ څ ټ ډ ړ ڼ ګ ې ۍ
/**
 * Arabic-script letters that Arabic text does not write. Left out: the Arabic alphabet, Quranic
 * ٱ, Persian's ی ک پ چ گ (keyboards, foreign names) and the Maghrebi ڤ ڥ ڧ ڨ ڭ.
 */
const FOREIGN_SCRIPT_LETTERS =
  /[\u0672-\u067D\u067F-\u0685\u0687-\u06A3\u06A6\u06AA-\u06AC\u06AE\u06B0-\u06CB\u06CD-\u06D3\u06D5\u0750-\u077F\u08A0-\u08C9]/g;
const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/g;
const LETTER = /\p{L}/gu;

/** Function words, with ي/ك and bare alef: frequent in one language, absent from the other. */
const ARABIC_WORDS = new Set(
  'في على التي الذي الذين الى ان عن هذا هذه ذلك كان كانت قد لم لن ما مع بين بعد قال وقال كما حيث او ثم حتى منذ عند ايضا'.split(' '),
);
const PERSIAN_WORDS = new Set('است اين كه را از با مي هاي شده براي بود شود كرد كند يك نيز خود اند دارد شد ميشود'.split(' '));

function count(s: string, re: RegExp): number {
  return s.match(re)?.length ?? 0;
}

/** Folds the spellings the two languages share a keyboard for, so the word lists match either. */
function foldWord(w: string): string {
  return w
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[یى]/g, 'ي')
    .replace(/ک/g, 'ك')
    .replace(/[أإآ]/g, 'ا');
}

function functionWords(sample: string): { ar: number; fa: number } {
  let ar = 0;
  let fa = 0;
  for (const raw of sample.split(/[\s\u200c.,،؛:!?؟()«»"'-]+/)) {
    const w = foldWord(raw);
    if (ARABIC_WORDS.has(w)) ar++;
    else if (PERSIAN_WORDS.has(w)) fa++;
  }
  return { ar, fa };
}

export function guessLanguage(text: string): LanguageGuess {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const letters = count(sample, LETTER);
  const arabicScript = count(sample, ARABIC_SCRIPT);
  const share = letters ? arabicScript / letters : 0;
  if (letters === 0 || share < 0.5) return { lang: 'other', arabicScriptShare: share, letters };
  const arabicOnly = count(sample, ARABIC_ONLY);
  const marked = (re: RegExp) => {
    const n = count(sample, re);
    return n > arabicScript * 0.02 && n > arabicOnly;
  };
  const guess = (lang: ScriptLanguage): LanguageGuess => ({ lang, arabicScriptShare: share, letters });
  if (marked(SORANI)) return guess('ckb');
  if (marked(URDU)) return guess('ur');
  if (marked(PASHTO)) return guess('ps');
  // Words decide between Arabic and Persian whichever letters the keyboard produced.
  const words = functionWords(sample);
  if (words.fa > words.ar) return guess('fa');
  if (words.ar < 3 && count(sample, PERSIAN) > arabicOnly) return guess('fa');
  // Other languages in the script (Sindhi, Uyghur, Jawi …) use many letters Arabic never writes.
  if (count(sample, FOREIGN_SCRIPT_LETTERS) > arabicScript * 0.03) return guess('other');
  return guess('ar');
}
