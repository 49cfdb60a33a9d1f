/** Words the popup builds from data: the reading time, and the digest as plain text for the clipboard. */
import { numbersOf } from '../../components/ArticleDigest';
import type { UiLang } from '../../lib/i18n';
import type { PopupKey, PopupT } from '../../lib/i18n/popup';
import type { Digest, DigestItem } from '../../lib/summary/digest';

/** "3 min read" / "قراءة 3 دقائق", with Arabic's plural forms; null when there is nothing to read. */
export function readingTimeLabel(t: PopupT, lang: UiLang, minutes: number): string | null {
  if (minutes <= 0) return null;
  const form = new Intl.PluralRules(lang).select(minutes);
  const key = `readTime_${form === 'zero' ? 'other' : form}` as PopupKey;
  return t(key, { n: minutes });
}

export interface DigestText {
  title: string | null;
  source: string;
  url: string | null;
  readingTime: string | null;
  digest: Digest;
  /** English for each summary sentence, when the reader asked for it. */
  english: readonly string[] | null;
}

function itemLine(it: DigestItem, lang: UiLang): string {
  const names = lang === 'ar' ? [it.ar, it.en] : [it.en, it.ar];
  const role = it.role ? ` (${lang === 'ar' ? it.role.ar : it.role.en})` : '';
  return `- ${names.filter(Boolean).join(' · ')}${role} ×${it.mentions}`;
}

/** The digest as plain text: what a reader pastes into notes or a message. */
export function digestAsText(d: DigestText, t: PopupT, lang: UiLang): string {
  const out: string[] = [];
  if (d.title) out.push(d.title);
  out.push([d.source, d.readingTime].filter(Boolean).join(' · '));
  if (d.url) out.push(d.url);
  out.push('', t('summary'));
  d.digest.sentences.forEach((s, i) => {
    out.push(`${i + 1}. ${s}`);
    const en = d.english?.[i];
    if (en) out.push(`   ${en}`);
  });
  const lists: Array<[PopupKey, DigestItem[]]> = [
    ['people', d.digest.people],
    ['organizations', d.digest.organizations],
    ['places', d.digest.places],
  ];
  for (const [heading, items] of lists) {
    if (items.length === 0) continue;
    out.push('', t(heading));
    for (const it of items) out.push(itemLine(it, lang));
  }
  const numbers = numbersOf(d.digest);
  if (numbers.length > 0) {
    out.push('', t('numbers'));
    for (const n of numbers) out.push(`- ${n.text} = ${n.en}`);
  }
  return `${out.join('\n')}\n`;
}
