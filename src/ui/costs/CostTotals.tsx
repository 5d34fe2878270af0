import { useId } from 'react';
import type { PartnerInputV2 } from '../../engine';
import { formatDecimal } from '../format/number';
import { formatMoney } from '../format/money';
import { useT } from '../i18n';
import { CATEGORIES, partnerTotals } from './totals';
import { ColumnHeads } from '../table/ColumnHeads';

const ROW_KEY = {
  init: 'costs.row.init',
  fixed: 'costs.row.fixed',
  unit: 'costs.row.unit',
} as const;

/**
 * The columns' totals and the partner's costs per category, as the engine uses them. `data-value`
 * carries each figure's exact text for tests and for reading back.
 */
export function CostTotals({
  partner,
  currency,
  stale,
}: {
  partner: PartnerInputV2;
  currency: string;
  /** A field is invalid: these are the totals of the last valid items. */
  stale: boolean;
}) {
  const t = useT();
  const totals = partnerTotals(partner);
  const captionId = `${useId()}-caption`;
  return (
    <div className="cost-totals">
      {/* Its own scroll box, reachable by keyboard, should very large amounts not fit. */}
      <div className="cost-totals__scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="cost-totals__table">
          <caption id={captionId} className="cost-totals__caption">
            {t('costs.totals.caption', { partner: partner.label })}
          </caption>
          <ColumnHeads
            heads={[null, t('costs.head.hours'), t('costs.head.other'), t('costs.totals.amount')]}
          />
          <tbody>
            {CATEGORIES.map(({ key }) => {
              const row = totals[key];
              return (
                <tr key={key} data-category={key}>
                  <th scope="row">{t(ROW_KEY[key])}</th>
                  <td data-value={row.hours}>
                    {t('costs.totals.hoursValue', { hours: formatDecimal(row.hours) })}
                  </td>
                  <td data-value={row.other}>{formatMoney(row.other, currency)}</td>
                  <td data-value={row.amount} className="cost-totals__amount">
                    {formatMoney(row.amount, currency)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="cost-totals__note">
        {stale ? t('costs.totals.stale') : t('costs.totals.rule')}
      </p>
    </div>
  );
}
