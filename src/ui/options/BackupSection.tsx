import { useRef, useState } from 'preact/hooks';
import { t } from '@/src/i18n/t';
import type { Settings } from '@/src/settings/schema';
import {
  exportFileName,
  importShapeProblem,
  importSizeProblem,
  makeSettingsExport,
  type ImportResult,
} from '@/src/settings/transfer';
import type { SettingsProblem } from '@/src/settings/validate';

type Outcome =
  | { kind: 'imported'; file: string }
  | { kind: 'refused'; file: string; problems: SettingsProblem[] }
  | { kind: 'reset' };

/** Props of the backup section. */
export interface BackupSectionProps {
  settings: Settings;
  now: () => Date;
  importData: (data: unknown) => Promise<ImportResult | null>;
  reset: () => Promise<boolean>;
}

/**
 * Reads a chosen file as JSON. Refuses, saying why, a file too large to be an export (before
 * reading it) and one nested too deeply to be passed to the background (which would otherwise
 * fail with a bare serialisation error).
 */
export async function readImportFile(file: File): Promise<{ data: unknown } | SettingsProblem> {
  const tooLarge = importSizeProblem(file.size);
  if (tooLarge) return tooLarge;
  let data: unknown;
  try {
    data = JSON.parse(await file.text()) as unknown;
  } catch {
    return { key: 'importNotJson' };
  }
  return importShapeProblem(data) ?? { data };
}

/** Export to and import from a JSON file, and reset to defaults after a confirmation. */
export function BackupSection({ settings, now, importData, reset }: BackupSectionProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  function exportFile(): void {
    const when = now();
    const blob = new Blob([JSON.stringify(makeSettingsExport(settings, when), null, 2)], {
      type: 'application/json',
    });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = exportFileName(when);
    link.click();
    // The download has its own copy once started; the object URL is only needed for the click.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  async function importFile(file: File): Promise<void> {
    const read = await readImportFile(file);
    if ('key' in read) {
      setOutcome({ kind: 'refused', file: file.name, problems: [read] });
      return;
    }
    const result = await importData(read.data);
    if (!result) return; // The background did not answer: the page's error line says so.
    setOutcome(
      result.ok
        ? { kind: 'imported', file: file.name }
        : { kind: 'refused', file: file.name, problems: result.problems },
    );
  }

  return (
    <section class="card" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('optionsBackupTitle')}</h2>
      <p class="muted">{t('optionsBackupHint')}</p>
      <div class="button-row">
        <button type="button" onClick={exportFile}>
          {t('optionsExport')}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t('optionsImport')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          class="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="import-file"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void importFile(file);
          }}
        />
        <button
          type="button"
          class="danger"
          aria-expanded={confirming}
          onClick={() => {
            setConfirming(true);
            setOutcome(null);
            requestAnimationFrame(() => cancelButton.current?.focus());
          }}
        >
          {t('optionsReset')}
        </button>
      </div>
      {confirming && (
        <div class="confirm" role="group" aria-labelledby="reset-question">
          <p id="reset-question">{t('optionsResetConfirm')}</p>
          <div class="button-row">
            <button
              type="button"
              class="danger"
              onClick={() => {
                setConfirming(false);
                void reset().then((done) => done && setOutcome({ kind: 'reset' }));
              }}
            >
              {t('optionsResetYes')}
            </button>
            <button ref={cancelButton} type="button" onClick={() => setConfirming(false)}>
              {t('optionsCancel')}
            </button>
          </div>
        </div>
      )}
      <div aria-live="polite">
        {outcome?.kind === 'imported' && <p class="success">{t('importDone', outcome.file)}</p>}
        {outcome?.kind === 'reset' && <p class="success">{t('optionsResetDone')}</p>}
      </div>
      {outcome?.kind === 'refused' && (
        <div role="alert" class="error-box">
          <p>{t('importRefused', outcome.file)}</p>
          <ul>
            {outcome.problems.map((problem, i) => (
              <li key={i}>{t(problem.key, problem.subs)}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
