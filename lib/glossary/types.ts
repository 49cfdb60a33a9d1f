/** The glossary entry: one record per real-world entity. See assets/glossary/FORMAT.md. */

export type EntityType = 'person' | 'organization' | 'place';
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'place'];

export interface Bilingual {
  en: string;
  ar: string;
}

export interface Office extends Bilingual {
  from?: number;
  to?: number | null;
}

/** Where an entry came from: the bundled seed, or the reader. A reader's entry always wins. */
export type EntrySource = 'seed' | 'user';

export interface GlossaryEntry {
  /** Stable id: a kebab-case slug, "iso:XX" for countries, "gn:ID" for GeoNames places. */
  id: string;
  type: EntityType;
  /** English name. */
  en: string;
  /** Arabic name as most media write it. */
  ar: string;
  /** Other full Arabic spellings and forms. */
  aliases?: string[];
  /** Arabic short forms that alone name the entity (لافروف). Used with more care than full forms. */
  short?: string[];
  enAliases?: string[];
  desc: Bilingual;
  /** Two or three sentences of background, shown on request. */
  context?: Bilingual;
  offices?: Office[];
  /** ISO 3166-1 alpha-2 of the country the entity belongs to (or is). */
  country?: string;
  /** [lat, lon], for places. */
  coords?: [number, number];
  wiki?: { en?: string; ar?: string };
  /** Kind of place, for disambiguation and display: country, capital, city, region, sea … */
  placeKind?: string;
  /** Higher means more often meant when a spelling is shared (population, prominence). */
  prominence?: number;
  /**
   * Arabic phrases the press uses for the entity once an article has named it (المنظمة الدولية
   * for the United Nations). They name it only right after the entity, or a body of it, was named.
   */
  epithets?: string[];
  /** The id of the entity this one is a body of (the Security Council is a body of the United Nations). */
  partOf?: string;
  source: EntrySource;
  /** Milliseconds since epoch of the last change by the reader. */
  updatedAt?: number;
}

/** The shape a mention's entity takes in messages and CLI output. */
export interface EntityRef {
  id: string;
  en: string;
  ar: string;
}
