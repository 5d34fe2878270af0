import type { ScenarioV2 } from '../../engine';
import { formatMoney } from '../format/money';
import { useT } from '../i18n';
import { ITEM_PREFIX, MONEY_KEYS, scenarioItems } from './cost-items';
import type { ItemMoney, PartnerItems } from './cost-items';
import { itemDetail, rateText } from './cost-items-text';
import { ColumnHeadCells } from '../table/ColumnHeads';

/** The hours and other amounts behind each money column, in column order. */
const PARTS = {
  init: ['initHours', 'initOther'],
  fixed: ['monthlyHours', 'monthlyOther'],
  unit: ['hoursPerInstance', 'otherPerInstance'],
} as const satisfies Record<keyof ItemMoney, readonly [string, string]>;

function PartnerTable({ partner, currency }: { partner: PartnerItems; currency: string }) {
  const t = useT();
  const money = (m: string) => formatMoney(m, currency);
  return (
    <div className="report-items__partner">
      <table className="report__table report-items__table" data-testid={`items-${partner.key}`}>
        <caption>
          {t('report.items.caption', {
            letter: ITEM_PREFIX[partner.key],
            partner: partner.label,
            rate: money(partner.hourlyRate),
          })}
        </caption>
        <colgroup>
          <col className="report-items__number-col" />
          <col span={3} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t('report.items.number')}
            </th>
            <th scope="colgroup" colSpan={3}>
              {t('report.items.item')}
            </th>
          </tr>
          <tr>
            <ColumnHeadCells
              heads={[t('report.items.init'), t('report.items.fixed'), t('report.items.unit')]}
            />
          </tr>
        </thead>
        {/* Each item two rows (what it is, then its amounts), so both tables fit side by side. */}
        {partner.rows.map((r) => (
          <tbody key={r.number} data-item={r.number}>
            <tr>
              <th scope="rowgroup" rowSpan={2}>
                {r.number}
              </th>
              <td colSpan={3}>
                <span className="report-items__label">{r.item.label}</span>{' '}
                <span className="report-items__rate">{rateText(r, currency)}</span>
              </td>
            </tr>
            <tr>
              {MONEY_KEYS.map((k) => {
                const [hours, other] = PARTS[k];
                const detail = itemDetail(r.item[hours], r.item[other], currency);
                return (
                  <td key={k} data-value={r.money[k]}>
                    {detail !== null && <span className="report-items__detail">{detail}</span>}
                    <span className="report-items__amount">{money(r.money[k])}</span>
                  </td>
                );
              })}
            </tr>
          </tbody>
        ))}
        <tfoot data-testid={`items-subtotal-${partner.key}`}>
          <tr>
            <th scope="rowgroup" colSpan={4}>
              {t('report.items.subtotal', { partner: partner.label })}
            </th>
          </tr>
          <tr>
            <td />
            {MONEY_KEYS.map((k) => (
              <td key={k} data-value={partner.subtotal[k]}>
                <span className="report-items__amount">{money(partner.subtotal[k])}</span>
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
      {partner.roundingDiffers && (
        <p className="report-items__note">
          {t('report.items.rounding', { partner: partner.label })}
        </p>
      )}
    </div>
  );
}

/**
 * "Who does what": both partners' cost items side by side, numbered (A.1, B.1) so an agreement
 * can cite them, each with its hours, other amounts and money at year-0 rates, and each
 * partner's subtotals as the simulation uses them.
 */
export function WhoDoesWhat({ scenario }: { scenario: ScenarioV2 }) {
  const t = useT();
  const partners = scenarioItems(scenario);
  return (
    <section
      className="report-section report-section--items"
      aria-labelledby="report-items"
      data-testid="report-items"
    >
      <h2 id="report-items">{t('report.items.heading')}</h2>
      <p>
        {t('report.items.lead', {
          msp: scenario.msp.label,
          isv: scenario.isv.label,
          mspCount: scenario.msp.items.length,
          isvCount: scenario.isv.items.length,
        })}
      </p>
      <div className="report-items">
        {partners.map((p) => (
          <PartnerTable key={p.key} partner={p} currency={scenario.currency} />
        ))}
      </div>
    </section>
  );
}
