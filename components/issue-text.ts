/** The schema's reasons ("is empty", "is longer than 200 characters") in the reader's language. */
import type { OptionsKey, OptionsT } from '../lib/i18n/options';

const EXACT: Record<string, OptionsKey> = {
  'is missing': 'why_missing',
  'is empty': 'why_empty',
  'has no Arabic letters': 'why_noArabic',
  'must be person, organization or place': 'why_type',
  'must be a two-letter ISO country code': 'why_country',
  'may only hold letters, digits and : . _ -': 'why_idChars',
  'must be a number': 'why_number',
};

export function localWhy(why: string, t: OptionsT): string {
  const item = /^item (\d+) (.+)$/.exec(why);
  if (item) return t('why_item', { n: item[1] as string, why: localWhy(item[2] as string, t) });
  const exact = EXACT[why];
  if (exact) return t(exact);
  const long = /^is longer than (\d+) characters$/.exec(why);
  if (long) return t('why_tooLong', { n: long[1] as string });
  const bound = /^must be at (most|least) (-?[\d.]+)$/.exec(why);
  if (bound) return t(bound[1] === 'most' ? 'why_atMost' : 'why_atLeast', { n: bound[2] as string });
  return why;
}
