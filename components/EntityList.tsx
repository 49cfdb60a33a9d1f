/** A list of the article's people, organizations or places with mention counts and roles. */
import type { DigestItem } from '../lib/summary/digest';

export interface EntityListProps {
  title: string;
  items: DigestItem[];
  testId: string;
}

export function EntityList({ title, items, testId }: EntityListProps) {
  if (items.length === 0) return null;
  return (
    <section class="entity-list" data-testid={testId}>
      <h2>{title}</h2>
      <ul>
        {items.map((it) => (
          <li key={it.key}>
            <span class="en">{it.en ?? ''}</span>
            <span class="ar" dir="rtl" lang="ar">
              {it.ar}
            </span>
            <span class="count" title="Mentions in this article">
              ×{it.mentions}
            </span>
            {it.role && (
              <div class="role">
                {it.role.en} · <span lang="ar">{it.role.ar}</span>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
