import { FIELD_LABELS } from '../../engine/index';
import type { Scenario } from '../../engine/index';
import {
  COSTS_SPECS,
  GROWTH_SPECS,
  PARTNER_NUMBER_KEYS,
  PARTNER_NUMBER_SPECS,
  PRICE_SPECS,
  TIMELINE_SPECS,
} from '../form/field-specs';
import type { NumberSpec } from '../form/field-specs';

/**
 * Every input of a scenario as rows of text for the report, labelled with the engine's field
 * labels (FIELD_LABELS) and the form's units. Values are the scenario's exact text.
 */
export interface InputRow {
  /** Dotted path of the field (for tests and keys). */
  path: string;
  label: string;
  value: string;
}

export interface InputGroup {
  title: string;
  rows: InputRow[];
}

/** Partner fields: one row per field, a value per partner. */
export interface PartnerInputRow {
  key: string;
  label: string;
  msp: string;
  isv: string;
}

function withUnit(value: string, spec: NumberSpec, currency: string): string {
  const unit = spec.unit(currency);
  if (!unit) return value;
  // "1 instance", not "1 instances".
  return value === '1' && unit === 'instances' ? '1 instance' : `${value} ${unit}`;
}

export function scenarioInputGroups(s: Scenario): InputGroup[] {
  const cur = s.currency;
  const cap = s.growth.maxInstances;
  return [
    {
      title: 'Scenario',
      rows: [
        { path: 'name', label: FIELD_LABELS.name, value: s.name },
        { path: 'currency', label: FIELD_LABELS.currency, value: cur },
        {
          path: 'horizonMonths',
          label: FIELD_LABELS.horizonMonths,
          value: `${s.horizonMonths} months`,
        },
        {
          path: 'investmentMonths',
          label: FIELD_LABELS.investmentMonths,
          value: withUnit(String(s.investmentMonths), TIMELINE_SPECS.investmentMonths, cur),
        },
      ],
    },
    {
      title: FIELD_LABELS.price,
      rows: [
        {
          path: 'price.perInstance',
          label: FIELD_LABELS['price.perInstance'],
          value: withUnit(s.price.perInstance, PRICE_SPECS.perInstance, cur),
        },
        {
          path: 'price.yearlyChangePct',
          label: FIELD_LABELS['price.yearlyChangePct'],
          value: withUnit(s.price.yearlyChangePct, PRICE_SPECS.yearlyChangePct, cur),
        },
      ],
    },
    {
      title: FIELD_LABELS.growth,
      rows: [
        ...(['startInstances', 'newPerMonth', 'growthPct', 'churnPct'] as const).map((k) => ({
          path: `growth.${k}`,
          label: FIELD_LABELS[`growth.${k}`],
          value: withUnit(s.growth[k], GROWTH_SPECS[k], cur),
        })),
        {
          path: 'growth.maxInstances',
          label: FIELD_LABELS['growth.maxInstances'],
          value: cap === null ? 'No cap' : withUnit(String(cap), GROWTH_SPECS.maxInstances, cur),
        },
      ],
    },
    {
      title: FIELD_LABELS.costs,
      rows: [
        {
          path: 'costs.yearlyChangePct',
          label: FIELD_LABELS['costs.yearlyChangePct'],
          value: withUnit(s.costs.yearlyChangePct, COSTS_SPECS.yearlyChangePct, cur),
        },
      ],
    },
  ];
}

export function partnerInputRows(s: Scenario): PartnerInputRow[] {
  const cur = s.currency;
  return [
    { key: 'label', label: FIELD_LABELS['msp.label'], msp: s.msp.label, isv: s.isv.label },
    ...PARTNER_NUMBER_KEYS.map((k) => ({
      key: k,
      label: FIELD_LABELS[`msp.${k}`],
      msp: withUnit(s.msp[k], PARTNER_NUMBER_SPECS[k], cur),
      isv: withUnit(s.isv[k], PARTNER_NUMBER_SPECS[k], cur),
    })),
  ];
}
