import { useId, useState } from 'react';
import { useT } from '../i18n';
import type { MonthData } from '../table/month-columns';
import { csvFileName, monthsCsv } from './csv';
import type { CsvScenario, CsvSeparator } from './csv';
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

/**
 * Builds the CSV on click (never before: 6,000 months are ~1 MB of text) and saves it, with the
 * chosen separator (comma by default; semicolon for spreadsheets set to German or Swiss).
 */
export function CsvDownloadButton({ result, scenario, disabled = false }: CsvDownloadButtonProps) {
  const t = useT();
  const id = useId();
  const [separator, setSeparator] = useState<CsvSeparator>(',');
  const download = () => {
    const blob = new Blob([UTF8_BOM, monthsCsv(result, scenario, { separator })], {
      type: 'text/csv;charset=utf-8',
    });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = csvFileName(scenario.name);
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  };

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
    </span>
  );
}
