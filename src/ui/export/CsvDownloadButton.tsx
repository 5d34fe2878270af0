import { useId, useState } from 'react';
import { useScenarioV2 } from '../hooks/use-scenario-v2';
import { useT } from '../i18n';
import type { MonthData } from '../table/month-columns';
import { csvFileName, monthsCsv } from './csv';
import type { CsvScenario, CsvSeparator } from './csv';
import { itemsCsv } from './items-csv';
import './export.css';

export interface CsvDownloadButtonProps {
  result: MonthData;
  scenario: CsvScenario & { name: string };
  disabled?: boolean;
}

/**
 * A UTF-8 byte order mark before the text: without it Excel reads the file in the system's legacy
 * code page and mangles labels such as "Zürich AG". Other CSV readers skip it. It is added only
 * here, on the way to the file; `monthsCsv` itself returns the plain RFC 4180 text.
 */
const UTF8_BOM = '\uFEFF';

/**
 * How long the file's object URL lives. Revoking right after `click()` can cancel the download
 * in some browsers, so it is released later, as FileSaver.js does.
 */
export const REVOKE_AFTER_MS = 40_000;

/** Saves `text` as a UTF-8 CSV file named `name`. */
function saveCsv(text: string, name: string): void {
  const blob = new Blob([UTF8_BOM, text], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/**
 * Builds the CSV on click (never before: 6,000 months are ~1 MB of text) and saves it, with the
 * chosen separator (comma by default; semicolon for spreadsheets set to German or Swiss).
 * "Download items CSV" beside it saves the cost items, one row per item, with the same
 * separator: a second button rather than an option, so each file is one click and neither is
 * hidden behind a choice.
 */
export function CsvDownloadButton({ result, scenario, disabled = false }: CsvDownloadButtonProps) {
  const t = useT();
  const id = useId();
  const items = useScenarioV2();
  const [separator, setSeparator] = useState<CsvSeparator>(',');
  const download = () =>
    saveCsv(monthsCsv(result, scenario, { separator }), csvFileName(scenario.name));
  const downloadItems = () =>
    saveCsv(itemsCsv(items, { separator }), csvFileName(items.name, 'items'));

  return (
    <span className="csv-export">
      <label htmlFor={id} className="csv-export__label">
        {t('csv.separator')}
      </label>
      <select
        id={id}
        value={separator}
        data-testid="csv-separator"
        onChange={(e) => setSeparator(e.target.value === ';' ? ';' : ',')}
      >
        <option value=",">{t('csv.comma')}</option>
        <option value=";">{t('csv.semicolon')}</option>
      </select>
      <button
        type="button"
        className="button button--quiet csv-download"
        onClick={download}
        disabled={disabled}
      >
        {t('csv.download')}
      </button>
      <button
        type="button"
        className="button button--quiet csv-download"
        onClick={downloadItems}
        data-testid="csv-items"
      >
        {t('csv.items.download')}
      </button>
    </span>
  );
}
