import type { NameOrigin } from '../arabic/transliterate';
import type { Bilingual, EntityRef, EntityType } from '../glossary/types';

/** The role an article gives a person, as written and in English. */
export type Role = Bilingual;

/** A name found in a text. Offsets are JavaScript string (UTF-16) offsets into that text. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** The glossary entity, or null for a name found but not in the glossary. */
  entity: EntityRef | null;
  role: Role | null;
  /** Groups mentions of one entity: the glossary id, or "new:" + the normalized name. */
  key: string;
  /**
   * For a person the glossary does not know: whether the given name the name starts with is a
   * foreign one (جون، فلاديمير) or of the Arabic-script world, to read it aloud in Latin letters.
   */
  origin?: NameOrigin;
}

/** One entity of an article, with what the article says of it. */
export interface ArticleEntity {
  key: string;
  type: EntityType;
  entity: EntityRef | null;
  /** The name as first written (for entities not in the glossary). */
  name: string;
  mentions: number;
  /** The first role the article gives it. */
  role: Role | null;
  /** For a person not in the glossary: whether the name's given name is foreign (see Mention.origin). */
  origin?: NameOrigin;
}

export interface Analysis {
  mentions: Mention[];
  entities: ArticleEntity[];
}
