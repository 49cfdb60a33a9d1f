/**
 * The entity card: who or what a name is, in English and Arabic, and what this article says of it.
 * Rendered in a shadow root by the content script; text only (never HTML from data).
 */
import type { GlossaryEntry } from '../lib/glossary/types';
import type { Mention } from '../lib/ner/types';
import { mentionsLabel, TYPE_LABEL } from './labels';
import { TypeIcon } from './TypeIcon';

export interface EntityCardProps {
  mention: Pick<Mention, 'text' | 'type' | 'role' | 'entity'>;
  /** The glossary entry, when the name is in the glossary and has been looked up. */
  entry: GlossaryEntry | null;
  /** How often the article mentions the entity. */
  count: number;
  transliteration: string;
  loading?: boolean;
  onClose?: () => void;
}

export function EntityCard({ mention, entry, count, transliteration, loading, onClose }: EntityCardProps) {
  const type = TYPE_LABEL[mention.type];
  const en = entry?.en ?? mention.entity?.en ?? null;
  const ar = entry?.ar ?? mention.entity?.ar ?? mention.text;
  return (
    <div class={`card type-${mention.type}`} role="dialog" aria-label={en ?? ar} dir="ltr" lang="en">
      <header>
        <span class="badge" title={type.en}>
          <TypeIcon type={mention.type} /> {type.en} · <span lang="ar">{type.ar}</span>
        </span>
        {onClose && (
          <button type="button" class="close" aria-label="Close" onClick={onClose}>
            ×
          </button>
        )}
      </header>
      <div class="names">
        <div class="name-en" data-testid="card-en">
          {en ?? <span class="unknown">Not in your glossary</span>}
        </div>
        <div class="name-ar" dir="rtl" lang="ar" data-testid="card-ar">
          {ar}
        </div>
        <div class="translit" title="How it sounds">
          {transliteration}
        </div>
      </div>
      {loading && <p class="muted">…</p>}
      {entry && (
        <div class="desc">
          <p class="desc-en">{entry.desc.en}</p>
          <p class="desc-ar" dir="rtl" lang="ar">
            {entry.desc.ar}
          </p>
        </div>
      )}
      {mention.role && (
        <div class="role" data-testid="card-role">
          <span class="label">In this article</span>
          <span class="role-en">{mention.role.en}</span>
          <span class="role-ar" dir="rtl" lang="ar">
            {mention.role.ar}
          </span>
        </div>
      )}
      <footer class="muted" data-testid="card-count">
        {mentionsLabel(count)}
      </footer>
    </div>
  );
}
