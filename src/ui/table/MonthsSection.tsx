import { useId } from 'react';
import { CsvDownloadButton } from '../export/CsvDownloadButton';
import { useT } from '../i18n';
import type { MonthData } from './month-columns';
import { MonthTable } from './MonthTable';

export interface MonthsSectionProps {
  result: MonthData;
  scenario: { name: string; currency: string; msp: { label: string }; isv: { label: string } };
  /** Height of the table's scrolling area in px. */
  height?: number;
}

/** The "Month by month" section: the monthly table with its month input and the CSV export. */
export function MonthsSection({ result, scenario, height }: MonthsSectionProps) {
  const t = useT();
  const headingId = useId();
  return (
    <section className="months-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('table.heading')}</h2>
      <MonthTable
        result={result}
        scenario={scenario}
        height={height}
        toolbar={<CsvDownloadButton result={result} scenario={scenario} />}
      />
    </section>
  );
}
