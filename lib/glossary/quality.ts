/**
 * Rules for what may be a name form. A glossary form that is only a generic noun plus a
 * nationality (القوات الروسية "Russian forces", السلطات الروسية "the Russian authorities") describes,
 * it does not name: highlighting it would be a wrong highlight. The build drops such forms.
 */
import { normalizeKey } from '../arabic/normalize';
import { defaultLexicon } from '../ner/lexicon';

const GENERIC_HEADS = new Set(['القوات', 'قوات', 'السلطات', 'الحكومة', 'حكومة', 'الأجهزة الأمنية', 'الشعب'].map(normalizeKey));

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
