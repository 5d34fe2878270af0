import { FIELDS, PARTNER_FIELDS, partnerFieldOf, readPath } from '../../engine/index';
import type { FieldEntry, ReportGroup, Scenario, ScenarioV2 } from '../../engine/index';
import { labelOf, withUnit } from '../form/field-text';
import { t } from '../i18n';
import { summedPartner } from './cost-items';

/**
 * Every input of a scenario as rows of text for the report, in the groups and with the labels
 * and units of the field registry. Values are the scenario's exact text.
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

/** The report's groups beside the partner table, in order, with their titles' keys. */
const GROUP_TITLES = {
  scenario: 'section.scenario',
  price: 'section.price',
  growth: 'section.growth',
  costs: 'section.costs',
} as const satisfies Partial<Record<ReportGroup, string>>;

/** A field's value as the report shows it: with its unit, "No cap" for a missing cap. */
function valueOf(entry: FieldEntry, s: { currency: string }): string {
  const value = readPath(s, entry.path);
  if (value === null) return t('field.noCap');
  return withUnit(entry, String(value), s.currency);
}

export function scenarioInputGroups(s: Scenario | ScenarioV2): InputGroup[] {
  return (Object.keys(GROUP_TITLES) as (keyof typeof GROUP_TITLES)[]).map((group) => ({
    title: t(GROUP_TITLES[group]),
    rows: FIELDS.filter((entry) => entry.report === group).map((entry) => ({
      path: entry.path,
      label: labelOf(entry),
      value: valueOf(entry, s),
    })),
  }));
}

/**
 * Each partner's fields; an itemised partner's amounts are its items' totals (the items
 * themselves are listed in "Who does what").
 */
export function partnerInputRows(s: Scenario | ScenarioV2): PartnerInputRow[] {
  const flat = s.version === 2 ? { ...s, msp: summedPartner(s.msp), isv: summedPartner(s.isv) } : s;
  return PARTNER_FIELDS.map(({ key }) => {
    const entry = partnerFieldOf(key);
    const value = (partner: 'msp' | 'isv') =>
      valueOf({ ...entry, path: `${partner}.${key}` }, flat);
    return { key, label: labelOf(entry), msp: value('msp'), isv: value('isv') };
  });
}
