/**
 * Arabic city names that are also common words. A generated city never takes one of these as a
 * name form (rule (c) in places.ts): highlighting "the eye" or "pictures" as a city in every article
 * would be a wrong highlight far more often than a right one. `instead` is a safe longer form the
 * city takes in its place (المدينة المنورة for المدينة), when news uses one. Curated files may
 * still use any of these (with an id and context chosen by a person).
 *
 * Also dropped by rule, without listing here: the function words of lib/arabic/stopwords.ts and
 * every form of one or two letters.
 *
 * Kept on purpose, though they are words too, because the city is what news means far more
 * often: جدة (grandmother), حمص (chickpeas), حماة (protectors), حلب (milking), كابل (cable),
 * مسقط (as in مسقط رأسه, birthplace), الرمادي (grey), الرياض (gardens), عدن (Eden).
 */
import { normalizeKey } from '../../lib/arabic/normalize';

export interface CommonWordForm {
  /** Whose name it would be, and what the word means. */
  reason: string;
  /** A form the city takes instead. */
  instead?: string;
}

export const COMMON_WORD_FORMS: Readonly<Record<string, CommonWordForm>> = {
  // Words that a hamza or a letter fold turns a city into
  طراز: { reason: 'Taraz: "model, type" (طراز)' },
  فوجي: { reason: 'Fuji: folds onto فوجئ "was surprised"' },
  بنوك: { reason: 'Banok: "banks"' },
  كاين: { reason: 'Caen: folds onto كائن "a being, creature"' },
  أبا: { reason: 'Aba: "father" in the accusative, the kunya of names (علي بن أبي طالب، أبا هريرة)' },
  // Arab cities
  العين: { reason: 'Al Ain: "the eye"', instead: 'مدينة العين' },
  صور: { reason: 'Tyre: "pictures"', instead: 'مدينة صور' },
  الباب: { reason: 'Al-Bab: "the door"', instead: 'مدينة الباب' },
  المدينة: { reason: 'Medina: "the city"', instead: 'المدينة المنورة' },
  الخبر: { reason: 'Khobar: "the news"', instead: 'مدينة الخبر' },
  الجديد: { reason: 'Al Jadid (Libya): "the new"' },
  الجديدة: { reason: 'El Jadida: "the new" (feminine)', instead: 'مدينة الجديدة' },
  الخمس: { reason: 'Al Khums: "the five"', instead: 'مدينة الخمس' },
  الزاوية: { reason: 'Zawiya: "the corner, the angle"', instead: 'مدينة الزاوية' },
  سعيدة: { reason: 'Saïda (Algeria): "happy" (feminine)', instead: 'مدينة سعيدة' },
  معسكر: { reason: 'Mascara: "camp"', instead: 'مدينة معسكر' },
  العمارة: { reason: 'Amarah: "the building, architecture"', instead: 'مدينة العمارة' },
  ربك: { reason: 'Rabak: "your Lord"', instead: 'مدينة ربك' },
  واو: { reason: 'Wau: the letter waw; "wow"', instead: 'مدينة واو' },
  الأبيض: { reason: 'El Obeid: "the white" (البيت الأبيض، البحر الأبيض)', instead: 'مدينة الأبيض' },
  الزرقاء: { reason: 'Zarqa: "the blue" (feminine: الخوذ الزرقاء)', instead: 'مدينة الزرقاء' },
  سيول: { reason: 'Seoul: "torrents, flash floods"', instead: 'مدينة سيول' },
  ميدان: { reason: 'Medan: "square, field"' },
  صارح: { reason: 'Sarh: "be frank" (verb)' },
  // Other cities whose Arabic spelling is a word or a name news uses far more often
  هام: { reason: 'Hamm: "important"' },
  ليل: { reason: 'Lille: "night"' },
  وان: { reason: 'Van: وأن "and that", once normalized' },
  كيل: { reason: 'Kiel: "measure" (الكيل بمكيالين)' },
  ساري: { reason: 'Sari: "in force" (ساري المفعول)' },
  سالم: { reason: 'Salem: "safe"; a common given name' },
  القصور: { reason: 'a town in Cameroon: "the palaces; shortcoming"' },
  البسيط: { reason: 'Albacete: "the simple"' },
  تاني: { reason: 'Thane: "second, again" in colloquial Arabic' },
  فورت: { reason: 'Fürth: "Fort", the first word of many place names' },
  بيتش: { reason: 'Pécs: "Beach", the last word of many place names' },
  كورونا: { reason: 'Corona, California: the coronavirus' },
  ديلتا: { reason: 'Delta, Canada: delta (the virus variant, river deltas)' },
  أورانج: { reason: 'Orange, California: Orange, the telecom company' },
  إليزابيث: { reason: 'Elizabeth, New Jersey: a given name (Queen Elizabeth)' },
  جاكسون: { reason: 'Jackson, Mississippi: a common surname' },
  داروين: { reason: 'Darwin, Australia: Charles Darwin' },
  أوستن: { reason: 'Austin, Texas: a surname in the news (Lloyd Austin)' },
  غارلاند: { reason: 'Garland, Texas: a surname in the news (Merrick Garland)' },
  فلاديمير: { reason: 'Vladimir, Russia: a given name (Vladimir Putin)' },
  ديربي: { reason: 'Derby, England: a derby (football match)' },
  رالي: { reason: 'Raleigh: a rally (motor sport)' },
  هالة: { reason: 'Halle: Hala, a given name; "halo"' },
  كانو: { reason: 'Kano: كانوا "they were", as often written without its final alef', instead: 'مدينة كانو' },
  بورصة: { reason: 'Bursa: "stock exchange"', instead: 'مدينة بورصة' },
  فينة: { reason: 'Vinh: "a while" (بين الفينة والأخرى)' },
  خفي: { reason: 'Hefei: "hidden"', instead: 'مدينة خفي' },
  قيصرية: { reason: 'Kayseri: "Caesarean" (ولادة قيصرية)', instead: 'مدينة قيصرية' },
};

const entries = Object.entries(COMMON_WORD_FORMS).map(([form, v]) => [normalizeKey(form), v] as const);

/** Normalized form → reason. */
export const COMMON_WORD_REASON: ReadonlyMap<string, string> = new Map(entries.map(([k, v]) => [k, v.reason]));
/** Normalized form → the form the city takes instead. */
export const COMMON_WORD_INSTEAD: ReadonlyMap<string, string> = new Map(
  entries.filter(([, v]) => v.instead).map(([k, v]) => [k, v.instead as string]),
);
