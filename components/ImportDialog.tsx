/**
 * Importing a glossary file: pick it, watch it being read and checked, see every problem by row,
 * field and why. A file with any invalid row imports nothing unless the reader asks for the valid
 * entries only. The entries go to the background in chunks and are written in one transaction.
 */
import { useRef, useState } from 'preact/hooks';
import { CSV_COLUMNS, type ImportError, type ImportReport, importChunks, randomToken, readGlossaryFile } from '../lib/glossary/io';
import type { GlossaryEntry } from '../lib/glossary/types';
import type { OptionsKey, OptionsT } from '../lib/i18n/options';
import type { GlossaryImportRequest, GlossaryImportResponse } from '../lib/messages';
import { localWhy } from './issue-text';

export interface ImportDialogProps {
  t: OptionsT;
  sendChunk: (request: GlossaryImportRequest) => Promise<GlossaryImportResponse>;
  onImported: (count: number) => void;
}

type State =
  | { step: 'idle' }
  | { step: 'reading'; file: string; phase: 'reading' | 'parsing' | 'checking'; done: number; total: number }
  | { step: 'failed'; file: string; error: ImportError }
  | { step: 'report'; file: string; report: ImportReport }
  | { step: 'importing'; file: string; done: number; total: number }
  | { step: 'imported'; file: string; count: number }
  | { step: 'cancelled' }
  | { step: 'import-failed'; file: string; message: string };

/** Problems shown in the table; the rest are counted (a broken 20 MB file has hundreds of thousands). */
const SHOWN_ISSUES = 200;

function errorText(error: ImportError, t: OptionsT): string {
  const key = `err_${error.code.replace(/-/g, '_')}` as OptionsKey;
  const text = t(key, error.vars);
  return text === key ? error.message : text;
}

export function ImportDialog({ t, sendChunk, onImported }: ImportDialogProps) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const run = useRef(0);

  async function send(file: string, entries: GlossaryEntry[]) {
    const importId = `import-${Date.now()}-${randomToken(8)}`;
    const chunks = importChunks(entries);
    let done = 0;
    setState({ step: 'importing', file, done, total: entries.length });
    try {
      for (const [i, chunk] of chunks.entries()) {
        const r = await sendChunk({
          type: 'glossary:import',
          importId,
          entries: chunk,
          commit: i === chunks.length - 1,
          expected: entries.length,
        });
        done += chunk.length;
        // A background restarted between two chunks has forgotten the first ones: stop before the commit.
        if (r.imported === null && r.staged !== done) throw new Error(t('importInterrupted'));
        setState({ step: 'importing', file, done, total: entries.length });
        if (r.imported !== null) {
          if (r.imported !== entries.length) {
            setState({ step: 'import-failed', file, message: t('importPartial', { n: r.imported, total: entries.length }) });
          } else setState({ step: 'imported', file, count: r.imported });
          onImported(r.imported);
        }
      }
    } catch (err) {
      setState({ step: 'import-failed', file, message: String((err as Error)?.message ?? err) });
    }
  }

  async function choose(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) reads it again.
    input.value = '';
    if (!file) return;
    const mine = ++run.current;
    setState({ step: 'reading', file: file.name, phase: 'reading', done: 0, total: 1 });
    // Let the progress bar paint before the first long piece of work.
    await new Promise((r) => setTimeout(r, 0));
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = await readGlossaryFile(bytes, {
      fileName: file.name,
      onProgress: (p) => {
        if (run.current === mine) setState({ step: 'reading', file: file.name, ...p });
      },
    });
    if (run.current !== mine) return;
    if (!result.ok) {
      setState({ step: 'failed', file: file.name, error: result.error });
      return;
    }
    const { report } = result;
    if (report.invalidRows === 0 && report.entries.length > 0) await send(file.name, report.entries);
    else setState({ step: 'report', file: file.name, report });
  }

  const cancel = () => {
    run.current++;
    setState({ step: 'cancelled' });
  };

  const percent = (done: number, total: number) => (total > 0 ? Math.round((done / total) * 100) : 0);

  return (
    <section class="panel" aria-labelledby="import-title" data-testid="import">
      <h2 id="import-title">{t('importTitle')}</h2>
      <p class="help">{t('importHelp')}</p>
      <pre class="csv-header" dir="ltr" lang="en" data-testid="csv-header">
        {CSV_COLUMNS.join(',')}
      </pre>
      <p class="help">{t('importRequired')}</p>
      <div class="file-picker">
        <label for="import-file">{t('chooseFile')}</label>
        <input
          id="import-file"
          class="file-input"
          type="file"
          accept=".json,.csv,application/json,text/csv"
          data-testid="import-file"
          onChange={(e) => void choose(e)}
          disabled={state.step === 'reading' || state.step === 'importing'}
        />
      </div>

      <div class="import-status" aria-live="polite" data-testid="import-status">
        {state.step === 'reading' && (
          <div class="progress">
            <progress max={state.total} value={state.done} aria-label={state.file} />
            <span>
              {state.phase === 'checking'
                ? t('phaseChecking', { done: state.done.toLocaleString('en'), total: state.total.toLocaleString('en') })
                : t(state.phase === 'reading' ? 'phaseReading' : 'phaseParsing', { percent: percent(state.done, state.total) })}
            </span>
          </div>
        )}
        {state.step === 'importing' && (
          <div class="progress">
            <progress max={state.total} value={state.done} aria-label={state.file} />
            <span>{t('phaseImporting', { done: state.done.toLocaleString('en'), total: state.total.toLocaleString('en') })}</span>
          </div>
        )}
        {state.step === 'cancelled' && <p class="notice">{t('importCancelled')}</p>}
        {state.step === 'imported' && (
          <p class="notice ok" data-testid="import-done">
            {state.count === 1 ? t('importDoneOne') : t('importDone', { n: state.count.toLocaleString('en') })}
          </p>
        )}
      </div>

      {state.step === 'failed' && (
        <p class="notice error" role="alert" data-testid="import-error">
          <strong>{state.file}</strong> — {errorText(state.error, t)}
        </p>
      )}
      {state.step === 'import-failed' && (
        <p class="notice error" role="alert" data-testid="import-error">
          {t('importFailed', { message: state.message })}
        </p>
      )}

      {state.step === 'report' && (
        <div class="report" data-testid="import-report">
          <p class="report-summary">
            {t('reportSummary', {
              file: state.file,
              rows: state.report.rows.toLocaleString('en'),
              valid: state.report.entries.length.toLocaleString('en'),
              invalid: state.report.invalidRows.toLocaleString('en'),
            })}
          </p>
          {state.report.notes.length > 0 && (
            <ul class="notes">
              {state.report.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
          <p class="notice warn" role="alert">
            {state.report.entries.length > 0 ? t('reportNothingImported') : t('reportNoValid')}
          </p>
          {state.report.issues.length > 0 && (
            <div class="table-scroll">
              <table class="report-table" data-testid="report-table">
                <caption class="visually-hidden">{t('reportCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('colRow')}</th>
                    <th scope="col">{t('colField')}</th>
                    <th scope="col">{t('colWhy')}</th>
                  </tr>
                </thead>
                <tbody>
                  {state.report.issues.slice(0, SHOWN_ISSUES).map((issue, i) => (
                    <tr key={i}>
                      <td class="num">{issue.row}</td>
                      <td>
                        <code dir="ltr">{issue.field}</code>
                      </td>
                      <td>{localWhy(issue.why, t)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {state.report.issues.length > SHOWN_ISSUES && (
            <p class="help">{t('reportMore', { n: (state.report.issues.length - SHOWN_ISSUES).toLocaleString('en') })}</p>
          )}
          <div class="form-actions">
            {state.report.entries.length > 0 && (
              <button
                type="button"
                class="button primary"
                data-testid="import-valid"
                onClick={() => void send(state.file, state.report.entries)}
              >
                {state.report.entries.length === 1
                  ? t('importValidOnlyOne')
                  : t('importValidOnly', { n: state.report.entries.length.toLocaleString('en') })}
              </button>
            )}
            <button type="button" class="button" onClick={cancel} data-testid="import-cancel">
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
