/**
 * The typed protocol between the parts of the extension.
 *   content/popup/options → background: analyze, lookup, digest
 *   background/popup → content script (of a tab): page:*
 */
import type { EntryIssue } from './glossary/schema';
import type { EntityType, EntrySource, GlossaryEntry } from './glossary/types';
import type { BlockMention } from './ner/blocks';
import type { ArticleEntity } from './ner/types';
import type { Digest } from './summary/digest';

export interface AnalyzeRequest {
  type: 'analyze';
  blocks: string[];
}
export interface AnalyzeResponse {
  mentions: BlockMention[];
  entities: ArticleEntity[];
}

export interface LookupRequest {
  type: 'lookup';
  id: string;
}
export interface LookupResponse {
  entry: GlossaryEntry | null;
}

export interface DigestRequest {
  type: 'digest';
  tabId: number;
  sentences?: number;
}
export type DigestResponse =
  | { state: 'article'; host: string; title: string | null; digest: Digest; enabled: true; paintMs: number | null }
  | { state: 'not-article'; host: string; reason: string; enabled: boolean }
  | { state: 'disabled'; host: string; enabled: false }
  | { state: 'unavailable'; reason: string };

/** How the background is doing: when this worker instance started, and its start-up figures. */
export interface StatusRequest {
  type: 'status';
}
export interface StatusResponse {
  startedAt: number;
  entries: number;
  indexMs: number;
  totalMs: number;
  seeded: boolean;
}

/** The options page and the card manage the glossary through these. */
export interface GlossarySearchRequest {
  type: 'glossary:search';
  /** Arabic or English; normalized, forgiving of hamza and vowel marks. Empty: everything. */
  query: string;
  entityType?: EntityType | 'all';
  source?: EntrySource | 'all';
  starredOnly?: boolean;
  offset?: number;
  limit?: number;
}
export interface GlossarySearchResponse {
  total: number;
  entries: GlossaryEntry[];
  /** Ids among `entries` that are on the study list. */
  starred: string[];
}
export interface GlossarySaveRequest {
  type: 'glossary:save';
  entry: unknown;
}
export type GlossarySaveResponse = { ok: true; entry: GlossaryEntry } | { ok: false; issues: EntryIssue[] };
export interface GlossaryDeleteRequest {
  type: 'glossary:delete';
  id: string;
}
/**
 * Imports go in chunks (a 20 MB file is more than one message should carry) and are written in
 * one transaction at 'commit': a worker stopped half-way writes nothing.
 */
export interface GlossaryImportRequest {
  type: 'glossary:import';
  importId: string;
  /** Entries already validated by lib/glossary/io on the sender's side (checked again here). */
  entries: unknown[];
  commit: boolean;
  /** On commit: how many entries the sender sent in all. A restarted worker has fewer staged and refuses. */
  expected?: number;
}
export interface GlossaryImportResponse {
  staged: number;
  imported: number | null;
}
export interface GlossaryExportRequest {
  type: 'glossary:export';
  scope: 'user' | 'all' | 'starred';
}
export interface GlossaryExportResponse {
  entries: GlossaryEntry[];
}
/** Opens the options page in a tab (content scripts cannot), e.g. at #add?ar=… from a card. */
export interface OptionsOpenRequest {
  type: 'options:open';
  /** "#add?..." or "#edit=<id>"; anything else opens the page plain. */
  hash?: string;
}

export interface StarSetRequest {
  type: 'star:set';
  id: string;
  starred: boolean;
}
export interface StarSetResponse {
  starred: boolean;
}

export type BackgroundRequest =
  | AnalyzeRequest
  | LookupRequest
  | DigestRequest
  | StatusRequest
  | GlossarySearchRequest
  | GlossarySaveRequest
  | GlossaryDeleteRequest
  | GlossaryImportRequest
  | GlossaryExportRequest
  | StarSetRequest
  | OptionsOpenRequest;

export const BACKGROUND_REQUEST_TYPES: ReadonlySet<string> = new Set([
  'analyze',
  'lookup',
  'digest',
  'status',
  'glossary:search',
  'glossary:save',
  'glossary:delete',
  'glossary:import',
  'glossary:export',
  'star:set',
  'options:open',
]);
export type BackgroundResponse<R extends BackgroundRequest> = R extends AnalyzeRequest
  ? AnalyzeResponse
  : R extends LookupRequest
    ? LookupResponse
    : R extends DigestRequest
      ? DigestResponse
      : R extends StatusRequest
        ? StatusResponse
        : R extends GlossarySearchRequest
          ? GlossarySearchResponse
          : R extends GlossarySaveRequest
            ? GlossarySaveResponse
            : R extends GlossaryDeleteRequest
              ? { ok: true }
              : R extends GlossaryImportRequest
                ? GlossaryImportResponse
                : R extends GlossaryExportRequest
                  ? GlossaryExportResponse
                  : R extends StarSetRequest
                    ? StarSetResponse
                    : R extends OptionsOpenRequest
                      ? { ok: true }
                      : never;

/** Asked of a tab's content script. */
export interface PageArticleRequest {
  type: 'page:article';
}
export type PageArticleResponse =
  | { state: 'article'; host: string; title: string | null; blocks: string[]; paintMs: number | null }
  | { state: 'not-article'; host: string; reason: string }
  | { state: 'disabled'; host: string };

/** Scroll the page to an entity's first (or n-th) mention and flash it. */
export interface PageScrollRequest {
  type: 'page:scrollTo';
  key: string;
  index?: number;
}

/** A keyboard command of the manifest ("commands"), forwarded by the background to the active tab. */
export interface PageCommandRequest {
  type: 'page:command';
  command: string;
}

export type PageRequest = PageArticleRequest | PageScrollRequest | PageCommandRequest;

/** Errors in a reply, carried as data so every browser delivers them the same way. */
export interface ErrorReply {
  error: string;
}

export function isErrorReply(x: unknown): x is ErrorReply {
  return typeof x === 'object' && x !== null && typeof (x as ErrorReply).error === 'string';
}

/** storage.local key bumped by the background whenever the glossary changes; open pages re-read. */
export const GLOSSARY_REVISION_KEY = 'dalil:glossaryRevision';
