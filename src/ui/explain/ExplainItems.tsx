import type { ScenarioV2 } from '../../engine';
import { formatMoney } from '../format/money';
import { useT } from '../i18n';
import { MONEY_KEYS, scenarioItems } from '../report/cost-items';
import type { ItemMoney, PartnerItems } from '../report/cost-items';
import { ColumnHeads } from '../table/ColumnHeads';

/** A name on a row of its own, over its set-up, monthly and per-instance amounts. */
function AmountRows({
  title,
  money,
  currency,
}: {
  title: string;
  money: ItemMoney;
  currency: string;
}) {
  return (
    <>
      <tr>
        <th scope="rowgroup" colSpan={3}>
          {title}
        </th>
      </tr>
      <tr>
        {MONEY_KEYS.map((k) => (
          <td key={k} data-value={money[k]}>
            {formatMoney(money[k], currency)}
          </td>
        ))}
      </tr>
    </>
  );
}

function ItemsTable({ partner, currency }: { partner: PartnerItems; currency: string }) {
  const t = useT();
  const caption = t('explain.items.caption', {
    partner: partner.label,
    count: partner.rows.length,
  });
  return (
    <div
      className="explain__positions-box"
      role="region"
      aria-label={caption}
      // Scrolls sideways on the narrowest screens, so it can be reached by keyboard.
      tabIndex={0}
    >
      <table
        className="explain__positions explain__items"
        data-testid={`explain-items-${partner.key}`}
      >
        <caption>{caption}</caption>
        <ColumnHeads
          heads={[t('explain.items.init'), t('explain.items.fixed'), t('explain.items.unit')]}
        />
        {/* The item's name over its three amounts: the panel is too narrow for a name column. */}
        {partner.rows.map((r) => (
          <tbody key={r.number} data-item={r.number}>
            <AmountRows
              title={t('explain.items.label', { number: r.number, label: r.item.label })}
              money={r.money}
              currency={currency}
            />
          </tbody>
        ))}
        <tfoot>
          <AmountRows
            title={t('explain.items.total')}
            money={partner.subtotal}
            currency={currency}
          />
        </tfoot>
      </table>
    </div>
  );
}

/**
 * The cost items behind each itemised partner's costs: their set-up, monthly and per-instance
 * amounts in the first year, which the month's costs are made of. A partner with one item has
 * nothing to add (its costs are its one item), so it is left out, and with it the whole section
 * when neither partner is itemised.
 */
export function ExplainItems({ scenario }: { scenario: ScenarioV2 }) {
  const t = useT();
  const itemised = scenarioItems(scenario).filter((p) => p.rows.length > 1);
  if (itemised.length === 0) return null;
  return (
    <section className="explain__step" data-step="items">
      <h3>{t('explain.title.items')}</h3>
      <p>{t('explain.items.lead')}</p>
      {itemised.map((p) => (
        <ItemsTable key={p.key} partner={p} currency={scenario.currency} />
      ))}
    </section>
  );
}
