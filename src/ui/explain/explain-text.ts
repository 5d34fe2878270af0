import type { MonthExplanation, NextGoal, PartnerKey } from '../../engine';
import { t } from '../i18n/i18n';
import type { MessageKey } from '../i18n';
import { formatMoney } from '../format/money';
import { formatPercentText } from '../format/percent';
import { relativeToGoLive } from '../format/month';
import { phaseInfo } from '../theme/phases';

/**
 * A month's explanation in plain words, in the active language. Every amount comes from the
 * engine's explanation (canonical text) and is only formatted here; nothing is computed in
 * floating point. The output is plain text in sections: the component renders it as text,
 * never as HTML.
 */
export type Labels = Record<PartnerKey, string>;

export interface ExplainSection {
  key: 'revenue' | 'costs' | 'catchUp' | 'equalSplit' | 'proportional' | 'positions' | 'next';
  title: string;
  text: string;
}

type Money = (m: string) => string;

const cents = (money: string): bigint => BigInt(money.replace('.', ''));
const other = (p: PartnerKey): PartnerKey => (p === 'msp' ? 'isv' : 'msp');

/** "month 20 of operation" style context for the heading. */
export function monthContext(e: MonthExplanation): string {
  if (e.month < e.goLiveMonth) {
    return t('explain.context.investment', { month: e.month, of: e.goLiveMonth - 1 });
  }
  return relativeToGoLive(e.month, e.goLiveMonth);
}

/** Both partners' names and costs, the placeholders most sentences share. */
function costValues(e: MonthExplanation, l: Labels, money: Money) {
  return {
    msp: l.msp,
    isv: l.isv,
    mspCost: money(e.partners.msp.cost),
    isvCost: money(e.partners.isv.cost),
  };
}

function revenueText(e: MonthExplanation, l: Labels, money: Money): string {
  const costs = costValues(e, l, money);
  if (e.phase === 1) return t('explain.revenue.beforeGoLive', costs);
  const income =
    e.billedInstances === 0
      ? t('explain.revenue.noneBilled')
      : t('explain.revenue.billed', {
          count: e.billedInstances,
          price: money(e.price),
          revenue: money(e.revenue),
        });
  const values = { ...costs, income, total: money(e.totalCost) };
  const surplus = cents(e.surplus);
  if (surplus > 0n) return t('explain.revenue.profit', { ...values, surplus: money(e.surplus) });
  if (surplus < 0n)
    return t('explain.revenue.short', { ...values, shortfall: money(e.surplus.slice(1)) });
  return t('explain.revenue.even', values);
}

function pctText(pct: string | null): string {
  return pct === null ? t('explain.equalParts') : formatPercentText(pct);
}

function costsText(e: MonthExplanation, l: Labels, money: Money): string | null {
  const a = e.partners.msp;
  const b = e.partners.isv;
  if (e.phase === 1) return null;
  const costs = costValues(e, l, money);
  if (e.phase === 2) {
    return t('explain.costs.shortfall', {
      ...costs,
      mspPct: pctText(a.costSharePct),
      isvPct: pctText(b.costSharePct),
      mspShare: money(a.share),
      isvShare: money(b.share),
      mspUncovered: money(a.costUncovered),
      isvUncovered: money(b.costUncovered),
    });
  }
  return t('explain.costs.covered', costs);
}

function catchUpText(e: MonthExplanation, l: Labels, money: Money): string | null {
  if (e.phase < 3 || cents(e.surplus) === 0n) return null;
  const c = e.catchUp;
  if (c === null) {
    const la = e.partners.msp.lossBefore;
    if (cents(la) === 0n && cents(e.partners.isv.lossBefore) === 0n) {
      return t('explain.catchUp.nothing');
    }
    return t('explain.catchUp.same', { loss: money(la) });
  }
  const to = c.to;
  const values = {
    to: l[to],
    other: l[other(to)],
    toLoss: money(e.partners[to].lossBefore),
    otherLoss: money(e.partners[other(to)].lossBefore),
    gap: money(c.lossGap),
    amount: money(c.amount),
  };
  if (cents(c.gapLeft) > 0n) {
    return t('explain.catchUp.all', { ...values, left: money(c.gapLeft) });
  }
  return t('explain.catchUp.closes', values);
}

function equalSplitText(e: MonthExplanation, l: Labels, money: Money): string | null {
  const s = e.equalSplit;
  if (s === null) return null;
  if (s.paidBack) return t('explain.equal.paidBack', { loss: money(s.lossEach) });
  return t('explain.equal.split', {
    loss: money(s.lossEach),
    total: money(s.total),
    msp: l.msp,
    isv: l.isv,
    mspAmount: money(s.amount.msp),
    isvAmount: money(s.amount.isv),
  });
}

function proportionalText(e: MonthExplanation, l: Labels, money: Money): string | null {
  const p = e.proportional;
  if (p === null) return null;
  return t('explain.proportional', {
    amount: money(p.amount),
    msp: l.msp,
    isv: l.isv,
    mspPct: pctText(e.partners.msp.costSharePct),
    isvPct: pctText(e.partners.isv.costSharePct),
    mspPart: money(p.parts.msp),
    isvPart: money(p.parts.isv),
  });
}

function positionsText(e: MonthExplanation, l: Labels, money: Money): string {
  const brokeEven = (k: PartnerKey) => {
    const p = e.partners[k];
    const crossed = cents(p.positionBefore) < 0n && cents(p.positionAfter) >= 0n;
    return e.month >= e.goLiveMonth && crossed ? 'yes' : 'no';
  };
  return t('explain.positions', {
    msp: l.msp,
    isv: l.isv,
    mspBefore: money(e.partners.msp.positionBefore),
    mspAfter: money(e.partners.msp.positionAfter),
    isvBefore: money(e.partners.isv.positionBefore),
    isvAfter: money(e.partners.isv.positionAfter),
    mspEven: brokeEven('msp'),
    isvEven: brokeEven('isv'),
  });
}

function goalText(g: NextGoal, e: MonthExplanation, l: Labels, money: Money): string {
  switch (g.kind) {
    case 'goLive': {
      const away = g.goLiveMonth - e.month;
      return away === 1
        ? t('explain.next.goLiveNext')
        : t('explain.next.goLiveIn', { month: g.goLiveMonth, away });
    }
    case 'coverCosts': {
      const then = phaseInfo(g.thenPhase);
      return t('explain.next.coverCosts', {
        shortfall: money(g.shortfall),
        phase: then.phase,
        name: then.name,
      });
    }
    case 'closeGap':
      return t('explain.next.closeGap', {
        name: phaseInfo(4).name,
        behind: l[g.behind],
        gap: money(g.gap),
      });
    case 'payBack': {
      const equal = e.partners.msp.lossAfter === e.partners.isv.lossAfter;
      const key: MessageKey = equal ? 'explain.next.payBackEach' : 'explain.next.payBackUpTo';
      return t(key, { name: phaseInfo(5).name, loss: money(g.loss) });
    }
    case 'stay':
      return t('explain.next.stay', { cushion: money(g.cushion) });
    case 'horizonEnd':
      return t('explain.next.horizonEnd');
    default:
      return g satisfies never;
  }
}

function nextText(e: MonthExplanation, l: Labels, money: Money): string {
  const goal = goalText(e.next.goal, e, l, money);
  if (e.next.month === null) return goal;
  const change = e.next.change;
  if (change === null) return t('explain.next.noChange', { goal, months: e.horizonMonths });
  const info = phaseInfo(change.phase);
  const later = change.month - e.month;
  const values = { goal, phase: info.phase, name: info.name };
  if (later === 1) return t('explain.next.changeNextMonth', values);
  return t('explain.next.changeIn', { ...values, month: change.month, later });
}

/** The month told in sections; steps that did not happen this month are left out. */
export function explainSections(
  e: MonthExplanation,
  labels: Labels,
  currency: string,
): ExplainSection[] {
  const money = (m: string) => formatMoney(m, currency);
  const sections: ExplainSection[] = [];
  const add = (key: ExplainSection['key'], title: MessageKey, text: string | null) => {
    if (text !== null) sections.push({ key, title: t(title), text });
  };
  add('revenue', 'explain.title.revenue', revenueText(e, labels, money));
  const costsTitle = e.phase === 2 ? 'explain.title.costsSplit' : 'explain.title.costsFirst';
  add('costs', costsTitle, costsText(e, labels, money));
  add('catchUp', 'explain.title.catchUp', catchUpText(e, labels, money));
  add('equalSplit', 'explain.title.equalSplit', equalSplitText(e, labels, money));
  add('proportional', 'explain.title.proportional', proportionalText(e, labels, money));
  add('positions', 'explain.title.positions', positionsText(e, labels, money));
  add('next', 'explain.title.next', nextText(e, labels, money));
  return sections;
}
