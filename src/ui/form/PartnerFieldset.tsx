import type { PartnerKey } from '../../engine';
import { PARTNER_NUMBER_KEYS, PARTNER_NUMBER_SPECS } from './field-specs';
import { NumberField } from './NumberField';
import { TextField } from './TextField';

const TITLES: Record<PartnerKey, string> = {
  msp: 'Service provider (MSP)',
  isv: 'Software vendor (ISV)',
};

/** One partner's costs. The two partners sit side by side with the same fields in the same rows. */
export function PartnerFieldset({ partner, currency }: { partner: PartnerKey; currency: string }) {
  return (
    <fieldset className={`partner partner--${partner}`}>
      <legend className="partner__legend">{TITLES[partner]}</legend>
      <TextField name={`${partner}.label`} label="Name" maxLength={40} />
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
