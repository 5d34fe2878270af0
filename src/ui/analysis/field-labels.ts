import { fieldLabel } from '../../engine';
import type { PartnerKey, Scenario } from '../../engine';

/**
 * People's names for an input path: the schema's label, with the partner's name in front for
 * partner fields ("VSHN · Initialisation hours"), since both partners have the same fields.
 */
export function inputLabel(path: string, labels: Record<PartnerKey, string>): string {
  const [head] = path.split('.');
  const label = fieldLabel(path);
  if (head === 'msp' || head === 'isv') return `${labels[head]} · ${label}`;
  return label;
}

export function partnerLabels(scenario: Scenario): Record<PartnerKey, string> {
  return { msp: scenario.msp.label, isv: scenario.isv.label };
}

const MONEY_KEYS = new Set([
  'hourlyRate',
  'initOther',
  'monthlyOther',
  'otherPerInstance',
  'perInstance',
]);
const HOURS_KEYS = new Set(['initHours', 'monthlyHours', 'hoursPerInstance']);

/** How an input's value reads: money with the currency, hours with h, percentages with %. */
export function valueText(path: string, value: string, currency: string): string {
  const key = path.split('.').at(-1) ?? '';
  if (key.endsWith('Pct')) return `${value} %`;
  if (MONEY_KEYS.has(key)) return `${value} ${currency}`;
  if (HOURS_KEYS.has(key)) return `${value} h`;
  return value;
}
