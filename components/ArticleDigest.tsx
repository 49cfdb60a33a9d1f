/**
 * The article at a glance: key sentences (with English when the reader asks), who and where, a
 * map of the places, and the numbers and dates with their English.
 */
import type { ComponentChildren } from 'preact';
import type { UiLang } from '../lib/i18n';
import type { PopupT } from '../lib/i18n/popup';
import type { Digest, DigestItem } from '../lib/summary/digest';
import { EntityList } from './EntityList';

/** A number or date in the article and its English rendering (from lib/summary, when it gives them). */
export interface DigestNumber {
  text: string;
  en: string;
  kind: string;
  start: number;
  end: number;
}

function isDigestNumber(x: unknown): x is DigestNumber {
  const n = x as Partial<DigestNumber> | null;
  return typeof n === 'object' && n !== null && typeof n.text === 'string' && typeof n.en === 'string' && n.text.trim() !== '';
}

/** The digest's numbers and dates, once each (a digest from an older background has none). */
export function numbersOf(digest: Digest): DigestNumber[] {
  const raw = (digest as Digest & { numbers?: unknown }).numbers;
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  const out: DigestNumber[] = [];
  for (const n of raw) {
    if (!isDigestNumber(n)) continue;
    const id = `${n.text}\u0000${n.en}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ ...n, kind: typeof n.kind === 'string' ? n.kind : 'number' });
  }
  return out;
}

export interface ArticleDigestProps {
  digest: Digest;
  lang: UiLang;
  t: PopupT;
  /** English for each key sentence, once the reader asked for it. */
  english?: readonly string[] | null;
  /** Controls beside the "Key sentences" heading (how many, English). */
  summaryTools?: ComponentChildren;
  /** Under the sentences: where the English comes from, or why it failed. */
  summaryNote?: ComponentChildren;
  /** The summary is being fetched again (another sentence count). */
  busy?: boolean;
  /** The map, drawn under the places' heading. */
  map?: ComponentChildren;
  onShow?: (item: DigestItem) => void;
}

export function ArticleDigest({ digest, lang, t, english, summaryTools, summaryNote, busy, map, onShow }: ArticleDigestProps) {
  const numbers = numbersOf(digest);
  const noNames = digest.people.length + digest.organizations.length + digest.places.length === 0;
  return (
    <div class="digest">
      <section class="summary" data-testid="summary" aria-busy={busy ? 'true' : undefined}>
        <div class="section-head">
          <h2>{t('summary')}</h2>
          {summaryTools}
        </div>
        <ol class="sentences" dir="rtl" lang="ar">
          {digest.sentences.map((s, i) => (
            <li key={i}>
              {s}
              {english?.[i] && (
                <p class="sentence-en" lang="en" dir="ltr" data-testid="sentence-en">
                  {english[i]}
                </p>
              )}
            </li>
          ))}
        </ol>
        {summaryNote}
      </section>
      {noNames && <p class="muted">{t('noNames')}</p>}
      <EntityList title={t('people')} type="person" items={digest.people} testId="people" lang={lang} t={t} onShow={onShow} />
      <EntityList
        title={t('organizations')}
        type="organization"
        items={digest.organizations}
        testId="organizations"
        lang={lang}
        t={t}
        onShow={onShow}
      />
      <EntityList title={t('places')} type="place" items={digest.places} testId="places" lang={lang} t={t} onShow={onShow} lead={map} />
      {numbers.length > 0 && (
        <section class="numbers" data-testid="numbers">
          <h2>{t('numbers')}</h2>
          <ul>
            {numbers.map((n) => (
              <li key={`${n.text}|${n.en}`} class={`number kind-${n.kind.replace(/[^a-z-]/gi, '')}`}>
                {/* The reader's language leads; the other is the gloss. */}
                <span class={lang === 'ar' ? 'ar lead' : 'ar gloss'} lang="ar" dir="rtl">
                  {n.text}
                </span>
                <span class={lang === 'ar' ? 'en gloss' : 'en lead'} lang="en" dir="ltr">
                  {n.en}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
