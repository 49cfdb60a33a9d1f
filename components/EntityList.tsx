/**
 * A list of the article's people, organizations or places: names in both languages, the role the
 * article gives, how often it is mentioned. Each entry is a button that shows the name in the page.
 */
import type { ComponentChildren } from 'preact';
import type { EntityType } from '../lib/glossary/types';
import type { UiLang } from '../lib/i18n';
import type { PopupT } from '../lib/i18n/popup';
import type { DigestItem } from '../lib/summary/digest';
import { TypeIcon } from './TypeIcon';

export interface EntityListProps {
  title: string;
  type: EntityType;
  items: DigestItem[];
  testId: string;
  lang: UiLang;
  t: PopupT;
  /** Shows the entity's first mention in the page; without it the entries are plain text. */
  onShow?: (item: DigestItem) => void;
  /** Shown under the heading, above the list (the places' map). */
  lead?: ComponentChildren;
}

function Names({ item, lang, t }: { item: DigestItem; lang: UiLang; t: PopupT }) {
  // A name the glossary does not know has no English name: how it sounds stands in for it.
  const en = item.en ? (
    <span class="en" lang="en" dir="ltr">
      {item.en}
    </span>
  ) : item.latin ? (
    // lang="en": a screen reader says the Latin letters with a Latin voice. The note is in the
    // text too (visually hidden), not only in a tooltip a keyboard never sees.
    <span class="en latin" lang="en" dir="ltr" title={t('soundsLike')}>
      {item.latin}
      <span class="sr-only" lang={lang}>
        {' '}
        ({t('soundsLike')})
      </span>
    </span>
  ) : null;
  const ar = (
    <span class="ar" lang="ar" dir="rtl">
      {item.ar}
    </span>
  );
  // The reader's language leads; the other is the gloss.
  return lang === 'ar' ? (
    <span class="names">
      {ar} {en}
    </span>
  ) : (
    <span class="names">
      {en} {ar}
    </span>
  );
}

function Role({ role, lang }: { role: NonNullable<DigestItem['role']>; lang: UiLang }) {
  const en = (
    <span lang="en" dir="ltr">
      {role.en}
    </span>
  );
  const ar = (
    <span lang="ar" dir="rtl">
      {role.ar}
    </span>
  );
  return (
    <span class="role">
      {lang === 'ar' ? ar : en} · {lang === 'ar' ? en : ar}
    </span>
  );
}

export function EntityList({ title, type, items, testId, lang, t, onShow, lead }: EntityListProps) {
  if (items.length === 0) return null;
  return (
    <section class={`entity-list type-${type}`} data-testid={testId}>
      <h2>
        <TypeIcon type={type} /> {title}
      </h2>
      {lead}
      <ul>
        {items.map((it) => {
          const body = (
            <>
              <Names item={it} lang={lang} t={t} />
              <span class="count" title={t('mentions')}>
                ×{it.mentions}
              </span>
              {it.role && <Role role={it.role} lang={lang} />}
            </>
          );
          return (
            <li key={it.key}>
              {onShow ? (
                <button
                  type="button"
                  class="entity"
                  data-key={it.key}
                  title={t('showInPage', { name: it.en ?? it.ar })}
                  onClick={() => onShow(it)}
                >
                  {body}
                </button>
              ) : (
                <div class="entity">{body}</div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
