import { findField, groupThousands } from '../../engine';
import type { FieldEntry, PartnerKey, ScenarioIssue } from '../../engine';
import { currentLanguage, t } from '../i18n';
import type { MessageKey } from '../i18n';

/**
 * How the UI words a field of the registry: its label, its unit and a value with its unit, in
 * the active language, and an engine issue from its code. The registry's keys are plain strings
 * in the engine; the catalogue's `fields` area holds every one of them (a test checks).
 */

/** The field's label ("Price per instance per month"). */
export function labelOf(entry: FieldEntry): string {
  return t(entry.labelKey as MessageKey);
}

/** The label of a leaf path, or the path itself for one the registry does not know. */
export function pathLabel(path: string): string {
  const entry = findField(path);
  return entry === null ? path : labelOf(entry);
}

/** The unit shown beside the field ("CHF/month"), or '' for none. */
export function unitOf(entry: FieldEntry, currency: string): string {
  return entry.unitKey === undefined ? '' : t(entry.unitKey, { cur: currency });
}

/** A value with its unit ("390 CHF/month"; "1 instance", not "1 instances"). */
export function withUnit(entry: FieldEntry, value: string, currency: string): string {
  const unit =
    value === '1' && entry.unitKey === 'unit.instances'
      ? t('unit.instance')
      : unitOf(entry, currency);
  return unit === '' ? value : t('field.valueWithUnit', { value, unit });
}

/** A partner field's label with the partner's name in front ("VSHN · Initialisation hours"). */
export function partnerFieldLabel(path: string, partners: Record<PartnerKey, string>): string {
  const [head] = path.split('.');
  const field = pathLabel(path);
  if (head === 'msp' || head === 'isv')
    return t('field.ofPartner', { partner: partners[head], field });
  return field;
}

/** A bound as the active language groups it ("10,000,000"; German "10’000’000"). */
function bound(text: string | undefined): string {
  const grouped = groupThousands(text ?? '');
  return currentLanguage() === 'de' ? grouped.replaceAll(',', '’') : grouped;
}

/** An engine issue in the active language; its English message when it carries no code. */
export function issueText(issue: ScenarioIssue): string {
  const { code, params } = issue;
  if (code === undefined || params === undefined) return issue.message;
  return t(`validation.${code}`, {
    label: t(params.labelKey as MessageKey),
    min: bound(params.min),
    max: bound(params.max),
    places: params.places ?? 0,
    example: params.example ?? '',
  });
}
