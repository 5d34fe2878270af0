import { uncertainFieldSpec } from '../../engine';
import type { PartnerKey, UncertainField } from '../../engine';
import type { MessageKey, Translate } from '../i18n';
import { pathLabel } from '../form/field-text';

/**
 * The name of an uncertain input in the reader's language: a scenario field by its registry
 * label, a partner's effort by the partner's own name ("VSHN initialisation effort").
 */
const EFFORT: Record<'init' | 'monthly' | 'perInstance', MessageKey> = {
  init: 'risk.effort.init',
  monthly: 'risk.effort.monthly',
  perInstance: 'risk.effort.perInstance',
};

export function uncertainLabel(
  t: Translate,
  field: UncertainField,
  partners: Record<PartnerKey, string>,
): string {
  const { effort } = uncertainFieldSpec(field);
  if (effort === null) return pathLabel(field);
  return t('risk.effortLabel', {
    who: partners[effort.partner],
    label: t(EFFORT[effort.category]),
  });
}
