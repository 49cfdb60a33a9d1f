/**
 * Exporting the glossary (all as JSON; the reader's own as JSON or CSV) and the study list for
 * Anki. Files are made here and handed to `download`: nothing leaves the machine.
 */
import { useState } from 'preact/hooks';
import { glossaryToCsv, glossaryToJson, studyListToAnkiCsv } from '../lib/glossary/io';
import type { GlossaryEntry } from '../lib/glossary/types';
import type { OptionsT } from '../lib/i18n/options';
import type { GlossaryExportRequest } from '../lib/messages';

export type ExportScope = GlossaryExportRequest['scope'];

export interface ExportProps {
  t: OptionsT;
  exportEntries: (scope: ExportScope) => Promise<GlossaryEntry[]>;
  download: (fileName: string, text: string, mime: string) => void;
}

type Kind = 'all-json' | 'mine-json' | 'mine-csv' | 'anki';

const PLAN: Record<Kind, { scope: ExportScope; name: string; mime: string; write: (e: readonly GlossaryEntry[]) => string }> = {
  'all-json': { scope: 'all', name: 'dalil-glossary-all', mime: 'application/json', write: (e) => glossaryToJson(e) },
  'mine-json': { scope: 'user', name: 'dalil-glossary-mine', mime: 'application/json', write: (e) => glossaryToJson(e) },
  'mine-csv': { scope: 'user', name: 'dalil-glossary-mine', mime: 'text/csv;charset=utf-8', write: glossaryToCsv },
  anki: { scope: 'starred', name: 'dalil-study-list-anki', mime: 'text/csv;charset=utf-8', write: studyListToAnkiCsv },
};

function useExport({ t, exportEntries, download }: ExportProps) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState<Kind | null>(null);
  async function run(kind: Kind) {
    const plan = PLAN[kind];
    setBusy(kind);
    setMessage(null);
    try {
      const entries = await exportEntries(plan.scope);
      if (entries.length === 0) {
        setMessage({ text: kind === 'anki' ? t('studyEmpty') : t('exportNone'), error: false });
        return;
      }
      const ext = plan.mime.startsWith('application/json') ? 'json' : 'csv';
      const file = `${plan.name}-${new Date().toISOString().slice(0, 10)}.${ext}`;
      download(file, plan.write(entries), plan.mime);
      const text = entries.length === 1 ? t('exportDoneOne', { file }) : t('exportDone', { file, n: entries.length.toLocaleString('en') });
      setMessage({ text, error: false });
    } catch (err) {
      setMessage({ text: t('errorPrefix', { message: String((err as Error)?.message ?? err) }), error: true });
    } finally {
      setBusy(null);
    }
  }
  const status = message && (
    <p class={`notice ${message.error ? 'error' : 'ok'}`} role={message.error ? 'alert' : 'status'} data-testid="export-status">
      {message.text}
    </p>
  );
  return { run, busy, status };
}

export function ExportPanel(props: ExportProps) {
  const { t } = props;
  const { run, busy, status } = useExport(props);
  return (
    <section class="panel" aria-labelledby="export-title" data-testid="export">
      <h2 id="export-title">{t('exportTitle')}</h2>
      <p class="help">{t('exportHelp')}</p>
      <div class="button-row">
        <button type="button" class="button" disabled={!!busy} onClick={() => void run('all-json')} data-testid="export-all-json">
          {t('exportAllJson')}
        </button>
        <button type="button" class="button" disabled={!!busy} onClick={() => void run('mine-json')} data-testid="export-mine-json">
          {t('exportMineJson')}
        </button>
        <button type="button" class="button" disabled={!!busy} onClick={() => void run('mine-csv')} data-testid="export-mine-csv">
          {t('exportMineCsv')}
        </button>
      </div>
      {status}
    </section>
  );
}

export function AnkiExport(props: ExportProps) {
  const { t } = props;
  const { run, busy, status } = useExport(props);
  return (
    <div class="anki-export">
      <button type="button" class="button primary" disabled={!!busy} onClick={() => void run('anki')} data-testid="export-anki">
        {t('exportAnki')}
      </button>
      <p class="help">{t('exportAnkiHelp')}</p>
      {status}
    </div>
  );
}
