/**
 * Searching and paging through the glossary as the reader types (Arabic or English), filtered by
 * type and source; or, as the study list, the starred entries only. Re-reads whenever `revision`
 * changes (the glossary changed anywhere in the extension).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EntityType, EntrySource, GlossaryEntry } from '../lib/glossary/types';
import type { OptionsT } from '../lib/i18n/options';
import type { GlossarySearchRequest, GlossarySearchResponse } from '../lib/messages';
import { GlossaryTable } from './GlossaryTable';

export interface GlossaryApi {
  search(request: GlossarySearchRequest): Promise<GlossarySearchResponse>;
  setStar(id: string, starred: boolean): Promise<void>;
  remove(id: string): Promise<void>;
}

export interface GlossaryBrowserProps {
  t: OptionsT;
  api: GlossaryApi;
  revision: number;
  /** The study list: starred entries only, without filters. */
  studyList?: boolean;
  initialQuery?: string;
  onEdit: (entry: GlossaryEntry) => void;
  /** Opens the Add form; given the current search, so a name not found can be added at once. */
  onAdd?: (query: string) => void;
  onStatus: (message: string) => void;
}

const PAGE_SIZE = 25;
const DEBOUNCE_MS = 200;

type Result = { state: 'loading' } | { state: 'error'; message: string } | ({ state: 'ready' } & GlossarySearchResponse);

export function GlossaryBrowser({ t, api, revision, studyList, initialQuery, onEdit, onAdd, onStatus }: GlossaryBrowserProps) {
  const [query, setQuery] = useState(initialQuery ?? '');
  const [debounced, setDebounced] = useState(query);
  const [type, setType] = useState<EntityType | 'all'>('all');
  const [source, setSource] = useState<EntrySource | 'all'>('all');
  const [page, setPage] = useState(0);
  const [refresh, setRefresh] = useState(0);
  const [result, setResult] = useState<Result>({ state: 'loading' });
  const [starred, setStarred] = useState<Set<string>>(new Set());
  const latest = useRef(0);

  useEffect(() => {
    if (initialQuery !== undefined) setQuery(initialQuery);
  }, [initialQuery]);

  useEffect(() => {
    const h = setTimeout(() => setDebounced(query), DEBOUNCE_MS);
    return () => clearTimeout(h);
  }, [query]);

  // A new search starts on its first page.
  useEffect(() => setPage(0), [debounced, type, source]);

  useEffect(() => {
    const mine = ++latest.current;
    api
      .search({
        type: 'glossary:search',
        query: studyList ? '' : debounced,
        entityType: studyList ? 'all' : type,
        source: studyList ? 'all' : source,
        starredOnly: !!studyList,
        offset: page * PAGE_SIZE,
        limit: PAGE_SIZE,
      })
      .then(
        (r) => {
          // Only the answer to the latest request counts (typing fast sends several).
          if (mine !== latest.current) return;
          setResult({ state: 'ready', ...r });
          setStarred(new Set(r.starred));
        },
        (err: unknown) => {
          if (mine === latest.current) setResult({ state: 'error', message: String((err as Error)?.message ?? err) });
        },
      );
  }, [api, debounced, type, source, page, studyList, revision, refresh]);

  async function star(entry: GlossaryEntry, on: boolean) {
    const next = new Set(starred);
    if (on) next.add(entry.id);
    else next.delete(entry.id);
    setStarred(next);
    try {
      await api.setStar(entry.id, on);
      if (studyList) setRefresh((n) => n + 1);
    } catch (err) {
      onStatus(t('errorPrefix', { message: String((err as Error)?.message ?? err) }));
      setRefresh((n) => n + 1);
    }
  }

  async function remove(entry: GlossaryEntry) {
    try {
      await api.remove(entry.id);
      onStatus(t('deleted', { name: entry.en }));
    } catch (err) {
      onStatus(t('errorPrefix', { message: String((err as Error)?.message ?? err) }));
    }
    setRefresh((n) => n + 1);
  }

  const total = result.state === 'ready' ? result.total : 0;
  const from = page * PAGE_SIZE;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  return (
    <div class="browser">
      {!studyList && (
        <search class="toolbar">
          <div class="search">
            <label for="search" class="visually-hidden">
              {t('searchLabel')}
            </label>
            <svg class="search-icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
              <circle cx="7" cy="7" r="5" fill="none" stroke="currentColor" stroke-width="1.6" />
              <path d="M11 11l3.5 3.5" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
            </svg>
            <input
              id="search"
              type="search"
              dir="auto"
              value={query}
              placeholder={t('searchPlaceholder')}
              onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
              autoComplete="off"
              spellcheck={false}
              data-testid="search"
            />
          </div>
          <FilterSelect
            label={t('typeFilter')}
            value={type}
            onChange={setType}
            testId="filter-type"
            options={[
              ['all', t('all')],
              ['person', t('person')],
              ['organization', t('organization')],
              ['place', t('place')],
            ]}
          />
          <FilterSelect
            label={t('sourceFilter')}
            value={source}
            onChange={setSource}
            testId="filter-source"
            options={[
              ['all', t('all')],
              ['seed', t('sourceSeed')],
              ['user', t('sourceUser')],
            ]}
          />
          {onAdd && (
            <button type="button" class="button primary add" onClick={() => onAdd(query.trim())} data-testid="add">
              {t('addEntry')}
            </button>
          )}
        </search>
      )}

      <p class="count" aria-live="polite" data-testid="count">
        {result.state === 'loading' && t('loading')}
        {result.state === 'ready' &&
          (total === 0
            ? studyList
              ? t('studyEmpty')
              : t('noResults')
            : total > PAGE_SIZE
              ? t('resultsRange', {
                  from: (from + 1).toLocaleString('en'),
                  to: Math.min(total, from + PAGE_SIZE).toLocaleString('en'),
                  total: total.toLocaleString('en'),
                })
              : total === 1
                ? t('resultsCountOne')
                : t('resultsCount', { total: total.toLocaleString('en') }))}
      </p>
      {result.state === 'ready' && total === 0 && !studyList && onAdd && debounced.trim() && (
        <p class="empty-add">
          <button type="button" class="button" onClick={() => onAdd(debounced.trim())} data-testid="add-missing">
            {t('addNamed', { name: debounced.trim() })}
          </button>
        </p>
      )}
      {result.state === 'error' && (
        <p class="notice error" role="alert">
          {t('errorPrefix', { message: result.message })}
        </p>
      )}

      {result.state === 'ready' && result.entries.length > 0 && (
        <div class="table-scroll">
          <GlossaryTable
            t={t}
            entries={result.entries}
            starred={starred}
            onStar={(e, on) => void star(e, on)}
            onEdit={onEdit}
            onDelete={(e) => void remove(e)}
            caption={studyList ? t('tabStudy') : undefined}
          />
        </div>
      )}

      {total > PAGE_SIZE && (
        <nav class="pager" aria-label={t('pagination')}>
          <button type="button" class="button small" disabled={page === 0} onClick={() => setPage(page - 1)} data-testid="prev">
            {t('previousPage')}
          </button>
          <span>
            {page + 1} / {pages}
          </span>
          <button type="button" class="button small" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)} data-testid="next">
            {t('nextPage')}
          </button>
        </nav>
      )}
    </div>
  );
}

/** One of the browser's filters: a labelled choice among fixed values. */
function FilterSelect<T extends string>(props: {
  label: string;
  value: T;
  onChange: (value: T) => void;
  testId: string;
  options: ReadonlyArray<readonly [T, string]>;
}) {
  return (
    <label class="filter">
      <span>{props.label}</span>
      <select
        value={props.value}
        onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value as T)}
        data-testid={props.testId}
      >
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
