import type { GlossaryEntry } from '../glossary/types';
import { Gazetteer } from './gazetteer';
import { Recognizer } from './recognize';

export { Gazetteer } from './gazetteer';
export { Recognizer } from './recognize';

/** A recognizer over the given glossary entries. */
export function createRecognizer(entries: Iterable<GlossaryEntry>): { gazetteer: Gazetteer; recognizer: Recognizer } {
  const gazetteer = new Gazetteer(entries);
  return { gazetteer, recognizer: new Recognizer(gazetteer) };
}
