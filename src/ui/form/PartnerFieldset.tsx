import { partnerFieldOf } from '../../engine';
import type { PartnerKey } from '../../engine';
import { useT } from '../i18n';
import { PARTNER_NUMBER_KEYS, PARTNER_NUMBER_SPECS } from './field-specs';
import { labelOf } from './field-text';
import { NumberField } from './NumberField';
import { TextField } from './TextField';

/** One partner's costs. The two partners sit side by side with the same fields in the same rows. */
export function PartnerFieldset({ partner, currency }: { partner: PartnerKey; currency: string }) {
  const t = useT();
  const name = partnerFieldOf('label');
  return (
    <fieldset className={`partner partner--${partner}`}>
      <legend className="partner__legend">{t(`section.partner.${partner}`)}</legend>
      <TextField name={`${partner}.label`} label={labelOf(name)} maxLength={Number(name.max)} />
      {PARTNER_NUMBER_KEYS.map((key) => (
        <NumberField
          key={key}
          name={`${partner}.${key}`}
          spec={PARTNER_NUMBER_SPECS[key]}
          currency={currency}
        />
      ))}
    </fieldset>
  );
}
