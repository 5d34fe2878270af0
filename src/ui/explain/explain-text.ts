import type { MonthExplanation, NextGoal, PartnerKey } from '../../engine';
import { formatMoney } from '../format/money';
import { formatPercentText } from '../format/percent';
import { plural, relativeToGoLive } from '../format/month';
import { phaseInfo } from '../theme/phases';

/**
 * A month's explanation in plain words. Every amount comes from the engine's explanation
 * (canonical text) and is only formatted here; nothing is computed in floating point. The output
 * is plain text in sections: the component renders it as text, never as HTML.
 */
export type Labels = Record<PartnerKey, string>;

export interface ExplainSection {
  key: 'revenue' | 'costs' | 'catchUp' | 'equalSplit' | 'proportional' | 'positions' | 'next';
  title: string;
  text: string;
}

const cents = (money: string): bigint => BigInt(money.replace('.', ''));
const other = (p: PartnerKey): PartnerKey => (p === 'msp' ? 'isv' : 'msp');

/** "Month 26 · the 20th month of operation" style context for the heading. */
export function monthContext(e: MonthExplanation): string {
  if (e.month < e.goLiveMonth) {
    return `investment month ${e.month} of ${e.goLiveMonth - 1}, before go-live`;
  }
  return relativeToGoLive(e.month, e.goLiveMonth);
}

function revenueText(e: MonthExplanation, l: Labels, money: (m: string) => string): string {
  const costs = `${l.msp} ${money(e.partners.msp.cost)}, ${l.isv} ${money(e.partners.isv.cost)}`;
  if (e.phase === 1) {
    return `Before go-live nothing is sold, so there is no revenue. Each partner pays its own costs: ${costs}.`;
  }
  const income =
    e.billedInstances === 0
      ? 'No instance was billed, so there was no revenue.'
      : `${plural(e.billedInstances, 'instance', 'instances')} billed at ${money(e.price)} brought in ${money(e.revenue)}.`;
  const surplus = cents(e.surplus);
  let outcome = 'so revenue exactly covered them: there is no profit to share.';
  if (surplus > 0n) outcome = `leaving a profit of ${money(e.surplus)}.`;
  if (surplus < 0n)
    outcome = `so revenue fell ${money(e.surplus.slice(1))} short of covering them.`;
  return `${income} Together the partners’ costs were ${money(e.totalCost)} (${costs}), ${outcome}`;
}

function pctText(pct: string | null): string {
  return pct === null ? 'equal parts' : formatPercentText(pct);
}

function costsText(e: MonthExplanation, l: Labels, money: (m: string) => string): string | null {
  const a = e.partners.msp;
  const b = e.partners.isv;
  if (e.phase === 1) return null;
  if (e.phase === 2) {
    return (
      `Revenue does not cover the costs, so all of it is split in proportion to this month’s costs ` +
      `(${l.msp} ${pctText(a.costSharePct)}, ${l.isv} ${pctText(b.costSharePct)}): ` +
      `${l.msp} gets ${money(a.share)} of its ${money(a.cost)}, ${l.isv} ${money(b.share)} of its ${money(b.cost)}. ` +
      `So each carries part of the shortfall: ${l.msp} ${money(a.costUncovered)}, ${l.isv} ${money(b.costUncovered)}.`
    );
  }
  return `Revenue covers the costs, so each partner first gets its own costs back: ${l.msp} ${money(a.cost)}, ${l.isv} ${money(b.cost)}.`;
}

function catchUpText(e: MonthExplanation, l: Labels, money: (m: string) => string): string | null {
  if (e.phase < 3 || cents(e.surplus) === 0n) return null;
  const c = e.catchUp;
  if (c === null) {
    const la = e.partners.msp.lossBefore;
    if (cents(la) === 0n && cents(e.partners.isv.lossBefore) === 0n) {
      return 'No catch-up: neither partner had anything left to recover.';
    }
    return `No catch-up: both had lost the same (${money(la)}).`;
  }
  const to = c.to;
  const start =
    `At the start of the month ${l[to]} had lost ${money(e.partners[to].lossBefore)} and ` +
    `${l[other(to)]} ${money(e.partners[other(to)].lossBefore)}: ${l[to]}’s loss was ${money(c.lossGap)} larger. ` +
    `Profit goes to the partner who has lost more until both have lost the same, so ${l[to]} gets ${money(c.amount)}`;
  if (cents(c.gapLeft) > 0n) {
    return `${start}, all of the profit; ${l[to]} is still ${money(c.gapLeft)} further behind.`;
  }
  return `${start}, which closes the gap.`;
}

function equalSplitText(
  e: MonthExplanation,
  l: Labels,
  money: (m: string) => string,
): string | null {
  const s = e.equalSplit;
  if (s === null) return null;
  if (s.paidBack) {
    return `Both had ${money(s.lossEach)} still to recover, and the profit left covers both: each gets ${money(s.lossEach)}, which pays both back in full.`;
  }
  return `Both had ${money(s.lossEach)} still to recover, so the profit left (${money(s.total)}) is split 50/50: ${l.msp} ${money(s.amount.msp)}, ${l.isv} ${money(s.amount.isv)}.`;
}

function proportionalText(
  e: MonthExplanation,
  l: Labels,
  money: (m: string) => string,
): string | null {
  const p = e.proportional;
  if (p === null) return null;
  const a = e.partners.msp;
  const b = e.partners.isv;
  return (
    `With both investments recovered, the remaining ${money(p.amount)} is split in proportion to this month’s costs ` +
    `(${l.msp} ${pctText(a.costSharePct)}, ${l.isv} ${pctText(b.costSharePct)}): ${l.msp} ${money(p.parts.msp)}, ${l.isv} ${money(p.parts.isv)}. ` +
    'That gives both partners the same margin on this part.'
  );
}

function positionsText(e: MonthExplanation, l: Labels, money: (m: string) => string): string {
  const one = (k: PartnerKey) => {
    const p = e.partners[k];
    const before = cents(p.positionBefore);
    const after = cents(p.positionAfter);
    let text = `${l[k]} went from ${money(p.positionBefore)} to ${money(p.positionAfter)}`;
    if (e.month >= e.goLiveMonth && before < 0n && after >= 0n)
      text += ' and broke even this month';
    return text;
  };
  return `${one('msp')}; ${one('isv')}.`;
}

function goalText(
  g: NextGoal,
  e: MonthExplanation,
  l: Labels,
  money: (m: string) => string,
): string {
  switch (g.kind) {
    case 'goLive': {
      const away = g.goLiveMonth - e.month;
      return away === 1
        ? 'Next month is go-live: from then on revenue comes in and is shared.'
        : `Go-live is in month ${g.goLiveMonth}, ${plural(away, 'month', 'months')} away: until then both partners keep investing.`;
    }
    case 'coverCosts': {
      const then = phaseInfo(g.thenPhase);
      return `To leave phase 2, revenue has to cover both partners’ costs; this month it was ${money(g.shortfall)} short. Once it does, phase ${then.phase} (${then.name}) applies.`;
    }
    case 'closeGap':
      return `Phase 4 (Aligned investments, profit split 50/50) starts once both have lost the same: ${l[g.behind]} is still ${money(g.gap)} further behind.`;
    case 'payBack': {
      const equal = e.partners.msp.lossAfter === e.partners.isv.lossAfter;
      const left = equal
        ? `each partner still has ${money(g.loss)} to recover`
        : `up to ${money(g.loss)} is still to recover`;
      return `Phase 5 (Net positive) starts once both investments are paid back: ${left}.`;
    }
    case 'stay':
      return `Both investments are paid back. This lasts while revenue covers costs (this month with ${money(g.cushion)} to spare); if revenue fell below costs, phase 2 would apply again.`;
    case 'horizonEnd':
      return 'This is the last simulated month.';
    default:
      return g satisfies never;
  }
}

function nextText(e: MonthExplanation, l: Labels, money: (m: string) => string): string {
  const goal = goalText(e.next.goal, e, l, money);
  if (e.next.month === null) return goal;
  const change = e.next.change;
  if (change === null) {
    return `${goal} In this scenario the phase does not change again within the ${e.horizonMonths} simulated months.`;
  }
  const info = phaseInfo(change.phase);
  const later = change.month - e.month;
  const when =
    later === 1
      ? 'next month'
      : `in month ${change.month} (${plural(later, 'month', 'months')} later)`;
  return `${goal} In this scenario phase ${info.phase} (${info.name}) starts ${when}.`;
}

/** The month told in sections; steps that did not happen this month are left out. */
export function explainSections(
  e: MonthExplanation,
  labels: Labels,
  currency: string,
): ExplainSection[] {
  const money = (m: string) => formatMoney(m, currency);
  const sections: ExplainSection[] = [
    { key: 'revenue', title: 'Revenue and costs', text: revenueText(e, labels, money) },
  ];
  const add = (key: ExplainSection['key'], title: string, text: string | null) => {
    if (text !== null) sections.push({ key, title, text });
  };
  add(
    'costs',
    e.phase === 2 ? 'Revenue split by costs' : 'Costs first',
    costsText(e, labels, money),
  );
  add('catchUp', 'Catch-up', catchUpText(e, labels, money));
  add('equalSplit', '50/50 part', equalSplitText(e, labels, money));
  add('proportional', 'Proportional remainder', proportionalText(e, labels, money));
  add('positions', 'Positions', positionsText(e, labels, money));
  add('next', 'What comes next', nextText(e, labels, money));
  return sections;
}
