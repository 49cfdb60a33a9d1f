import type { Catalog } from './index';

/** The card's chrome (labels, buttons, announcements) and the keyboard commands' descriptions. */
export const CARD = {
  close: { en: 'Close', ar: 'إغلاق' },
  notInGlossary: { en: 'Not in your glossary', ar: 'ليس في مسردك' },
  howItSounds: { en: 'How it sounds', ar: 'النطق بالحروف اللاتينية' },
  inThisArticle: { en: 'In this article', ar: 'في هذا المقال' },
  background: { en: 'Background', ar: 'خلفية' },
  loading: { en: 'Loading…', ar: 'جارٍ التحميل…' },
  mentioned1: { en: 'Mentioned once in this article', ar: 'ذُكر مرة واحدة في هذا المقال' },
  mentioned2: { en: 'Mentioned 2 times in this article', ar: 'ذُكر مرتين في هذا المقال' },
  mentionedFew: { en: 'Mentioned {n} times in this article', ar: 'ذُكر {n} مرات في هذا المقال' },
  mentionedMany: { en: 'Mentioned {n} times in this article', ar: 'ذُكر {n} مرة في هذا المقال' },
  position: { en: '{i} of {n}', ar: '{i} من {n}' },
  previousMention: { en: 'Previous mention', ar: 'الذكر السابق' },
  nextMention: { en: 'Next mention', ar: 'الذكر التالي' },
  listen: { en: 'Listen to the Arabic name', ar: 'استمع إلى الاسم' },
  star: { en: 'Add to study list', ar: 'أضف إلى قائمة الدراسة' },
  unstar: { en: 'On your study list (remove)', ar: 'في قائمة الدراسة (إزالة)' },
  addToGlossary: { en: 'Add to glossary', ar: 'أضف إلى المسرد' },
  edit: { en: 'Edit', ar: 'تعديل' },
  notAName: { en: 'Not a name here', ar: 'ليس اسمًا هنا' },
  onThisSite: { en: 'On this site', ar: 'في هذا الموقع' },
  everywhere: { en: 'Everywhere', ar: 'في كل المواقع' },
  wikipediaEn: { en: 'Wikipedia (English)', ar: 'ويكيبيديا (الإنجليزية)' },
  wikipediaAr: { en: 'Wikipedia (Arabic)', ar: 'ويكيبيديا (العربية)' },
  dialogLabel: { en: '{name}: {type}', ar: '{name}: {type}' },
  namesModeOn: {
    en: 'Names mode. Tab or the arrow keys move between the names, Enter opens the card, Escape leaves.',
    ar: 'وضع الأسماء. استخدم Tab أو الأسهم للتنقل بين الأسماء، وEnter لفتح البطاقة، وEscape للخروج.',
  },
  noNames: { en: 'No names are highlighted on this page.', ar: 'لا توجد أسماء مميزة في هذه الصفحة.' },
  firstName: { en: 'First name in the article.', ar: 'أول اسم في المقال.' },
  lastName: { en: 'Last name in the article.', ar: 'آخر اسم في المقال.' },
  hidden: { en: '“{name}” is no longer highlighted.', ar: 'لم يعد «{name}» مميزًا.' },
  commandNamesMode: { en: 'Move through the names with the keyboard', ar: 'التنقل بين الأسماء بلوحة المفاتيح' },
  commandToggleHighlights: { en: 'Turn the highlights on or off', ar: 'تشغيل التمييز أو إيقافه' },
} satisfies Catalog;

export type CardKey = keyof typeof CARD;

/** "Mentioned n times", with Arabic's number agreement (مرتين، 3–10 مرات، 11+ مرة). */
export function mentionedKey(n: number): CardKey {
  if (n <= 1) return 'mentioned1';
  if (n === 2) return 'mentioned2';
  const lastTwo = n % 100;
  return lastTwo >= 3 && lastTwo <= 10 ? 'mentionedFew' : 'mentionedMany';
}
