/**
 * A page of glossary entries: names in both scripts, type, source, a star for the study list, and
 * edit and delete (delete asks first, in the row itself). Every value is rendered as text.
 */
import { useState } from 'preact/hooks';
import type { GlossaryEntry } from '../lib/glossary/types';
import type { OptionsT } from '../lib/i18n/options';
import { TypeIcon } from './TypeIcon';

export interface GlossaryTableProps {
  t: OptionsT;
  entries: GlossaryEntry[];
  starred: ReadonlySet<string>;
  onStar: (entry: GlossaryEntry, starred: boolean) => void;
  onEdit: (entry: GlossaryEntry) => void;
  onDelete: (entry: GlossaryEntry) => void;
  caption?: string;
}

function StarIcon({ filled }: { filled: boolean }) {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true">
      <path
        d="M12 2.8l2.8 5.8 6.3.9-4.6 4.4 1.1 6.3L12 17.2l-5.6 3 1.1-6.3-4.6-4.4 6.3-.9z"
        fill={filled ? 'currentColor' : 'none'}
        stroke="currentColor"
        stroke-width="1.6"
        stroke-linejoin="round"
      />
    </svg>
  );
}

export function GlossaryTable({ t, entries, starred, onStar, onEdit, onDelete, caption }: GlossaryTableProps) {
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <table class="glossary-table" data-testid="glossary-table">
      <caption class="visually-hidden">{caption ?? t('tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('colNameEn')}</th>
          <th scope="col">{t('colNameAr')}</th>
          <th scope="col">{t('colType')}</th>
          <th scope="col">{t('colSource')}</th>
          <th scope="col" class="narrow">
            {t('colStudy')}
          </th>
          <th scope="col" class="actions-col">
            {t('colActions')}
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => {
          const isStarred = starred.has(e.id);
          const name = e.en;
          return (
            <tr key={e.id} data-id={e.id} class={`type-${e.type}`}>
              <td class="name-en" lang="en" dir="ltr">
                <span class="name">{e.en}</span>
                <span class="desc">{e.desc.en}</span>
              </td>
              <td class="name-ar" lang="ar" dir="rtl">
                <span class="name">{e.ar}</span>
                {e.aliases && e.aliases.length > 0 && <span class="desc">{e.aliases.slice(0, 3).join('، ')}</span>}
              </td>
              <td class="type">
                <span class={`type-badge type-${e.type}`}>
                  <TypeIcon type={e.type} size={13} />
                  {t(e.type)}
                </span>
              </td>
              <td class="source">
                <span class={`source-badge source-${e.source}`}>{e.source === 'user' ? t('sourceUser') : t('sourceSeed')}</span>
              </td>
              <td class="narrow">
                <button
                  type="button"
                  class={`icon-button star${isStarred ? ' on' : ''}`}
                  aria-pressed={isStarred}
                  aria-label={isStarred ? t('starRemove', { name }) : t('starAdd', { name })}
                  title={isStarred ? t('starRemove', { name }) : t('starAdd', { name })}
                  data-testid="star"
                  onClick={() => onStar(e, !isStarred)}
                >
                  <StarIcon filled={isStarred} />
                </button>
              </td>
              <td class="actions">
                {confirming === e.id ? (
                  <span class="confirm">
                    <span class="confirm-text">
                      {e.source === 'seed' ? t('confirmDeleteSeed', { name }) : t('confirmDelete', { name })}
                    </span>
                    <button
                      type="button"
                      class="button danger small"
                      data-testid="confirm-delete"
                      onClick={() => {
                        setConfirming(null);
                        onDelete(e);
                      }}
                    >
                      {t('yesDelete')}
                    </button>
                    <button type="button" class="button small" onClick={() => setConfirming(null)}>
                      {t('cancel')}
                    </button>
                  </span>
                ) : (
                  <span class="row-actions">
                    <button
                      type="button"
                      class="button small"
                      aria-label={t('editName', { name })}
                      data-testid="edit"
                      onClick={() => onEdit(e)}
                    >
                      {t('edit')}
                    </button>
                    <button
                      type="button"
                      class="button small quiet-danger"
                      aria-label={t('deleteName', { name })}
                      data-testid="delete"
                      onClick={() => setConfirming(e.id)}
                    >
                      {t('delete')}
                    </button>
                  </span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
