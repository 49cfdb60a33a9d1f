/**
 * Rules for what may be a name form. A glossary form that is only a generic noun plus a
 * nationality (القوات الروسية "Russian forces", السلطات الروسية "the Russian authorities") describes,
 * it does not name: highlighting it would be a wrong highlight. The build drops such forms.
 */
import { normalizeKey } from '../arabic/normalize';
import { defaultLexicon } from '../ner/lexicon';

const GENERIC_HEADS = new Set(
  ['القوات', 'قوات', 'السلطات', 'الحكومة', 'حكومة', 'الأجهزة الأمنية', 'الشعب', 'الجيش', 'الخارجية', 'البحرية'].map(normalizeKey),
);

export function isGenericForm(form: string): boolean {
  const words = normalizeKey(form).split(' ');
  const lex = defaultLexicon();
  for (let split = 1; split < words.length; split++) {
    const head = words.slice(0, split).join(' ');
    const rest = words.slice(split).join(' ');
    if (GENERIC_HEADS.has(head) && (lex.isNationalityWord(rest) || lex.isNationalityWord(rest.replace(/^(?!ال)/, 'ال')))) return true;
  }
  return false;
}

/**
 * A one-word foreign name written with a hamza'd article-like start (إلبيت "Elbit", ألستوم)
 * normalizes to a definite Arabic word (البيت "the house"): as a lone form it would fire on
 * ordinary text. Such forms are kept only inside longer names.
 */
export function collidesWithDefiniteWord(form: string): boolean {
  const words = form.trim().split(/\s+/);
  return words.length === 1 && /^[أإ]ل/.test(words[0] as string);
}

/**
 * Titles are the name's company, not the name (الملك عبدالله الثاني → عبدالله الثاني). Returns the
 * form without a leading title, or null when nothing of a name would remain.
 */
export function withoutLeadingTitle(form: string): string | null {
  const words = form.trim().split(/\s+/);
  const lex = defaultLexicon();
  for (let len = Math.min(3, words.length - 1); len >= 1; len--) {
    const head = normalizeKey(words.slice(0, len).join(' '));
    if (lex.isTitle(head) && head.startsWith('ال')) {
      const rest = words.slice(len);
      return rest.length >= 2 ? rest.join(' ') : null;
    }
  }
  return form;
}
