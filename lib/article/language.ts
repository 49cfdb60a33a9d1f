/**
 * Which language is this text in? Cheap script statistics, enough to tell Arabic from Persian,
 * Urdu and Kurdish written in the same script, and from everything else.
 */

export type ScriptLanguage = 'ar' | 'fa' | 'ur' | 'ckb' | 'other';

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
const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/g;
const LETTER = /\p{L}/gu;

function count(s: string, re: RegExp): number {
  return s.match(re)?.length ?? 0;
}

export function guessLanguage(text: string): LanguageGuess {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const letters = count(sample, LETTER);
  const arabicScript = count(sample, ARABIC_SCRIPT);
  const share = letters ? arabicScript / letters : 0;
  if (letters === 0 || share < 0.5) return { lang: 'other', arabicScriptShare: share, letters };
  const persian = count(sample, PERSIAN);
  const arabicOnly = count(sample, ARABIC_ONLY);
  const urdu = count(sample, URDU);
  const sorani = count(sample, SORANI);
  let lang: ScriptLanguage = 'ar';
  if (sorani > arabicScript * 0.02 && sorani > arabicOnly) lang = 'ckb';
  else if (urdu > arabicScript * 0.02 && urdu > arabicOnly) lang = 'ur';
  else if (persian > arabicOnly) lang = 'fa';
  return { lang, arabicScriptShare: share, letters };
}
