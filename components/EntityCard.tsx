/**
 * The entity card: who or what a name is, in English and Arabic, and what this article says of
 * it. Small by default (names, one line of description, the role here); the background paragraph
 * is one click or key away. Rendered in a shadow root by the content script; text only (never
 * HTML from data). The chrome speaks the interface language; the names and descriptions are
 * bilingual, led by the language the reader chose.
 */
import { useState } from 'preact/hooks';
import type { Bilingual, GlossaryEntry } from '../lib/glossary/types';
import { CARD, mentionedKey } from '../lib/i18n/card';
import { COMMON } from '../lib/i18n/common';
import { dirOf, translator, type UiLang } from '../lib/i18n/index';
import type { Mention, Role } from '../lib/ner/types';
import { wikipediaUrl } from './labels';
import { TypeIcon } from './TypeIcon';

const CATALOG = { ...COMMON, ...CARD };

export type CardTheme = 'light' | 'dark';
export type SuppressScope = 'site' | 'everywhere';

export interface CardActions {
  onClose?: () => void;
  /** Previous (-1) or next (+1) mention of the same entity. */
  onStep?: (delta: -1 | 1) => void;
  /** Given only when the system has an Arabic voice. */
  onSpeak?: () => void;
  onStar?: (starred: boolean) => void;
  /** For a name not in the glossary. */
  onAdd?: () => void;
  /** For a name in the glossary. */
  onEdit?: () => void;
  onSuppress?: (scope: SuppressScope) => void;
}

export interface EntityCardProps extends CardActions {
  mention: Pick<Mention, 'text' | 'type' | 'role' | 'entity'>;
  /** The glossary entry, when the name is in the glossary and has been looked up. */
  entry: GlossaryEntry | null;
  /** How often the article mentions the entity. */
  count: number;
  /** Which of those mentions this is, from 1; 0 when unknown. */
  position?: number;
  transliteration: string;
  loading?: boolean;
  /** The role the article gives the entity elsewhere, when this mention has none. */
  articleRole?: Role | null;
  /** Interface language. */
  lang?: UiLang;
  /** Which language leads on the card. */
  first?: 'en' | 'ar';
  theme?: CardTheme;
  /** On the study list? null while unknown. */
  starred?: boolean | null;
}

/** Both languages of a text, the leading one first; each in its own direction. */
function Pair({ value, first, className }: { value: Bilingual; first: 'en' | 'ar'; className: string }) {
  const en = value.en ? (
    <p key="en" class={`${className}-en`} dir="ltr" lang="en">
      {value.en}
    </p>
  ) : null;
  const ar = value.ar ? (
    <p key="ar" class={`${className}-ar`} dir="rtl" lang="ar">
      {value.ar}
    </p>
  ) : null;
  return <div class={className}>{first === 'en' ? [en, ar] : [ar, en]}</div>;
}

function SpeakerIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" fill="currentColor" aria-hidden="true">
      <path d="M2 6h3l4-3.5v11L5 10H2zM11 5.2a4 4 0 0 1 0 5.6l-.9-.9a2.7 2.7 0 0 0 0-3.8zm1.9-1.9a6.7 6.7 0 0 1 0 9.4l-.9-.9a5.4 5.4 0 0 0 0-7.6z" />
    </svg>
  );
}

function StarIcon({ filled }: { filled: boolean }) {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" fill={filled ? 'currentColor' : 'none'} stroke="currentColor">
      <path stroke-width="1.3" stroke-linejoin="round" d="m8 1.6 1.9 4 4.4.5-3.3 3 .9 4.3L8 11.2l-3.9 2.2.9-4.3-3.3-3 4.4-.5z" />
    </svg>
  );
}

export function EntityCard(props: EntityCardProps) {
  const {
    mention,
    entry,
    count,
    position = 0,
    transliteration,
    loading,
    lang = 'en',
    first = 'en',
    theme = 'light',
    starred = null,
  } = props;
  const [contextOpen, setContextOpen] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
  const t = translator(CATALOG, lang);
  const typeLabel = t(mention.type);
  const known = !!mention.entity;
  const en = entry?.en ?? mention.entity?.en ?? null;
  const ar = entry?.ar ?? mention.entity?.ar ?? mention.text;
  const role = mention.role ?? props.articleRole ?? null;
  const context = entry?.context && (entry.context.en || entry.context.ar) ? entry.context : null;
  const wiki = entry?.wiki;
  const lead = first === 'ar' || !en ? 'ar' : 'en';

  const nameEn = en ? (
    <div key="en" class="name-en" dir="ltr" lang="en" data-testid="card-en">
      {en}
    </div>
  ) : (
    <div key="en" class="name-en unknown" data-testid="card-en">
      {t('notInGlossary')}
    </div>
  );
  const nameAr = (
    <div key="ar" class="name-ar" dir="rtl" lang="ar" data-testid="card-ar">
      {ar}
    </div>
  );

  return (
    <div
      class={`card type-${mention.type} theme-${theme} lead-${lead}`}
      role="dialog"
      aria-label={t('dialogLabel', { name: en ?? ar, type: typeLabel })}
      dir={dirOf(lang)}
      lang={lang}
      data-testid="card"
    >
      <header>
        <span class="badge" data-testid="card-type">
          <TypeIcon type={mention.type} /> {typeLabel}
        </span>
        <span class="tools">
          {props.onSpeak && (
            <button
              type="button"
              class="icon"
              title={t('listen')}
              aria-label={t('listen')}
              onClick={props.onSpeak}
              data-testid="card-speak"
            >
              <SpeakerIcon />
            </button>
          )}
          {known && props.onStar && starred !== null && (
            <button
              type="button"
              class={`icon star${starred ? ' on' : ''}`}
              title={starred ? t('unstar') : t('star')}
              aria-label={t('star')}
              aria-pressed={starred}
              onClick={() => props.onStar?.(!starred)}
              data-testid="card-star"
            >
              <StarIcon filled={starred} />
            </button>
          )}
          {props.onClose && (
            <button type="button" class="icon close" title={t('close')} aria-label={t('close')} onClick={props.onClose}>
              ×
            </button>
          )}
        </span>
      </header>
      <div class="names">
        {lead === 'en' ? [nameEn, nameAr] : [nameAr, nameEn]}
        <div class="translit" lang="en" title={t('howItSounds')}>
          {transliteration}
        </div>
      </div>
      {loading && <p class="muted">{t('loading')}</p>}
      {entry && <Pair value={entry.desc} first={lead} className="desc" />}
      {role && (
        <div class="role" data-testid="card-role">
          <span class="label">{t('inThisArticle')}</span>
          <Pair value={role} first={lead} className="role-text" />
        </div>
      )}
      {context && (
        <div class="context">
          <button
            type="button"
            class="disclosure"
            aria-expanded={contextOpen}
            aria-controls="dalil-context"
            onClick={() => setContextOpen(!contextOpen)}
            data-testid="card-background"
          >
            <span class="chevron" aria-hidden="true">
              {contextOpen ? '▾' : '▸'}
            </span>{' '}
            {t('background')}
          </button>
          <div id="dalil-context" hidden={!contextOpen} data-testid="card-context">
            <Pair value={context} first={lead} className="context-text" />
          </div>
        </div>
      )}
      <div class="mentions" data-testid="card-count">
        <span class="muted">{t(mentionedKey(count), { n: count })}</span>
        {props.onStep && count > 1 && (
          <span class="stepper">
            <button
              type="button"
              class="icon step"
              aria-label={t('previousMention')}
              title={t('previousMention')}
              disabled={position <= 1}
              onClick={() => props.onStep?.(-1)}
              data-testid="card-prev"
            >
              {lang === 'ar' ? '›' : '‹'}
            </button>
            {position > 0 && (
              <span class="position" data-testid="card-position">
                {t('position', { i: position, n: count })}
              </span>
            )}
            <button
              type="button"
              class="icon step"
              aria-label={t('nextMention')}
              title={t('nextMention')}
              disabled={position >= count}
              onClick={() => props.onStep?.(1)}
              data-testid="card-next"
            >
              {lang === 'ar' ? '‹' : '›'}
            </button>
          </span>
        )}
      </div>
      <footer class="actions">
        {wiki?.en && (
          <a href={wikipediaUrl('en', wiki.en)} target="_blank" rel="noopener noreferrer" data-testid="card-wiki-en">
            {t('wikipediaEn')}
          </a>
        )}
        {wiki?.ar && (
          <a href={wikipediaUrl('ar', wiki.ar)} target="_blank" rel="noopener noreferrer" data-testid="card-wiki-ar">
            {t('wikipediaAr')}
          </a>
        )}
        {known
          ? props.onEdit && (
              <button type="button" class="link" onClick={props.onEdit} data-testid="card-edit">
                {t('edit')}
              </button>
            )
          : props.onAdd && (
              <button type="button" class="link" onClick={props.onAdd} data-testid="card-add">
                {t('addToGlossary')}
              </button>
            )}
        {props.onSuppress && (
          <span class="menu">
            <button
              type="button"
              class="link"
              aria-expanded={menuOpen}
              aria-controls="dalil-not-a-name"
              onClick={() => setMenuOpen(!menuOpen)}
              data-testid="card-not-a-name"
            >
              {t('notAName')}
            </button>
            <span id="dalil-not-a-name" class="menu-items" hidden={!menuOpen}>
              <button type="button" class="link" onClick={() => props.onSuppress?.('site')} data-testid="card-suppress-site">
                {t('onThisSite')}
              </button>
              <button type="button" class="link" onClick={() => props.onSuppress?.('everywhere')} data-testid="card-suppress-everywhere">
                {t('everywhere')}
              </button>
            </span>
          </span>
        )}
      </footer>
    </div>
  );
}

/** What a screen reader announces when the card opens: its gist, in the interface language. */
export function cardAnnouncement(props: EntityCardProps): string {
  const lang = props.lang ?? 'en';
  const t = translator(CATALOG, lang);
  const en = props.entry?.en ?? props.mention.entity?.en ?? null;
  const ar = props.entry?.ar ?? props.mention.entity?.ar ?? props.mention.text;
  const role = props.mention.role ?? props.articleRole ?? null;
  const desc = props.entry?.desc;
  const lead = props.first === 'ar' ? 'ar' : 'en';
  const parts = [
    lead === 'en' && en ? `${en}, ${ar}` : en ? `${ar}, ${en}` : `${ar}, ${t('notInGlossary')}`,
    t(props.mention.type),
    role ? (lead === 'en' ? role.en || role.ar : role.ar || role.en) : '',
    desc ? (lead === 'en' ? desc.en || desc.ar : desc.ar || desc.en) : '',
    props.position ? t('position', { i: props.position, n: props.count }) : t(mentionedKey(props.count), { n: props.count }),
  ];
  return parts.filter(Boolean).join('. ');
}
