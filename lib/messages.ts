/**
 * The typed protocol between the parts of the extension.
 *   content/popup/options → background: analyze, lookup, digest
 *   background/popup → content script (of a tab): page:*
 */
import type { GlossaryEntry } from './glossary/types';
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

export type BackgroundRequest = AnalyzeRequest | LookupRequest | DigestRequest | StatusRequest;
export type BackgroundResponse<R extends BackgroundRequest> = R extends AnalyzeRequest
  ? AnalyzeResponse
  : R extends LookupRequest
    ? LookupResponse
    : R extends DigestRequest
      ? DigestResponse
      : R extends StatusRequest
        ? StatusResponse
        : never;

/** Asked of a tab's content script. */
export interface PageArticleRequest {
  type: 'page:article';
}
export type PageArticleResponse =
  | { state: 'article'; host: string; title: string | null; blocks: string[]; paintMs: number | null }
  | { state: 'not-article'; host: string; reason: string }
  | { state: 'disabled'; host: string };

export interface PageScrollRequest {
  type: 'page:scrollTo';
  key: string;
}

export type PageRequest = PageArticleRequest | PageScrollRequest;

/** Errors in a reply, carried as data so every browser delivers them the same way. */
export interface ErrorReply {
  error: string;
}

export function isErrorReply(x: unknown): x is ErrorReply {
  return typeof x === 'object' && x !== null && typeof (x as ErrorReply).error === 'string';
}
