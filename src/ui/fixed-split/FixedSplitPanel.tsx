import { useId, useMemo, useState } from 'react';
import { compareWithFivePhase, fivePhaseFigures } from '../../engine';
import type { PartnerKey, SimulationResult, SplitFigures } from '../../engine';
import { selectIsvPct, selectSelectedMonth, useAppState } from '../../state';
import { formatMoney } from '../format/money';
import { formatPercentText } from '../format/percent';
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

interface Row {
  key: string;
  label: string;
  value: (f: SplitFigures) => string;
}

function rows(currency: string): Row[] {
  const money = (v: string) => formatMoney(v, currency);
  return [
    {
      key: 'breakEven',
      label: 'Break-even month',
      value: (f) => (f.breakEvenMonth === null ? 'never' : `month ${f.breakEvenMonth}`),
    },
    { key: 'maxExposure', label: 'Most out of pocket', value: (f) => money(f.maxExposure) },
    { key: 'final', label: 'Final position', value: (f) => money(f.finalPosition) },
    {
      key: 'margin',
      label: 'Margin over the horizon',
      value: (f) => (f.marginPct === null ? '–' : formatPercentText(f.marginPct)),
    },
  ];
}

/**
 * The five-phase model next to a fixed revenue split with the same costs: each partner's figures
 * side by side, both partners' positions overlaid, and a sentence on who gains and who loses.
 * The split is computed in the worker; the last one stays on screen while the next is computed.
 */
export function FixedSplitPanel({ result, labels, currency, stale }: FixedSplitPanelProps) {
  const titleId = useId();
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
  const table = rows(currency);
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
        Compared with a fixed split
      </h2>
      <p className="compare__intro">
        A fixed split gives {labels.isv} the same percentage of every month’s revenue and{' '}
        {labels.msp} the rest, whatever each has invested. Same costs, same revenue: only the
        sharing differs.
      </p>
      {error && (
        <p className="compare__error" role="alert">
          The comparison could not be computed: {error.message}
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
          <div className="compare__table-wrap">
            <table className="compare__table" data-testid="compare-table">
              <caption className="visually-hidden">
                Five-phase model and fixed split, per partner
              </caption>
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
                      Five-phase
                    </th>,
                    <th key={`${k}-split`} scope="col">
                      Fixed{' '}
                      {formatPercentText(k === 'isv' ? output.split.isvPct : output.split.mspPct)}
                    </th>,
                  ])}
                </tr>
              </thead>
              <tbody>
                {table.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">{row.label}</th>
                    {KEYS.map((k) => [
                      <td key={`${k}-model`} data-testid={`compare-${row.key}-${k}-model`}>
                        {row.value(model[k])}
                      </td>,
                      <td key={`${k}-split`} data-testid={`compare-${row.key}-${k}-split`}>
                        {row.value(output.split[k])}
                      </td>,
                    ])}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {zoomable && (
            <div className="compare__zoom" role="group" aria-label="Months shown in the chart">
              <button
                type="button"
                aria-pressed={!wholeHorizon}
                onClick={() => setWholeHorizon(false)}
              >
                Months 1–{focus}
              </button>
              <button
                type="button"
                aria-pressed={wholeHorizon}
                onClick={() => setWholeHorizon(true)}
              >
                All {result.horizonMonths} months
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
      {!usable && !error && <p className="compare__loading">Computing the fixed split…</p>}
    </section>
  );
}
