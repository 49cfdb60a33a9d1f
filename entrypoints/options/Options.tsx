/**
 * The options page: the glossary (search, add, edit, delete), the study list, import and export,
 * and settings. It talks to the background with typed messages and re-reads whenever the glossary
 * changes anywhere (the revision key in storage). Its URL hash says what it shows (./route.ts).
 */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { EntryForm } from '../../components/EntryForm';
import { AnkiExport, ExportPanel, type ExportScope } from '../../components/ExportPanel';
import { type GlossaryApi, GlossaryBrowser } from '../../components/GlossaryBrowser';
import { ImportDialog } from '../../components/ImportDialog';
import { SettingsPanel } from '../../components/SettingsPanel';
import { hasArabic } from '../../lib/arabic/normalize';
import { sendToBackground } from '../../lib/browser/messaging';
import { loadSettings, onSettingsChanged, saveSettings } from '../../lib/browser/settings-store';
import type { GlossaryEntry } from '../../lib/glossary/types';
import { COMMON } from '../../lib/i18n/common';
import { dirOf, resolveLang, translator } from '../../lib/i18n/index';
import { OPTIONS, type OptionsT } from '../../lib/i18n/options';
import { GLOSSARY_REVISION_KEY } from '../../lib/messages';
import type { Settings } from '../../lib/settings';
import { downloadText } from './download';
import { parseRoute, type Route, routeHash, type Tab } from './route';

const CATALOG = { ...COMMON, ...OPTIONS };

const api: GlossaryApi = {
  search: (request) => sendToBackground(request),
  setStar: async (id, starred) => {
    await sendToBackground({ type: 'star:set', id, starred });
  },
  remove: async (id) => {
    await sendToBackground({ type: 'glossary:delete', id });
  },
};

const exportEntries = async (scope: ExportScope): Promise<GlossaryEntry[]> =>
  (await sendToBackground({ type: 'glossary:export', scope })).entries;

function browserLanguage(): string | undefined {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return navigator.language;
  }
}

/** The form for #edit=<id>: the entry is looked up first. */
function EditLoader({ id, t, children }: { id: string; t: OptionsT; children: (entry: GlossaryEntry) => ComponentChildren }) {
  const [state, setState] = useState<{ id: string; entry: GlossaryEntry | null; error?: string } | null>(null);
  useEffect(() => {
    let live = true;
    sendToBackground({ type: 'lookup', id }).then(
      (r) => live && setState({ id, entry: r.entry }),
      (err: unknown) => live && setState({ id, entry: null, error: String((err as Error)?.message ?? err) }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  if (!state || state.id !== id) return <p class="count">{t('loading')}</p>;
  if (!state.entry) {
    return (
      <p class="notice error" role="alert">
        {state.error ? t('errorPrefix', { message: state.error }) : t('notFound', { id })}
      </p>
    );
  }
  return <>{children(state.entry)}</>;
}

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  const [revision, setRevision] = useState(0);
  const [status, setStatus] = useState<string | null>(null);
  const [shownQuery, setShownQuery] = useState<string | undefined>(undefined);

  const lang = resolveLang(settings?.uiLanguage ?? 'auto', browserLanguage());
  const t = useMemo(() => translator(CATALOG, lang) as OptionsT, [lang]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dirOf(lang);
    document.title = t('pageTitle');
  }, [lang, t]);

  useEffect(() => {
    void loadSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);

  useEffect(() => {
    const onHash = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  // The glossary changed (here, in a card, in another tab): every list re-reads.
  useEffect(() => {
    const onChange = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && GLOSSARY_REVISION_KEY in changes) setRevision((n) => n + 1);
    };
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, []);

  useEffect(() => {
    if (!status) return;
    const h = setTimeout(() => setStatus(null), 6000);
    return () => clearTimeout(h);
  }, [status]);

  const navigate = useCallback((next: Route) => {
    const hash = routeHash(next);
    history.pushState(null, '', hash || `${location.pathname}${location.search}`);
    setRoute(next);
    window.scrollTo(0, 0);
  }, []);

  const update = useCallback((change: (s: Settings) => Settings) => {
    void (async () => {
      const next = change(await loadSettings());
      setSettings(next);
      await saveSettings(next);
      setStatus(null);
    })();
  }, []);

  const onSaved = (entry: GlossaryEntry, added: boolean) => {
    setStatus(t('saved', { name: entry.en }));
    if (added) setShownQuery(entry.ar);
    navigate({ tab: 'glossary' });
  };

  if (!settings) return <div class="options loading" />;

  const tabs: Array<{ id: Tab; label: string }> = [
    { id: 'glossary', label: t('tabGlossary') },
    { id: 'study', label: t('tabStudy') },
    { id: 'transfer', label: t('tabTransfer') },
    { id: 'settings', label: t('tabSettings') },
  ];
  const save = (entry: unknown) => sendToBackground({ type: 'glossary:save', entry });

  return (
    <div class="options" data-testid="options" data-lang={lang}>
      <header class="masthead">
        <div class="brand">
          <span class="logo" aria-hidden="true">
            د
          </span>
          <div>
            <h1>
              Dalil <span lang="ar">دليل</span>
            </h1>
            <p class="tagline">{t('tagline')}</p>
          </div>
        </div>
        <nav class="tabs" aria-label={t('sections')}>
          {tabs.map((tab) => (
            <a
              key={tab.id}
              href={tab.id === 'glossary' ? '#' : `#${tab.id}`}
              class={`tab${route.tab === tab.id && !route.form ? ' active' : ''}`}
              aria-current={route.tab === tab.id ? 'page' : undefined}
              data-testid={`tab-${tab.id}`}
              onClick={(e) => {
                e.preventDefault();
                navigate({ tab: tab.id });
              }}
            >
              {tab.label}
            </a>
          ))}
        </nav>
      </header>

      <main class="content">
        <p class="status" role="status" aria-live="polite" data-testid="status">
          {status}
        </p>

        {route.form === 'add' && (
          <EntryForm
            key={`add:${routeHash(route)}`}
            t={t}
            prefill={{ ar: route.prefill.ar, en: route.prefill.translit, type: route.prefill.type, descEn: route.prefill.role }}
            save={save}
            onSaved={(e) => onSaved(e, true)}
            onCancel={() => navigate({ tab: 'glossary' })}
          />
        )}
        {route.form === 'edit' && (
          <EditLoader id={route.id} t={t}>
            {(entry) => (
              <EntryForm
                key={`edit:${entry.id}`}
                t={t}
                entry={entry}
                save={save}
                onSaved={(e) => onSaved(e, false)}
                onCancel={() => navigate({ tab: 'glossary' })}
              />
            )}
          </EditLoader>
        )}

        {route.tab === 'glossary' && !route.form && (
          <section aria-labelledby="glossary-title">
            <h2 id="glossary-title" class="visually-hidden">
              {t('tabGlossary')}
            </h2>
            <GlossaryBrowser
              t={t}
              api={api}
              revision={revision}
              initialQuery={shownQuery}
              onEdit={(e) => navigate({ tab: 'glossary', form: 'edit', id: e.id })}
              onAdd={(query) =>
                navigate({ tab: 'glossary', form: 'add', prefill: hasArabic(query) ? { ar: query } : query ? { translit: query } : {} })
              }
              onStatus={setStatus}
            />
          </section>
        )}

        {route.tab === 'study' && (
          <section aria-labelledby="study-title">
            <h2 id="study-title">{t('tabStudy')}</h2>
            <p class="help">{t('studyHelp')}</p>
            <AnkiExport t={t} exportEntries={exportEntries} download={downloadText} />
            <GlossaryBrowser
              t={t}
              api={api}
              revision={revision}
              studyList
              onEdit={(e) => navigate({ tab: 'glossary', form: 'edit', id: e.id })}
              onStatus={setStatus}
            />
          </section>
        )}

        {route.tab === 'transfer' && (
          <div class="two-columns">
            <ImportDialog t={t} sendChunk={(request) => sendToBackground(request)} onImported={() => setRevision((n) => n + 1)} />
            <ExportPanel t={t} exportEntries={exportEntries} download={downloadText} />
          </div>
        )}

        {route.tab === 'settings' && <SettingsPanel t={t} settings={settings} update={update} />}
      </main>
    </div>
  );
}
