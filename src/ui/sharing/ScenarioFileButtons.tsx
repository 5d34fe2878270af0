import { useRef } from 'react';
import { selectScenario, useAppState, useAppStoreApi } from '../../state';
import { KEPT_CURRENT, gateMessage } from '../../url/messages';
import { readScenarioFile, scenarioFileName, scenarioFileText } from '../../url/scenario-file';
import { useT } from '../i18n';
import { asHistoryStep } from './history-step';
import { words } from './words';

/** How long the file's object URL lives (revoking at once can cancel the download). */
const REVOKE_AFTER_MS = 40_000;

/** Export the complete scenario as a .json file; import one through the gate. */
export function ScenarioFileButtons() {
  const t = useT();
  const store = useAppStoreApi();
  const scenario = useAppState(selectScenario);
  const showGateMessage = useAppState((s) => s.showGateMessage);
  const showNotice = useAppState((s) => s.showNotice);
  const inputRef = useRef<HTMLInputElement>(null);

  const exportFile = () => {
    const blob = new Blob([scenarioFileText(scenario)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = scenarioFileName(scenario);
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const result = await readScenarioFile(file);
    if (result.ok) asHistoryStep(() => store.getState().setScenario(result.scenario));
    const problem = gateMessage(result, 'file', KEPT_CURRENT);
    if (problem || !result.ok) showGateMessage(problem);
    // Said, or the import would look as if nothing happened when the figures barely change.
    else
      showNotice({
        tone: 'info',
        summary: words('file.imported', { name: result.scenario.name }),
        details: [],
      });
  };

  return (
    <div className="sharing-files">
      <button className="button button--quiet" type="button" onClick={exportFile}>
        {t('file.export')}
      </button>
      <button
        className="button button--quiet"
        type="button"
        onClick={() => inputRef.current?.click()}
      >
        {t('file.import')}
      </button>
      <input
        ref={inputRef}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="import-file"
        aria-label={t('file.importLabel')}
        onChange={(e) => {
          const input = e.currentTarget;
          void importFile(input.files?.[0]).finally(() => {
            // The same file can be chosen again.
            input.value = '';
          });
        }}
      />
    </div>
  );
}
