/**
 * The recognizer: text in, mentions out. Normalize (keeping the map back), tokenize, match the
 * gazetteer with clitic readings, resolve ambiguous names from the article's other names, read
 * the roles the article gives people, and group mentions into the article's entities.
 */
import { procliticReadings } from '../arabic/clitics';
import { normalize, toOriginalSpan } from '../arabic/normalize';
import { STOPWORDS } from '../arabic/stopwords';
import { isSentenceEnd, type Token, tokenize } from '../arabic/tokenize';
import type { GlossaryEntry } from '../glossary/types';
import type { Gazetteer, GazetteerMatch } from './gazetteer';
import { defaultLexicon, type Lexicon, type Title } from './lexicon';
import type { Analysis, ArticleEntity, Mention, Role } from './types';

/** A match with its entity decided. */
interface Resolved {
  match: GazetteerMatch;
  entry: GlossaryEntry;
}

/** What we know of a role beyond its text, to read "counterpart" against it. */
interface RoleParts {
  title: Title;
  nationality?: string;
  of?: string;
}

export class Recognizer {
  constructor(
    private readonly gazetteer: Gazetteer,
    private readonly lexicon: Lexicon = defaultLexicon(),
  ) {}

  analyze(text: string): Analysis {
    const norm = normalize(text);
    const tokens = tokenize(norm.text);
    const barrier = (k: number) => isSentenceEnd(tokens[k] as Token);

    const matches = this.findMatches(tokens, barrier);
    const resolved = this.resolve(matches);

    const mentions: Mention[] = [];
    const roleParts: Array<RoleParts | null> = [];
    const resolvedByEnd = new Map<number, Resolved>();
    for (const r of resolved) resolvedByEnd.set(r.match.endToken, r);

    for (const r of resolved) {
      const { match, entry } = r;
      const first = tokens[match.firstToken] as Token;
      const last = tokens[match.endToken - 1] as Token;
      const [start, end] = toOriginalSpan(norm, first.start + match.prefixLength, last.end);
      let role: Role | null = null;
      let parts: RoleParts | null = null;
      if (entry.type === 'person' && match.prefixLength === 0) {
        const found = this.readRole(tokens, match.firstToken, resolvedByEnd);
        if (found) {
          const [rs, re] = toOriginalSpan(
            norm,
            (tokens[found.firstToken] as Token).start + found.prefixLength,
            (tokens[found.endToken - 1] as Token).end,
          );
          role = { ar: text.slice(rs, re), en: found.en };
          parts = found.parts;
        }
      }
      mentions.push({
        start,
        end,
        text: text.slice(start, end),
        type: entry.type,
        entity: { id: entry.id, en: entry.en, ar: entry.ar },
        role,
        key: entry.id,
      });
      roleParts.push(parts);
    }
    completeCounterparts(mentions, roleParts, this.lexicon);
    return { mentions, entities: summarize(mentions) };
  }

  private findMatches(tokens: readonly Token[], barrier: (k: number) => boolean): GazetteerMatch[] {
    const out: GazetteerMatch[] = [];
    let i = 0;
    while (i < tokens.length) {
      const m = this.gazetteer.matchAt(tokens, i, barrier);
      if (m && !this.isNationalityOnly(tokens, m)) {
        out.push(m);
        i = m.endToken;
      } else i++;
    }
    return out;
  }

  /**
   * A nationality adjective is never a place mention. Some country names are also definite
   * adjectives (السعودية is Saudi Arabia and "Saudi", feminine): the word is the adjective when it
   * follows a definite noun it agrees with (القوات السعودية، الحكومة السعودية), and the country
   * otherwise (أعلنت السعودية، إلى السعودية).
   */
  private isNationalityOnly(tokens: readonly Token[], m: GazetteerMatch): boolean {
    if (m.endToken - m.firstToken !== 1) return false;
    const word = (tokens[m.firstToken] as Token).text.slice(m.prefixLength);
    if (!this.lexicon.isNationalityWord(word)) return false;
    if (m.prefixLength > 0) return false; // وللسعودية، بالسعودية: a preposition takes the country
    const prev = tokens[m.firstToken - 1];
    if (!prev || prev.kind !== 'arabic' || (tokens[m.firstToken] as Token).start - prev.end > 1) return false;
    return procliticReadings(prev.text).some((r) => r.stem.startsWith('ال') && !STOPWORDS.has(r.stem));
  }

  /**
   * Decides each match's entity. Unambiguous matches first; then each ambiguous one goes to the
   * candidate that shares a country with the article's other names (جورجيا beside تبليسي is the
   * country), falling back to prominence.
   */
  private resolve(matches: GazetteerMatch[]): Resolved[] {
    const candidates = matches.map((m) => {
      const full = m.hits.filter((h) => h.kind === 'full');
      const hits = full.length > 0 ? full : m.hits;
      const ids = [...new Set(hits.map((h) => h.entryId))];
      return ids.map((id) => this.gazetteer.get(id)).filter((e): e is GlossaryEntry => e !== undefined);
    });
    const countries = new Map<string, number>();
    for (const cands of candidates) {
      if (cands.length !== 1) continue;
      const c = (cands[0] as GlossaryEntry).country;
      if (c) countries.set(c, (countries.get(c) ?? 0) + 1);
    }
    const out: Resolved[] = [];
    matches.forEach((match, i) => {
      const cands = candidates[i] as GlossaryEntry[];
      if (cands.length === 0) return;
      let best = cands[0] as GlossaryEntry;
      if (cands.length > 1) {
        let bestScore = Number.NEGATIVE_INFINITY;
        for (const c of cands) {
          const score = (c.country ? (countries.get(c.country) ?? 0) : 0) * 1000 + (c.prominence ?? 0);
          if (score > bestScore) {
            bestScore = score;
            best = c;
          }
        }
      }
      out.push({ match, entry: best });
    });
    return out;
  }

  /**
   * The title phrase right before a person's name: TITLE NATIONALITY (وزير الخارجية الروسي),
   * TITLE-OF COUNTRY (وزير خارجية روسيا) or TITLE alone (الرئيس).
   */
  private readRole(
    tokens: readonly Token[],
    nameStart: number,
    resolvedByEnd: Map<number, Resolved>,
  ): { firstToken: number; endToken: number; prefixLength: number; en: string; parts: RoleParts } | null {
    const lex = this.lexicon;
    // TITLE NATIONALITY NAME
    for (let len = 1; len <= 2 && nameStart - len > 0; len++) {
      const nat = lex.nationalityAt(tokens, nameStart - len);
      if (!nat || nat.endToken !== nameStart || !nat.definite) continue;
      const title = lex.titleEndingAt(tokens, nat.firstToken);
      if (title && !title.construct) {
        const en = title.title.counterpart
          ? title.title.en.replace('counterpart', `${nat.nationality.en} counterpart`)
          : `${nat.nationality.en} ${title.title.en}`;
        return {
          firstToken: title.firstToken,
          endToken: nameStart,
          prefixLength: title.prefixLength,
          en,
          parts: { title: title.title, nationality: nat.nationality.en },
        };
      }
    }
    // TITLE-OF PLACE|ORGANIZATION NAME
    const before = resolvedByEnd.get(nameStart);
    if (before && before.entry.type !== 'person' && before.match.prefixLength === 0) {
      const title = lex.titleEndingAt(tokens, before.match.firstToken);
      if (title?.construct) {
        return {
          firstToken: title.firstToken,
          endToken: nameStart,
          prefixLength: title.prefixLength,
          en: `${title.title.en} of ${before.entry.en}`,
          parts: { title: title.title, of: before.entry.en },
        };
      }
    }
    // TITLE NAME
    const title = lex.titleEndingAt(tokens, nameStart);
    if (title && !title.construct) {
      return {
        firstToken: title.firstToken,
        endToken: nameStart,
        prefixLength: title.prefixLength,
        en: title.title.en,
        parts: { title: title.title },
      };
    }
    return null;
  }
}

/**
 * "نظيرته النمساوية" says what the person is by reference to someone else: the nearest earlier
 * person with an office. We add that office: his Austrian counterpart (Austrian Foreign Minister).
 */
function completeCounterparts(mentions: Mention[], parts: Array<RoleParts | null>, _lex: Lexicon): void {
  mentions.forEach((m, i) => {
    const p = parts[i];
    if (!m.role || !p?.title.counterpart) return;
    for (let j = i - 1; j >= 0; j--) {
      const q = parts[j];
      if (mentions[j]?.type !== 'person' || !q || q.title.counterpart) continue;
      const office = q.title.en;
      m.role = { ...m.role, en: `${m.role.en} (${p.nationality ? `${p.nationality} ` : ''}${office})` };
      return;
    }
  });
}

/** Groups mentions by entity, in order of first appearance. */
export function summarize(mentions: readonly Mention[]): ArticleEntity[] {
  const byKey = new Map<string, ArticleEntity>();
  for (const m of mentions) {
    let e = byKey.get(m.key);
    if (!e) {
      e = { key: m.key, type: m.type, entity: m.entity, name: m.text, mentions: 0, role: null };
      byKey.set(m.key, e);
    }
    e.mentions++;
    if (!e.role && m.role) e.role = m.role;
  }
  return [...byKey.values()];
}
