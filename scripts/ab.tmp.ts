// A/B: base tree vs this tree, same glossary and text, alternating warm passes.
import { loadCorpus } from './lib/bench-corpus';
import { glossaryOfSize } from './lib/bench-glossary';
import { loadSubjects } from './lib/bench-load';
import { loadBundledGlossary } from './lib/glossary-sources';
const [a, b] = [await loadSubjects(false), await loadSubjects(false, '/tmp/base-tree/scripts/lib/bench-subjects.ts')];
const real = loadBundledGlossary();
const text = loadCorpus(200_000).text;
for (const size of [1000, 50000]) {
  const g = glossaryOfSize(real as never, size);
  const recs = [a, b].map((s) => new s.subjects.Recognizer(new s.subjects.Gazetteer(g.entries)));
  const best = [1e9, 1e9];
  for (let r = 0; r < 25; r++) for (let i = 0; i < 2; i++) { const t = performance.now(); recs[i]!.analyze(text); best[i] = Math.min(best[i]!, performance.now() - t); }
  console.log(size, 'current', (text.length / best[0]! / 1000).toFixed(2), 'M/s  base', (text.length / best[1]! / 1000).toFixed(2), 'M/s');
}
