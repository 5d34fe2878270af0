import { Fragment, useMemo } from 'react';
import type { PartnerKey, SimulationResult } from '../../engine/index';
import { kpiCards } from '../kpi/kpi-model';
import type { KpiCardModel, PartnerLabels } from '../kpi/kpi-model';
import { PARTNER_STYLE } from '../theme/phases';
import type { MessageKey } from '../i18n';
import { useWording } from '../charts/use-wording';

const KEYS: readonly PartnerKey[] = ['msp', 'isv'];
/** The questions a room asks, in order; the same cards (and figures) as the page's KPIs. */
const ROWS = [
  { title: 'kpi.breakEven', id: 'kpi-breakeven' },
  { title: 'kpi.exposure', id: 'kpi-max-exposure' },
  { title: 'kpi.finalPosition', id: 'kpi-final-position' },
  { title: 'kpi.margin', id: 'kpi-margin' },
] as const satisfies readonly { title: MessageKey; id: string }[];

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
    const byId = new Map<string, KpiCardModel>();
    for (const c of kpiCards(result, currency, labels)) byId.set(c.testId, c);
    return byId;
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
                  {t(row.title)}
                </th>
              </tr>
              <tr>
                {KEYS.map((p) => {
                  const card = cards.get(`${row.id}-${p}`);
                  return (
                    <td key={p} data-testid={`present-${row.id}-${p}`} data-value={card?.dataValue}>
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
