import { useId, useMemo, useState } from 'react';
import { compareWithFivePhase, fivePhaseFigures } from '../../engine';
import type { PartnerKey, SimulationResult, SplitFigures } from '../../engine';
import { selectIsvPct, selectSelectedMonth, useAppState } from '../../state';
import { formatPercentText } from '../format/percent';
import { useT } from '../i18n';
import { KPI_CATALOGUE, formatKpi, kpiLabel } from '../kpi/kpi-catalogue';
import type { KpiEntry } from '../kpi/kpi-catalogue';
import { FixedSplitChart } from './FixedSplitChart';
import { detailSentence, verdictSentence } from './fixed-split-text';
import type { Labels } from './fixed-split-text';
import { PctControl } from './PctControl';
import { useFixedSplit } from './use-fixed-split';
import './fixed-split.css';

export interface FixedSplitPanelProps {
  result: SimulationResult;
  labels: Labels;
  currency: string;
  stale?: boolean;
}

const KEYS: readonly PartnerKey[] = ['msp', 'isv'];

/**
 * The months worth a close look: up to a year after the last break-even of either partner under
 * either model (the models differ most early on; later the lines run close together at the
 * chart's scale). The whole horizon when someone never breaks even.
 */
export function focusMonths(
  model: Record<PartnerKey, SplitFigures>,
  split: Record<PartnerKey, SplitFigures>,
  horizonMonths: number,
): number {
  const months = KEYS.flatMap((k) => [model[k].breakEvenMonth, split[k].breakEvenMonth]);
  if (months.some((m) => m === null)) return horizonMonths;
  return Math.min(horizonMonths, Math.max(...(months as number[])) + 12);
}

/** The table's rows: figures of the KPI catalogue that a fixed split has too. */
const ROWS: readonly { key: string; entry: KpiEntry }[] = [
  { key: 'breakEven', entry: KPI_CATALOGUE.breakEven },
  { key: 'maxExposure', entry: KPI_CATALOGUE.maxExposure },
  { key: 'final', entry: KPI_CATALOGUE.finalPosition },
  { key: 'margin', entry: KPI_CATALOGUE.marginOverHorizon },
];

function cellText(entry: KpiEntry, f: SplitFigures, currency: string): string {
  return formatKpi(entry.kind, entry.readSplit?.(f) ?? null, currency);
}

/**
 * The five-phase model next to a fixed revenue split with the same costs: each partner's figures
 * side by side, both partners' positions overlaid, and a sentence on who gains and who loses.
 * The split is computed in the worker; the last one stays on screen while the next is computed.
 */
export function FixedSplitPanel({ result, labels, currency, stale }: FixedSplitPanelProps) {
  const titleId = useId();
  const t = useT();
  const isvPct = useAppState(selectIsvPct);
  const setIsvPct = useAppState((s) => s.setIsvPct);
  const selectedMonth = useAppState(selectSelectedMonth);
  const select = useAppState((s) => s.selectMonth);
  const { output, isStale: pending, error } = useFixedSplit(result, isvPct);
  const model = useMemo(() => fivePhaseFigures(result), [result]);
  // The output may belong to the previous result while the next split is computed: only compare
  // figures of the same horizon.
  const usable = output !== null && output.positionSeries.msp.length === result.horizonMonths;
  const diff = useMemo(
    () => (usable ? compareWithFivePhase(model, output.split) : null),
    [usable, model, output],
  );
  const [wholeHorizon, setWholeHorizon] = useState(false);
  const focus = usable ? focusMonths(model, output.split, result.horizonMonths) : 0;
  const zoomable = focus < result.horizonMonths;
  return (
    <section
      className={stale || pending ? 'results-block compare is-stale' : 'results-block compare'}
      aria-labelledby={titleId}
      aria-busy={pending}
      data-testid="compare-panel"
    >
      <h2 id={titleId} className="results-block__title">
        {t('fixedSplit.title')}
      </h2>
      <p className="compare__intro">
        {t('fixedSplit.intro', { isv: labels.isv, msp: labels.msp })}
      </p>
      {error && (
        <p className="compare__error" role="alert">
          {t('fixedSplit.error', { message: error.message })}
        </p>
      )}
      {usable && diff && (
        <>
          <PctControl
            value={isvPct ?? output.defaultIsvPct}
            defaultPct={output.defaultIsvPct}
            isDefault={isvPct === null}
            isvLabel={labels.isv}
            mspLabel={labels.msp}
            onChange={setIsvPct}
          />
          <p className="compare__verdict" aria-live="polite" data-testid="compare-verdict">
            {verdictSentence(output.split, diff, labels, currency, result.horizonMonths)}{' '}
            {detailSentence(model, output.split, diff, labels, currency)}
          </p>
          {/* A scroll box on a phone: focusable, so the keyboard can scroll it too. */}
          <div
            className="compare__table-wrap"
            role="region"
            aria-label={t('fixedSplit.caption')}
            tabIndex={0}
          >
            <table className="compare__table" data-testid="compare-table">
              <caption className="visually-hidden">{t('fixedSplit.caption')}</caption>
              <thead>
                <tr>
                  <td />
                  {KEYS.map((k) => (
                    <th key={k} scope="colgroup" colSpan={2}>
                      {labels[k]}
                    </th>
                  ))}
                </tr>
                <tr>
                  <td />
                  {KEYS.map((k) => [
                    <th key={`${k}-model`} scope="col">
                      {t('fixedSplit.fivePhase')}
                    </th>,
                    <th key={`${k}-split`} scope="col">
                      {t('fixedSplit.fixedPct', {
                        pct: formatPercentText(
                          k === 'isv' ? output.split.isvPct : output.split.mspPct,
                        ),
                      })}
                    </th>,
                  ])}
                </tr>
              </thead>
              <tbody>
                {ROWS.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">{kpiLabel(row.entry)}</th>
                    {KEYS.map((k) => [
                      <td key={`${k}-model`} data-testid={`compare-${row.key}-${k}-model`}>
                        {cellText(row.entry, model[k], currency)}
                      </td>,
                      <td key={`${k}-split`} data-testid={`compare-${row.key}-${k}-split`}>
                        {cellText(row.entry, output.split[k], currency)}
                      </td>,
                    ])}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {zoomable && (
            <div className="compare__zoom" role="group" aria-label={t('fixedSplit.monthsShown')}>
              <button
                type="button"
                aria-pressed={!wholeHorizon}
                onClick={() => setWholeHorizon(false)}
              >
                {t('fixedSplit.focusMonths', { months: focus })}
              </button>
              <button
                type="button"
                aria-pressed={wholeHorizon}
                onClick={() => setWholeHorizon(true)}
              >
                {t('fixedSplit.allMonths', { months: result.horizonMonths })}
              </button>
            </div>
          )}
          <FixedSplitChart
            visibleMonths={zoomable && !wholeHorizon ? focus : undefined}
            result={result}
            split={output.split}
            splitSeries={output.positionSeries}
            labels={labels}
            currency={currency}
            summary={verdictSentence(output.split, diff, labels, currency, result.horizonMonths)}
            selectedMonth={selectedMonth}
            onSelectMonth={select}
            stale={stale || pending}
          />
        </>
      )}
      {!usable && !error && <p className="compare__loading">{t('fixedSplit.computing')}</p>}
    </section>
  );
}
