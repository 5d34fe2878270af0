import { Fragment, useMemo } from 'react';
import type { PartnerKey, SimulationResult } from '../../engine/index';
import { KPI_CATALOGUE } from '../kpi/kpi-catalogue';
import { kpiCards } from '../kpi/kpi-model';
import type { KpiCardModel, PartnerLabels } from '../kpi/kpi-model';
import { PARTNER_STYLE } from '../theme/phases';
import { useWording } from '../charts/use-wording';

const KEYS: readonly PartnerKey[] = ['msp', 'isv'];
/**
 * The questions a room asks, in the catalogue's order: its per-partner figures of the summary,
 * each shown as the page's KPI card for that figure shows it.
 */
const ROWS = Object.values(KPI_CATALOGUE).filter((e) => e.labelOf && e.read);

/** A figure that may wrap only after a space or group separator ("CHF 1'918'855'353.95"). */
function Breakable({ text }: { text: string }) {
  const parts = text.split(/(?<=[^0-9.,-])/);
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </>
  );
}

/** The headline figures as one large table: a row per question, a column per partner. */
export function PresentKpis(props: {
  result: SimulationResult;
  currency: string;
  labels: PartnerLabels;
}) {
  const { result, currency, labels } = props;
  const t = useWording();
  const cards = useMemo(() => {
    // The cards are worded in the active language: worded again when `t` changes with it.
    void t;
    const byFigure = new Map<string, KpiCardModel>();
    for (const c of kpiCards(result, currency, labels)) byFigure.set(`${c.kpi}-${c.partner}`, c);
    return byFigure;
  }, [result, currency, labels, t]);
  const both = result.summary.partnershipBreakEvenMonth;
  return (
    <div className="present-kpis" data-testid="present-kpis">
      <p className="present-kpis__headline">
        {both === null ? t('present.notBoth') : t('present.bothBreakEven', { month: both })}
      </p>
      <table className="present-kpis__table">
        <thead>
          <tr>
            {KEYS.map((p) => (
              <th key={p} scope="col" style={{ borderBottomColor: PARTNER_STYLE[p].color }}>
                {labels[p]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <Fragment key={row.id}>
              <tr className="present-kpis__question">
                <th scope="colgroup" colSpan={2}>
                  {cards.get(`${row.id}-msp`)?.title}
                </th>
              </tr>
              <tr>
                {KEYS.map((p) => {
                  const card = cards.get(`${row.id}-${p}`);
                  return (
                    <td
                      key={p}
                      data-testid={card && `present-${card.testId}`}
                      data-value={card?.dataValue}
                    >
                      <Breakable text={card?.value ?? '–'} />
                    </td>
                  );
                })}
              </tr>
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
