/**
 * Adding or editing one glossary entry. The background validates (glossary:save) and answers with
 * the issues per field, shown beside each field. Fields the form does not show (context, offices,
 * links…) are kept as they were.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { newEntryId } from '../lib/glossary/io';
import type { EntryIssue } from '../lib/glossary/schema';
import { ENTITY_TYPES, type EntityType, type GlossaryEntry } from '../lib/glossary/types';
import type { OptionsT } from '../lib/i18n/options';
import type { GlossarySaveResponse } from '../lib/messages';
import { localWhy } from './issue-text';

export interface EntryDraftPrefill {
  ar?: string;
  en?: string;
  type?: EntityType;
  descEn?: string;
}

export interface EntryFormProps {
  t: OptionsT;
  /** The entry to edit; none to add a new one. */
  entry?: GlossaryEntry;
  prefill?: EntryDraftPrefill;
  save: (entry: unknown) => Promise<GlossarySaveResponse>;
  onSaved: (entry: GlossaryEntry) => void;
  onCancel: () => void;
}

type FieldName = 'type' | 'en' | 'ar' | 'aliases' | 'short' | 'descEn' | 'descAr' | 'country' | 'coords';
type Draft = Record<Exclude<FieldName, 'coords'> | 'lat' | 'lon', string>;

function draftOf(entry: GlossaryEntry | undefined, prefill: EntryDraftPrefill | undefined): Draft {
  return {
    type: entry?.type ?? prefill?.type ?? 'person',
    en: entry?.en ?? prefill?.en ?? '',
    ar: entry?.ar ?? prefill?.ar ?? '',
    aliases: (entry?.aliases ?? []).join('\n'),
    short: (entry?.short ?? []).join('\n'),
    descEn: entry?.desc.en ?? prefill?.descEn ?? '',
    descAr: entry?.desc.ar ?? '',
    country: entry?.country ?? '',
    lat: entry?.coords ? String(entry.coords[0]) : '',
    lon: entry?.coords ? String(entry.coords[1]) : '',
  };
}

const lines = (s: string) =>
  s
    .split(/\r?\n/)
    .map((x) => x.trim())
    .filter(Boolean);

/** Which form field a schema path belongs to ("desc.en" → descEn, "aliases.2" → aliases). */
function fieldOf(path: string): FieldName | null {
  const [head, sub] = path.split('.');
  if (head === 'desc') return sub === 'ar' ? 'descAr' : 'descEn';
  if (head === 'coords') return 'coords';
  if (head === 'type' || head === 'en' || head === 'ar' || head === 'aliases' || head === 'short' || head === 'country') return head;
  return null;
}

/** "aliases.2" says which line is wrong. */
function issueText(issue: EntryIssue, t: OptionsT): string {
  const why = localWhy(issue.message, t);
  const item = /^(aliases|short)\.(\d+)$/.exec(issue.field);
  return item ? t('why_item', { n: Number(item[2]) + 1, why }) : why;
}

export function EntryForm({ t, entry, prefill, save, onSaved, onCancel }: EntryFormProps) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(entry, prefill));
  const [issues, setIssues] = useState<EntryIssue[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // A new entry gets its id at the first attempt and keeps it, so a corrected form saves the same entry.
  const newId = useRef<string | null>(null);
  const firstField = useRef<HTMLInputElement>(null);
  useEffect(() => firstField.current?.focus(), []);

  const byField = useMemo(() => {
    const out = new Map<FieldName | 'general', string[]>();
    for (const issue of issues) {
      const field = fieldOf(issue.field) ?? 'general';
      const text = field === 'general' ? `${issue.field}: ${issueText(issue, t)}` : issueText(issue, t);
      out.set(field, [...(out.get(field) ?? []), text]);
    }
    return out;
  }, [issues, t]);

  // Functional updates: two inputs in one tick (autofill, paste) must not undo each other.
  const set = (name: keyof Draft) => (e: Event) => {
    const value = (e.currentTarget as HTMLInputElement).value;
    setDraft((d) => ({ ...d, [name]: value }));
  };

  function build(): { entry: Record<string, unknown>; local: EntryIssue[] } {
    const local: EntryIssue[] = [];
    const out: Record<string, unknown> = { ...(entry ?? {}) };
    newId.current ??= newEntryId(draft.en, draft.ar);
    out.id = entry?.id ?? newId.current;
    out.type = draft.type;
    out.en = draft.en.trim();
    out.ar = draft.ar.trim();
    out.desc = { en: draft.descEn.trim(), ar: draft.descAr.trim() };
    for (const [key, value] of [
      ['aliases', lines(draft.aliases)],
      ['short', lines(draft.short)],
    ] as const) {
      if (value.length) out[key] = value;
      else delete out[key];
    }
    const country = draft.country.trim().toUpperCase();
    if (country) out.country = country;
    else delete out.country;
    const lat = draft.lat.trim();
    const lon = draft.lon.trim();
    if (!lat && !lon) delete out.coords;
    else {
      const nums = [lat, lon].map((s) => (/^[+-]?\d+(\.\d+)?$/.test(s) ? Number(s) : Number.NaN));
      if (nums.some(Number.isNaN)) local.push({ field: 'coords', message: 'coords' });
      else out.coords = nums;
    }
    delete out.source;
    delete out.updatedAt;
    return { entry: out, local };
  }

  async function submit(e: Event) {
    e.preventDefault();
    setError(null);
    const { entry: candidate, local } = build();
    if (local.length) {
      setIssues(local);
      return;
    }
    setBusy(true);
    try {
      const r = await save(candidate);
      if (r.ok) onSaved(r.entry);
      else setIssues(r.issues);
    } catch (err) {
      setError(String((err as Error)?.message ?? err));
    } finally {
      setBusy(false);
    }
  }

  const fieldIssues = (name: FieldName) => {
    const list = name === 'coords' && issues.some((i) => i.message === 'coords') ? [t('why_coords')] : byField.get(name);
    return list;
  };
  const describedBy = (name: FieldName, help?: boolean) =>
    [help ? `help-${name}` : '', fieldIssues(name) ? `issue-${name}` : ''].filter(Boolean).join(' ') || undefined;

  function issuesFor(name: FieldName) {
    const list = fieldIssues(name);
    if (!list) return null;
    return (
      <p class="field-issue" id={`issue-${name}`} data-testid={`issue-${name}`}>
        {list.join(' · ')}
      </p>
    );
  }

  const general = byField.get('general');
  const title = entry ? t('editTitle') : t('addTitle');
  return (
    <form class="entry-form" data-testid="entry-form" onSubmit={submit} noValidate aria-labelledby="entry-form-title">
      <h2 id="entry-form-title">{title}</h2>
      <p class="help">{entry?.source === 'seed' ? t('editSeedHelp') : entry ? null : t('addHelp')}</p>
      {entry && (
        <p class="entry-id">
          {t('fieldId')}: <code>{entry.id}</code>
        </p>
      )}
      {issues.length > 0 && (
        <div class="form-alert" role="alert" data-testid="form-issues">
          <p>{t('formHasIssues')}</p>
          {general && (
            <ul>
              {general.map((g) => (
                <li key={g}>{g}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {error && (
        <p class="form-alert" role="alert">
          {t('errorPrefix', { message: error })}
        </p>
      )}

      <div class="field">
        <label for="f-type">{t('fieldType')}</label>
        <select
          id="f-type"
          value={draft.type}
          onChange={set('type')}
          aria-invalid={!!fieldIssues('type')}
          aria-describedby={describedBy('type')}
        >
          {ENTITY_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(type)}
            </option>
          ))}
        </select>
        {issuesFor('type')}
      </div>

      <div class="field-row">
        <div class="field">
          <label for="f-ar">{t('fieldAr')}</label>
          <input
            id="f-ar"
            ref={firstField}
            dir="rtl"
            lang="ar"
            value={draft.ar}
            onInput={set('ar')}
            required
            autoComplete="off"
            aria-invalid={!!fieldIssues('ar')}
            aria-describedby={describedBy('ar')}
          />
          {issuesFor('ar')}
        </div>
        <div class="field">
          <label for="f-en">{t('fieldEn')}</label>
          <input
            id="f-en"
            dir="ltr"
            lang="en"
            value={draft.en}
            onInput={set('en')}
            required
            autoComplete="off"
            aria-invalid={!!fieldIssues('en')}
            aria-describedby={describedBy('en')}
          />
          {issuesFor('en')}
        </div>
      </div>

      <div class="field-row">
        <div class="field">
          <label for="f-aliases">{t('fieldAliases')}</label>
          <textarea
            id="f-aliases"
            dir="rtl"
            lang="ar"
            rows={3}
            value={draft.aliases}
            onInput={set('aliases')}
            aria-invalid={!!fieldIssues('aliases')}
            aria-describedby={describedBy('aliases', true)}
          />
          <p class="help" id="help-aliases">
            {t('fieldAliasesHelp')}
          </p>
          {issuesFor('aliases')}
        </div>
        <div class="field">
          <label for="f-short">{t('fieldShort')}</label>
          <textarea
            id="f-short"
            dir="rtl"
            lang="ar"
            rows={3}
            value={draft.short}
            onInput={set('short')}
            aria-invalid={!!fieldIssues('short')}
            aria-describedby={describedBy('short', true)}
          />
          <p class="help" id="help-short">
            {t('fieldShortHelp')}
          </p>
          {issuesFor('short')}
        </div>
      </div>

      <div class="field-row">
        <div class="field">
          <label for="f-desc-ar">{t('fieldDescAr')}</label>
          <textarea
            id="f-desc-ar"
            dir="rtl"
            lang="ar"
            rows={2}
            value={draft.descAr}
            onInput={set('descAr')}
            required
            aria-invalid={!!fieldIssues('descAr')}
            aria-describedby={describedBy('descAr', true)}
          />
          <p class="help" id="help-descAr">
            {t('fieldDescHelp')}
          </p>
          {issuesFor('descAr')}
        </div>
        <div class="field">
          <label for="f-desc-en">{t('fieldDescEn')}</label>
          <textarea
            id="f-desc-en"
            dir="ltr"
            lang="en"
            rows={2}
            value={draft.descEn}
            onInput={set('descEn')}
            required
            aria-invalid={!!fieldIssues('descEn')}
            aria-describedby={describedBy('descEn', true)}
          />
          <p class="help" id="help-descEn">
            {t('fieldDescHelp')}
          </p>
          {issuesFor('descEn')}
        </div>
      </div>

      <div class="field-row">
        <div class="field narrow-field">
          <label for="f-country">{t('fieldCountry')}</label>
          <input
            id="f-country"
            dir="ltr"
            maxLength={2}
            size={3}
            value={draft.country}
            onInput={set('country')}
            autoComplete="off"
            aria-invalid={!!fieldIssues('country')}
            aria-describedby={describedBy('country', true)}
          />
          <p class="help" id="help-country">
            {t('fieldCountryHelp')}
          </p>
          {issuesFor('country')}
        </div>
        <fieldset class="field coords" aria-describedby={describedBy('coords', true)}>
          <legend>{t('fieldCoords')}</legend>
          <div class="coords-inputs">
            <label>
              <span>{t('fieldLat')}</span>
              <input
                id="f-lat"
                dir="ltr"
                inputMode="decimal"
                value={draft.lat}
                onInput={set('lat')}
                aria-invalid={!!fieldIssues('coords')}
              />
            </label>
            <label>
              <span>{t('fieldLon')}</span>
              <input
                id="f-lon"
                dir="ltr"
                inputMode="decimal"
                value={draft.lon}
                onInput={set('lon')}
                aria-invalid={!!fieldIssues('coords')}
              />
            </label>
          </div>
          <p class="help" id="help-coords">
            {t('fieldCoordsHelp')}
          </p>
          {issuesFor('coords')}
        </fieldset>
      </div>

      <div class="form-actions">
        <button type="submit" class="button primary" disabled={busy} data-testid="save">
          {busy ? t('saving') : t('save')}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
