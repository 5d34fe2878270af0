import type { PartnerKey } from '../../../engine';
import { useT } from '../../i18n';
import { formatKpi, formatKpiDelta } from '../../kpi/kpi-catalogue';
import { inputLabel } from '../field-labels';
import { analysisValueText } from '../value-text';
import type { InputDifference, KpiCell, KpiKind, KpiRow, Pin } from './compare-model';
import { ColumnHeads } from '../../table/ColumnHeads';

function Cell({ cell, kind, currency }: { cell: KpiCell; kind: KpiKind; currency: string }) {
  return (
    <td data-value={cell.value ?? ''}>
      {formatKpi(kind, cell.value, currency)}
      {cell.delta !== null && (
        <span className="compare-delta" data-delta={cell.delta}>
          {formatKpiDelta(kind, cell.delta, currency)}
        </span>
      )}
    </td>
  );
}

/** A comparison table's head: what the rows are, then one column per pinned scenario. */
export function PinHead({ first, pins }: { first: string; pins: readonly Pin[] }) {
  return <ColumnHeads heads={[first, ...pins.map((p) => p.title)]} />;
}

export function KpiTable({ pins, rows }: { pins: readonly Pin[]; rows: readonly KpiRow[] }) {
  const t = useT();
  return (
    <table className="compare-table" data-testid="compare-kpis">
      <caption>{t('compareScenarios.kpiCaption', { first: pins[0]?.title ?? '' })}</caption>
      <PinHead first={t('compareScenarios.figure')} pins={pins} />
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} data-kpi={r.key}>
            <th scope="row">{r.label}</th>
            {r.cells.map((c, i) => (
              <Cell
                key={pins[i]?.key ?? i}
                cell={c}
                kind={r.kind}
                currency={pins[i]?.scenario.currency ?? 'CHF'}
              />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function InputsTable({
  pins,
  differences,
  labels,
}: {
  pins: readonly Pin[];
  differences: readonly InputDifference[];
  labels: Record<PartnerKey, string>;
}) {
  const t = useT();
  if (differences.length === 0) {
    return <p className="analysis-note">{t('compareScenarios.sameInputs')}</p>;
  }
  return (
    <table className="compare-table" data-testid="compare-inputs">
      <caption>{t('compareScenarios.inputsCaption')}</caption>
      <PinHead first={t('compareScenarios.input')} pins={pins} />
      <tbody>
        {differences.map((d) => (
          <tr key={d.path} data-path={d.path}>
            <th scope="row">{inputLabel(d.path, labels)}</th>
            {d.values.map((v, i) => (
              <td key={pins[i]?.key ?? i}>
                {analysisValueText(d.path, v, pins[i]?.scenario.currency ?? 'CHF')}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
