/**
 * The entry schema, checked with valibot: every file the build reads and every import a reader
 * makes goes through `parseEntry`, which either returns a clean entry or says which field is wrong.
 */
import * as v from 'valibot';
import { hasArabic } from '../arabic/normalize';
import type { GlossaryEntry } from './types';

const MAX_TEXT = 2000;
const MAX_NAME = 200;

const name = v.pipe(v.string(), v.trim(), v.minLength(1, 'is empty'), v.maxLength(MAX_NAME, `is longer than ${MAX_NAME} characters`));
const arabicName = v.pipe(
  name,
  v.check((s) => hasArabic(s), 'has no Arabic letters'),
);
const text = v.pipe(v.string(), v.trim(), v.maxLength(MAX_TEXT, `is longer than ${MAX_TEXT} characters`));
const bilingualRequired = v.object({
  en: v.pipe(text, v.minLength(1, 'is empty')),
  ar: v.pipe(text, v.minLength(1, 'is empty')),
});
const bilingualOptional = v.object({ en: text, ar: text });
const year = v.pipe(v.number(), v.integer(), v.minValue(1800), v.maxValue(2100));

const id = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'is empty'),
  v.maxLength(120),
  v.regex(/^[\p{L}\p{N}:._-]+$/u, 'may only hold letters, digits and : . _ -'),
);

export const EntrySchema = v.object({
  id,
  type: v.picklist(['person', 'organization', 'place'], 'must be person, organization or place'),
  en: name,
  ar: arabicName,
  aliases: v.optional(v.pipe(v.array(arabicName), v.maxLength(100))),
  short: v.optional(v.pipe(v.array(arabicName), v.maxLength(20))),
  enAliases: v.optional(v.pipe(v.array(name), v.maxLength(50))),
  desc: bilingualRequired,
  context: v.optional(bilingualOptional),
  offices: v.optional(
    v.pipe(
      v.array(
        v.object({
          en: v.pipe(text, v.minLength(1)),
          ar: v.pipe(text, v.minLength(1)),
          from: v.optional(year),
          to: v.optional(v.nullable(year)),
        }),
      ),
      v.maxLength(50),
    ),
  ),
  country: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be a two-letter ISO country code'))),
  coords: v.optional(v.tuple([v.pipe(v.number(), v.minValue(-90), v.maxValue(90)), v.pipe(v.number(), v.minValue(-180), v.maxValue(180))])),
  wiki: v.optional(
    v.object({ en: v.optional(v.pipe(v.string(), v.maxLength(300))), ar: v.optional(v.pipe(v.string(), v.maxLength(300))) }),
  ),
  placeKind: v.optional(v.pipe(v.string(), v.maxLength(40))),
  prominence: v.optional(v.number()),
  // Two words, as the recognizer reads them (المنظمة الدولية): a head and what qualifies it.
  epithets: v.optional(
    v.pipe(
      v.array(
        v.pipe(
          arabicName,
          v.check((s) => s.split(/\s+/).length === 2, 'must be two words'),
        ),
      ),
      v.maxLength(20),
    ),
  ),
  partOf: v.optional(id),
  source: v.optional(v.picklist(['seed', 'user']), 'seed'),
  updatedAt: v.optional(v.number()),
});

export interface EntryIssue {
  /** Dotted path of the field, e.g. "desc.en". */
  field: string;
  message: string;
}

export type ParseResult = { ok: true; entry: GlossaryEntry } | { ok: false; issues: EntryIssue[] };

/** Validates unknown input as an entry. Unknown keys (including __proto__) are dropped. */
export function parseEntry(input: unknown, source: GlossaryEntry['source'] = 'seed'): ParseResult {
  const result = v.safeParse(EntrySchema, input);
  if (!result.success) {
    return {
      ok: false,
      issues: result.issues.map((i) => ({
        field: i.path?.map((p) => String(p.key)).join('.') || '(entry)',
        message: i.message,
      })),
    };
  }
  const out = result.output;
  const entry: GlossaryEntry = { ...out, source: out.source ?? source } as GlossaryEntry;
  return { ok: true, entry };
}
