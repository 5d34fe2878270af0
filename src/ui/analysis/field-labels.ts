import { findField } from '../../engine';
import type { PartnerKey, Scenario } from '../../engine';
import { partnerFieldLabel } from '../form/field-text';

/**
 * People's names for an input path: the registry's label, with the partner's name in front for
 * partner fields ("VSHN · Initialisation hours"), since both partners have the same fields.
 */
export function inputLabel(path: string, labels: Record<PartnerKey, string>): string {
  return partnerFieldLabel(path, labels);
}

export function partnerLabels(scenario: Scenario): Record<PartnerKey, string> {
  return { msp: scenario.msp.label, isv: scenario.isv.label };
}

const SHORT_UNITS = { money: 'currency', hours: 'h', percent: '%' } as const;

/** How an input's value reads: money with the currency, hours with h, percentages with %. */
export function valueText(path: string, value: string, currency: string): string {
  const kind = findField(path)?.kind;
  if (kind !== 'money' && kind !== 'hours' && kind !== 'percent') return value;
  const unit = SHORT_UNITS[kind];
  return `${value} ${unit === 'currency' ? currency : unit}`;
}
