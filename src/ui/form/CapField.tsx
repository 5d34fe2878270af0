import { useId, useRef } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useT } from '../i18n';
import { GROWTH_SPECS } from './field-specs';
import type { ScenarioFormValues } from './form-values';
import { NumberField } from './NumberField';

const DEFAULT_CAP = '1000';

/** The optional market size: a checkbox turns the cap on (with its last value) or off (null). */
export function CapField({ currency }: { currency: string }) {
  const { setValue } = useFormContext<ScenarioFormValues>();
  const cap = useWatch<ScenarioFormValues, 'growth.maxInstances'>({ name: 'growth.maxInstances' });
  // Unticking remembers the cap, so ticking again brings it back.
  const lastCap = useRef(cap ?? DEFAULT_CAP);
  const id = useId();
  const t = useT();
  return (
    <div className="field field--cap">
      <div className="field__check">
        <input
          id={id}
          type="checkbox"
          checked={cap !== null}
          onChange={(e) => {
            if (cap !== null) lastCap.current = cap;
            setValue('growth.maxInstances', e.target.checked ? lastCap.current : null, {
              shouldDirty: true,
            });
          }}
        />
        <label htmlFor={id}>{t('field.capToggle')}</label>
      </div>
      {cap !== null && (
        <NumberField
          name="growth.maxInstances"
          spec={GROWTH_SPECS.maxInstances}
          currency={currency}
        />
      )}
    </div>
  );
}
