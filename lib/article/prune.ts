/**
 * Makes a huge page cheap before Readability reads it, on the clone only (the live page is never
 * touched). A page weighs megabytes mostly through long runs of the same item: thousands of
 * comments, forum posts, teasers, menu entries. Readability's cost grows faster than the page, so
 * such a run is cut to its first few items: enough for Readability and for the judge (which reads
 * the live page) to see what it is, and no article paragraph is ever among what is cut.
 */
import { hasStandaloneLink, isElement, tagOf } from './structure';

/** A run this long is cut … */
const LONG_RUN = 30;
/** … to this many items. */
const KEEP = 10;
/** Run items that are not article paragraphs even when they are many. */
const ITEM_TAGS = new Set(['DIV', 'LI', 'ARTICLE', 'SECTION', 'TR', 'TABLE', 'ASIDE', 'DL', 'FIGURE', 'A']);

function signature(el: Element): string {
  const cls = (el.getAttribute('class') ?? '').toLowerCase().replace(/\d+/g, '').split(/\s+/).filter(Boolean).sort().join('.');
  return `${tagOf(el)}.${cls}`;
}

/** Cuts long runs of similar items in `root` (a clone), keeping the first few of each. Returns how many went. */
export function pruneLongRuns(root: Node): number {
  let removed = 0;
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop() as Node;
    const kids: Element[] = [];
    for (const c of Array.from(node.childNodes)) if (isElement(c)) kids.push(c);
    if (kids.length >= LONG_RUN) {
      const runs = new Map<string, Element[]>();
      for (const k of kids) {
        if (!ITEM_TAGS.has(tagOf(k))) continue;
        const sig = signature(k);
        const run = runs.get(sig);
        if (run) run.push(k);
        else runs.set(sig, [k]);
      }
      for (const run of runs.values()) {
        if (run.length < LONG_RUN) continue;
        // Items, not paragraphs: most of a sample carry a link of their own (a headline, a "reply").
        const sample = run.slice(0, KEEP);
        const linked = sample.filter((el) => tagOf(el) === 'A' || hasStandaloneLink(el)).length;
        if (linked * 3 < sample.length * 2) continue;
        for (const el of run.slice(KEEP)) {
          el.parentNode?.removeChild(el);
          removed++;
        }
      }
    }
    for (const c of Array.from(node.childNodes)) if (isElement(c)) stack.push(c);
  }
  return removed;
}
