/** The article at a glance: key sentences, then who and where. */
import type { Digest } from '../lib/summary/digest';
import { EntityList } from './EntityList';

export function ArticleDigest({ digest }: { digest: Digest }) {
  return (
    <div class="digest">
      <section data-testid="summary">
        <h2>Key sentences</h2>
        <ol class="sentences" dir="rtl" lang="ar">
          {digest.sentences.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
      </section>
      <EntityList title="People" items={digest.people} testId="people" />
      <EntityList title="Organizations" items={digest.organizations} testId="organizations" />
      <EntityList title="Places" items={digest.places} testId="places" />
    </div>
  );
}
