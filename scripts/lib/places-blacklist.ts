/**
 * Arabic city names that are also common words. A generated city never takes one of these as a
 * name form (rule (c) in places.ts): highlighting "the eye" or "pictures" as a city in every article
 * would be a wrong highlight far more often than a right one. Curated files may still use them
 * (with an id and context chosen by a person). Spelling as written; matching is on normalizeKey.
 *
 * Also dropped by rule, without listing here: the function words of lib/arabic/stopwords.ts and
 * every form of one or two letters.
 */
import { normalizeKey } from '../../lib/arabic/normalize';

/** Form → why it is not a name form. */
export const COMMON_WORD_FORMS: Readonly<Record<string, string>> = {
  العين: 'Al Ain: "the eye"',
  صور: 'Tyre: "pictures"',
  الباب: 'Al-Bab: "the door"',
};

export const COMMON_WORD_KEYS: ReadonlySet<string> = new Set(Object.keys(COMMON_WORD_FORMS).map(normalizeKey));
