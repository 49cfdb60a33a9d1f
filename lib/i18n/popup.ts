import type { COMMON } from './common';
import type { Catalog } from './index';

/** The toolbar popup's words. Reading times follow the language's plural forms (Intl.PluralRules). */
export const POPUP = {
  siteSwitch: { en: 'On for {host}', ar: 'يعمل في {host}' },
  siteSwitchTitle: { en: 'Turn Dalil on or off for this site', ar: 'شغّل دليل أو أوقفه في هذا الموقع' },
  loading: { en: 'Reading the page…', ar: 'جارٍ قراءة الصفحة…' },
  error: { en: 'Something went wrong: {message}', ar: 'حدث خطأ: {message}' },
  unavailable: {
    en: 'Dalil does not run on this page. Open an Arabic news article and click Dalil again.',
    ar: 'لا يعمل دليل في هذه الصفحة. افتح مقالًا إخباريًا عربيًا ثم انقر دليل مرة أخرى.',
  },
  disabled: {
    en: 'Dalil is off for this site. Turn it on above to highlight names here.',
    ar: 'دليل متوقف في هذا الموقع. شغّله من الأعلى لإبراز الأسماء هنا.',
  },
  notArticle: { en: 'Not an Arabic article', ar: 'ليست مقالة عربية' },
  notArticleHint: {
    en: 'Dalil reads Arabic news articles. On other pages it stays out of the way.',
    ar: 'يقرأ دليل المقالات الإخبارية العربية، ولا يتدخل في الصفحات الأخرى.',
  },
  readTime_one: { en: '{n} min read', ar: 'قراءة دقيقة واحدة' },
  readTime_two: { en: '{n} min read', ar: 'قراءة دقيقتين' },
  readTime_few: { en: '{n} min read', ar: 'قراءة {n} دقائق' },
  readTime_many: { en: '{n} min read', ar: 'قراءة {n} دقيقة' },
  readTime_other: { en: '{n} min read', ar: 'قراءة {n} دقيقة' },
  wordCount: { en: 'About {n} words', ar: 'نحو {n} كلمة' },
  summary: { en: 'Key sentences', ar: 'أهم الجمل' },
  sentenceCount: { en: 'Sentences in the summary', ar: 'عدد جمل الملخص' },
  translate: { en: 'English', ar: 'بالإنجليزية' },
  translateTitle: {
    en: 'Translate the key sentences into English on this device (by your browser)',
    ar: 'ترجم أهم الجمل إلى الإنجليزية على جهازك (يترجمها متصفحك)',
  },
  translateDownload: {
    en: 'The first time, your browser downloads its Arabic–English language pack.',
    ar: 'في المرة الأولى ينزّل متصفحك حزمة العربية والإنجليزية.',
  },
  translating: { en: 'Translating…', ar: 'جارٍ الترجمة…' },
  downloading: { en: 'Language pack {pct}%', ar: 'حزمة اللغة {pct}٪' },
  hideEnglish: { en: 'Hide English', ar: 'أخفِ الإنجليزية' },
  translateFailed: { en: 'Could not translate: {message}', ar: 'تعذّرت الترجمة: {message}' },
  translateStalled: {
    en: 'Your browser offers a translator but did not get it ready. Dalil will not offer it again today.',
    ar: 'يعرض متصفحك مترجمًا لكنه لم يجهّزه. لن يعرضه دليل مرة أخرى اليوم.',
  },
  translatedBy: { en: 'Machine translation, made on this device', ar: 'ترجمة آلية أُجريت على جهازك' },
  copy: { en: 'Copy', ar: 'نسخ' },
  copyTitle: { en: 'Copy this digest as text', ar: 'انسخ هذا الملخص نصًّا' },
  copied: { en: 'Copied', ar: 'نُسخ' },
  copyFailed: { en: 'Could not copy', ar: 'تعذّر النسخ' },
  whoAndWhere: { en: 'Who and where', ar: 'من وأين' },
  mentions: { en: 'Mentions in this article', ar: 'مرات الذكر في هذا المقال' },
  soundsLike: { en: 'Not in your glossary: how the name sounds', ar: 'ليس في مسردك: نطق الاسم بالحروف اللاتينية' },
  showInPage: { en: 'Show {name} in the page', ar: 'أظهر {name} في الصفحة' },
  notInPage: { en: 'Could not show that name in the page.', ar: 'تعذّر إظهار هذا الاسم في الصفحة.' },
  noNames: { en: 'No people, organizations or places found in this article.', ar: 'لم يُعثر في هذا المقال على أشخاص أو منظمات أو أماكن.' },
  numbers: { en: 'Numbers and dates', ar: 'الأرقام والتواريخ' },
  map: { en: 'Map of the places in this article', ar: 'خريطة الأماكن في هذا المقال' },
  offMap: { en: 'Not on this map: {names}', ar: 'خارج هذه الخريطة: {names}' },
  source: { en: 'Source', ar: 'المصدر' },
  readingTime: { en: 'Reading time', ar: 'مدة القراءة' },
} satisfies Catalog;

/** The popup speaks with the shared words (people, places …) and its own. */
export type PopupKey = keyof (typeof COMMON & typeof POPUP) & string;
export type PopupT = (key: PopupKey, vars?: Record<string, string | number>) => string;
