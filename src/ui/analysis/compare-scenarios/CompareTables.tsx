import type { PartnerKey } from '../../../engine';
import { inputLabel, valueText } from '../field-labels';
import { formatMoney } from '../../format/money';
import type { InputDifference, KpiCell, KpiKind, KpiRow, Pin } from './compare-model';

function valueOf(kind: KpiKind, value: string | null, currency: string): string {
  if (value === null) return kind === 'month' ? 'never' : '–';
  if (kind === 'month') return `month ${value}`;
  if (kind === 'percent') return `${value} %`;
  return formatMoney(value, currency);
}

function deltaOf(kind: KpiKind, delta: string, currency: string): string {
  if (kind === 'month') return `${delta} months`;
  if (kind === 'percent') return `${delta} pp`;
  const plus = delta.startsWith('+');
  return `${plus ? '+' : ''}${formatMoney(plus ? delta.slice(1) : delta, currency)}`;
}

function Cell({ cell, kind, currency }: { cell: KpiCell; kind: KpiKind; currency: string }) {
  return (
    <td data-value={cell.value ?? ''}>
      {valueOf(kind, cell.value, currency)}
      {cell.delta !== null && (
        <span className="compare-delta" data-delta={cell.delta}>
          {deltaOf(kind, cell.delta, currency)}
        </span>
      )}
    </td>
  );
}

export function KpiTable({ pins, rows }: { pins: readonly Pin[]; rows: readonly KpiRow[] }) {
  return (
    <table className="compare-table" data-testid="compare-kpis">
      <caption>Key figures (differences from {pins[0]?.title ?? 'the first'})</caption>
      <thead>
        <tr>
          <th scope="col">Figure</th>
          {pins.map((p) => (
            <th key={p.key} scope="col">
              {p.title}
            </th>
          ))}
        </tr>
      </thead>
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
  if (differences.length === 0) {
    return <p className="analysis-note">The pinned scenarios have the same inputs.</p>;
  }
  return (
    <table className="compare-table" data-testid="compare-inputs">
      <caption>Inputs that differ</caption>
      <thead>
        <tr>
          <th scope="col">Input</th>
          {pins.map((p) => (
            <th key={p.key} scope="col">
              {p.title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {differences.map((d) => (
          <tr key={d.path} data-path={d.path}>
            <th scope="row">{inputLabel(d.path, labels)}</th>
            {d.values.map((v, i) => (
              <td key={pins[i]?.key ?? i}>
                {valueText(d.path, v, pins[i]?.scenario.currency ?? '')}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
