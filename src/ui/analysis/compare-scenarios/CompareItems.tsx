import type { PartnerKey, ScenarioV2 } from '../../../engine';
import { formatMoney } from '../../format/money';
import { pathLabel } from '../../form/field-text';
import { useT } from '../../i18n';
import { analysisValueText } from '../value-text';
import type { ItemCell, ItemDifference, ItemField } from './compare-items';
import { PinHead } from './CompareTables';
import type { Pin } from './compare-model';

interface CellProps {
  cell: ItemCell;
  fields: readonly ItemField[];
  scenario: ScenarioV2;
  partner: PartnerKey;
}

function ItemCellView({ cell, fields, scenario, partner }: CellProps) {
  const t = useT();
  const { currency } = scenario;
  if (cell.item === null || cell.money === null) {
    return (
      <td data-status={cell.status ?? 'absent'}>
        {cell.status === 'removed'
          ? t('compareScenarios.items.removed')
          : t('compareScenarios.items.absent')}
      </td>
    );
  }
  const item = cell.item;
  const value = (f: ItemField) => {
    const v = item[f];
    if (v === null) {
      return t('compareScenarios.items.partnerRate', {
        rate: formatMoney(scenario[partner].hourlyRate, currency),
      });
    }
    return analysisValueText(f, v, currency);
  };
  const money = (m: string) => formatMoney(m, currency);
  return (
    <td data-status={cell.status ?? 'base'}>
      {(cell.status === 'added' || cell.status === 'changed') && (
        <span className="compare-item__status">{t(`compareScenarios.items.${cell.status}`)}</span>
      )}
      {fields.map((f) => (
        <span key={f} className="compare-item__line" data-field={f}>
          {t('compareScenarios.items.field', {
            field: pathLabel(`${partner}.${f}`),
            value: value(f),
          })}
        </span>
      ))}
      <span className="compare-item__line compare-delta">
        {t('compareScenarios.items.money', {
          init: money(cell.money.init),
          fixed: money(cell.money.fixed),
          unit: money(cell.money.unit),
        })}
      </span>
    </td>
  );
}

/**
 * The cost items that differ between the pinned scenarios: one row per item, each scenario's
 * fields that differ and the item's money, and whether it was added, removed or changed
 * against the first.
 */
export function ItemsTable({
  pins,
  scenarios,
  differences,
  labels,
}: {
  pins: readonly Pin[];
  /** The pins' scenarios as format 2, in pin order. */
  scenarios: readonly ScenarioV2[];
  differences: readonly ItemDifference[];
  labels: Record<PartnerKey, string>;
}) {
  const t = useT();
  return (
    <table className="compare-table compare-items" data-testid="compare-items">
      <caption>{t('compareScenarios.items.caption', { first: pins[0]?.title ?? '' })}</caption>
      <PinHead first={t('compareScenarios.items.item')} pins={pins} />
      <tbody>
        {differences.map((d) => (
          <tr key={d.key} data-item={d.key}>
            <th scope="row">
              {t('field.ofPartner', { partner: labels[d.partner], field: d.label })}
            </th>
            {d.cells.map((c, i) => (
              <ItemCellView
                key={pins[i]?.key ?? i}
                cell={c}
                fields={d.fields}
                scenario={scenarios[i]!}
                partner={d.partner}
              />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
