import { useEffect, useMemo, useRef, useState } from 'react';
import { defaultSplitPct, fixedSplitInputOf } from '../../engine';
import type { PartnerKey, RiskResult, ScenarioV2, UncertainRange, Uncertainty } from '../../engine';
import {
  selectIsvPct,
  selectResult,
  selectRiskOverlayShown,
  selectUncertainty,
  useAppState,
} from '../../state';
import { AnalysisProgress } from '../analysis/AnalysisProgress';
import { formatMoney } from '../format/money';
import { formatPercentText } from '../format/percent';
import { t, useT } from '../i18n';
import { overlayOf } from './overlay-lines';
import { RangeEditor } from './RangeEditor';
import type { Draft } from './RangeEditor';
import { BreakEvenCurve, FanChart } from './RiskCharts';
import {
  checkUncertainty,
  downsideCarrier,
  nextSeed,
  riskFigureValues,
  runsPercent,
  withRanges,
} from './risk-model';
import { DEFAULT_UNCERTAINTY, useRiskScenario, useSetUncertainty } from './risk-scenario';
import type { FixedSplitFigures } from './use-risk-job';
import { useRiskJob } from './use-risk-job';
import './risk.css';
import { ColumnHeads } from '../table/ColumnHeads';

const toDraft = (u: Uncertainty): Draft => ({
  ranges: u.ranges,
  runs: String(u.runs),
  seed: String(u.seed),
});

/** Whole numbers as numbers, anything else as typed, for the schema to name. */
const numberOrText = (t: string): number | string => (/^\s*[0-9]+\s*$/.test(t) ? Number(t) : t);

const fromDraft = (d: Draft) => ({
  runs: numberOrText(d.runs),
  seed: numberOrText(d.seed),
  ranges: d.ranges,
});

function Figure({
  testId,
  value,
  label,
  text,
}: {
  testId: string;
  value: string;
  label: string;
  text: string;
}) {
  return (
    <div className="risk-figure">
      <dt>{label}</dt>
      <dd data-testid={testId} data-value={value}>
        {text}
      </dd>
    </div>
  );
}

const riskMonthText = (m: number | null) =>
  m === null ? t('risk.notWithin') : t('risk.month', { month: m });

function RiskFigures({
  result,
  currency,
  labels,
}: {
  result: RiskResult;
  currency: string;
  labels: Record<PartnerKey, string>;
}) {
  const v = riskFigureValues(result);
  const p = result.breakEven.partnership;
  const runs = result.runs;
  return (
    <dl className="risk-figures">
      <Figure
        testId="risk-breakeven-partnership-p10"
        value={v['risk-breakeven-partnership-p10'] ?? ''}
        label={t('risk.p10')}
        text={riskMonthText(p.p10)}
      />
      <Figure
        testId="risk-breakeven-partnership-p50"
        value={v['risk-breakeven-partnership-p50'] ?? ''}
        label={t('risk.p50')}
        text={riskMonthText(p.p50)}
      />
      <Figure
        testId="risk-breakeven-partnership-p90"
        value={v['risk-breakeven-partnership-p90'] ?? ''}
        label={t('risk.p90')}
        text={riskMonthText(p.p90)}
      />
      {(['msp', 'isv'] as const).map((k) => (
        <Figure
          key={`f-${k}`}
          testId={`risk-final-position-${k}-p50`}
          value={result.finalPosition[k].p50}
          label={t('risk.medianFinal', { who: labels[k] })}
          text={formatMoney(result.finalPosition[k].p50, currency)}
        />
      ))}
      {(['msp', 'isv'] as const).map((k) => (
        <Figure
          key={`l-${k}`}
          testId={`risk-loss-runs-${k}`}
          value={String(result.finalPosition[k].lossRuns)}
          label={t('risk.lossChance', { who: labels[k] })}
          text={t('risk.lossRuns', {
            pct: formatPercentText(runsPercent(result.finalPosition[k].lossRuns, runs)),
            count: result.finalPosition[k].lossRuns,
            runs,
          })}
        />
      ))}
      {(['msp', 'isv'] as const).map((k) => (
        <Figure
          key={`e-${k}`}
          testId={`risk-max-exposure-${k}-p90`}
          value={result.maxExposure[k].p90}
          label={t('risk.exposureP90', { who: labels[k] })}
          text={formatMoney(result.maxExposure[k].p90, currency)}
        />
      ))}
    </dl>
  );
}

function carrierSentence(
  model: string,
  carrier: ReturnType<typeof downsideCarrier>,
  labels: Record<PartnerKey, string>,
) {
  if (carrier === null) return t('risk.carrierNone', { model });
  if (carrier === 'both') return t('risk.carrierBoth', { model });
  return t('risk.carrierOne', { model, who: labels[carrier] });
}

function FixedSplitComparison({
  result,
  fixed,
  isvPct,
  currency,
  labels,
}: {
  result: RiskResult;
  fixed: FixedSplitFigures | null;
  isvPct: string;
  currency: string;
  labels: Record<PartnerKey, string>;
}) {
  const runs = result.runs;
  const five = {
    msp: { lossRuns: result.finalPosition.msp.lossRuns, p10: result.finalPosition.msp.p10 },
    isv: { lossRuns: result.finalPosition.isv.lossRuns, p10: result.finalPosition.isv.p10 },
  };
  const mspPct = useMemo(() => {
    const [w = '0', f = '0'] = isvPct.split('.');
    const tenths = 1000 - (Number(w) * 10 + Number(f.slice(0, 1) || '0'));
    return `${Math.floor(tenths / 10)}.${tenths % 10}`;
  }, [isvPct]);
  const splitName = t('risk.splitName', {
    isv: labels.isv,
    isvPct: formatPercentText(isvPct),
    msp: labels.msp,
    mspPct: formatPercentText(mspPct),
  });
  return (
    <section
      className="risk-fixed"
      aria-labelledby="risk-fixed-title"
      data-testid="risk-fixed-split"
    >
      <h3 id="risk-fixed-title">{t('risk.fixedTitle', { split: splitName })}</h3>
      <div
        className="risk-table-wrap"
        role="region"
        aria-label={t('risk.fixedRegion')}
        tabIndex={0}
      >
        <table>
          <caption>{t('risk.fixedCaption', { runs })}</caption>
          <ColumnHeads
            heads={[
              t('risk.partner'),
              t('risk.fiveLoss'),
              t('risk.fiveP10'),
              t('risk.fixedLoss'),
              t('risk.fixedP10'),
            ]}
          />
          <tbody>
            {(['msp', 'isv'] as const).map((k) => (
              <tr key={k}>
                <th scope="row">{labels[k]}</th>
                <td data-testid={`risk-five-phase-loss-${k}`} data-value={String(five[k].lossRuns)}>
                  {formatPercentText(runsPercent(five[k].lossRuns, runs))}
                </td>
                <td>{formatMoney(five[k].p10, currency)}</td>
                <td
                  data-testid={`risk-fixed-loss-${k}`}
                  data-value={fixed ? String(fixed[k].lossRuns) : ''}
                >
                  {fixed
                    ? formatPercentText(runsPercent(fixed[k].lossRuns, runs))
                    : t('risk.computing')}
                </td>
                <td>{fixed ? formatMoney(fixed[k].p10, currency) : t('risk.computing')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="risk-sentence">
        {carrierSentence(t('risk.fivePhaseModel'), downsideCarrier(five), labels)}{' '}
        {fixed ? carrierSentence(splitName, downsideCarrier(fixed), labels) : ''}
      </p>
    </section>
  );
}

/**
 * The Risk tab: ranges on the uncertain inputs, and what they mean over many runs: when the
 * partnership breaks even, each partner's spread of outcomes, and who carries the downside
 * compared with a fixed split. Reproducible: the same ranges, runs and seed give the same figures.
 */
export default function RiskPanel() {
  useT();
  const withStored = useRiskScenario();
  const setUncertainty = useSetUncertainty();
  const stored = useAppState(selectUncertainty) ?? DEFAULT_UNCERTAINTY;
  const [draft, setDraft] = useState<Draft>(() => toDraft(stored));
  // What this view wrote last: anything else (a link, a file) replaces what is being typed.
  const written = useRef<Uncertainty | undefined>(undefined);
  useEffect(() => {
    if (stored !== written.current) setDraft(toDraft(stored));
  }, [stored]);
  const checked = useMemo(
    () => checkUncertainty(withStored, fromDraft(draft)),
    [withStored, draft],
  );
  const edit = (next: Draft) => {
    setDraft(next);
    const c = checkUncertainty(withStored, fromDraft(next));
    if (c.ok) {
      written.current = c.scenario.uncertainty;
      setUncertainty(c.scenario.uncertainty);
    }
  };
  const valid: ScenarioV2 | null =
    checked.ok && checked.scenario.uncertainty.ranges.length > 0 ? checked.scenario : null;
  const main = useAppState(selectResult);
  const chosenPct = useAppState(selectIsvPct);
  const isvPct = chosenPct ?? (main ? defaultSplitPct(fixedSplitInputOf(main)) : null);
  const job = useRiskJob(valid, isvPct);
  const labels = { msp: withStored.msp.label, isv: withStored.isv.label };
  const stale = job.result !== null && (job.resultFor !== valid || job.running);
  const overlayShown = useAppState(selectRiskOverlayShown);
  const setOverlayShown = useAppState((s) => s.setRiskOverlayShown);
  const setOverlay = useAppState((s) => s.setRiskOverlay);
  const { result, resultFor } = job;
  const mspLabel = labels.msp;
  const isvLabel = labels.isv;
  useEffect(() => {
    if (!overlayShown || result === null || resultFor === null) return;
    setOverlay(overlayOf(result, resultFor.horizonMonths, { msp: mspLabel, isv: isvLabel }));
  }, [overlayShown, result, resultFor, mspLabel, isvLabel, setOverlay]);
  const setLast = useAppState((s) => s.setLastRisk);
  useEffect(() => {
    if (result !== null && resultFor !== null) setLast({ result, scenario: resultFor });
  }, [result, resultFor, setLast]);
  const issues = checked.ok ? new Map<string, string>() : checked.issues;
  const onSuggest = (ranges: UncertainRange[]) => {
    const u = withRanges({ ...DEFAULT_UNCERTAINTY, ranges: draft.ranges }, ranges);
    edit({ ...draft, ranges: u.ranges });
  };

  return (
    <div className="risk-panel">
      <p className="analysis-intro">{t('risk.intro')}</p>
      <RangeEditor
        base={withStored}
        draft={draft}
        onChange={edit}
        issues={issues}
        onSuggest={onSuggest}
        onNewDraw={() => edit({ ...draft, seed: String(nextSeed(Number(draft.seed) || 0)) })}
      />
      <AnalysisProgress
        running={job.running}
        progress={job.progress}
        label={t('risk.progress')}
        onCancel={job.cancel}
      />
      <div role="status" className="risk-status">
        {!checked.ok && t('risk.needsFixing')}
        {checked.ok && checked.scenario.uncertainty.ranges.length === 0 && t('risk.addRange')}
        {job.cancelled && !job.running && t('risk.cancelled')}
        {job.error !== null && t('risk.failed', { message: job.error })}
      </div>
      {job.result !== null && job.resultFor !== null && (
        <div
          className={stale ? 'risk-results is-stale' : 'risk-results'}
          data-testid="risk-results"
          data-stale={stale ? 'true' : 'false'}
        >
          {stale && <p className="risk-stale-note">{t('risk.staleNote')}</p>}
          <RiskFigures result={job.result} currency={withStored.currency} labels={labels} />
          <BreakEvenCurve result={job.result} horizon={job.resultFor.horizonMonths} />
          <label className="risk-overlay-toggle">
            <input
              type="checkbox"
              checked={overlayShown}
              onChange={(e) => setOverlayShown(e.target.checked)}
            />
            {t('risk.overlay')}
          </label>
          <FanChart
            result={job.result}
            horizon={job.resultFor.horizonMonths}
            currency={withStored.currency}
            labels={labels}
          />
          {isvPct !== null && (
            <FixedSplitComparison
              result={job.result}
              fixed={
                job.fixed && job.fixed.for === job.resultFor && job.fixed.isvPct === isvPct
                  ? job.fixed.figures
                  : null
              }
              isvPct={isvPct}
              currency={withStored.currency}
              labels={labels}
            />
          )}
        </div>
      )}
    </div>
  );
}
