import { FormProvider, useWatch } from 'react-hook-form';
import { CapField } from './CapField';
import { CurrencyField } from './CurrencyField';
import { COSTS_SPECS, GROWTH_SPECS, PRICE_SPECS, TIMELINE_SPECS } from './field-specs';
import type { ScenarioFormValues } from './form-values';
import { NumberField } from './NumberField';
import { PartnerFieldset } from './PartnerFieldset';
import { TextField } from './TextField';
import { useScenarioForm } from './use-scenario-form';
import './form.css';

function Sections() {
  const currency = useWatch<ScenarioFormValues, 'currency'>({ name: 'currency' });
  return (
    <>
      <fieldset className="form-section">
        <legend>Pricing</legend>
        <div className="form-section__fields">
          <NumberField
            name="price.perInstance"
            spec={PRICE_SPECS.perInstance}
            currency={currency}
          />
          <NumberField
            name="price.yearlyChangePct"
            spec={PRICE_SPECS.yearlyChangePct}
            currency={currency}
          />
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>Timeline</legend>
        <div className="form-section__fields">
          <NumberField
            name="investmentMonths"
            spec={TIMELINE_SPECS.investmentMonths}
            currency={currency}
          />
          <NumberField
            name="horizonMonths"
            spec={TIMELINE_SPECS.horizonMonths}
            currency={currency}
          />
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>Growth</legend>
        <div className="form-section__fields">
          <NumberField
            name="growth.startInstances"
            spec={GROWTH_SPECS.startInstances}
            currency={currency}
          />
          <NumberField
            name="growth.newPerMonth"
            spec={GROWTH_SPECS.newPerMonth}
            currency={currency}
          />
          <NumberField name="growth.growthPct" spec={GROWTH_SPECS.growthPct} currency={currency} />
          <NumberField name="growth.churnPct" spec={GROWTH_SPECS.churnPct} currency={currency} />
          <CapField currency={currency} />
        </div>
      </fieldset>
      <fieldset className="form-section form-section--partners">
        <legend>Costs (effective labour cost, not billing rates)</legend>
        <div className="form-section__fields">
          <div className="partners">
            <PartnerFieldset partner="msp" currency={currency} />
            <PartnerFieldset partner="isv" currency={currency} />
          </div>
          <NumberField
            name="costs.yearlyChangePct"
            spec={COSTS_SPECS.yearlyChangePct}
            currency={currency}
          />
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>Scenario</legend>
        <div className="form-section__fields">
          <TextField name="name" label="Scenario name" maxLength={80} />
          <CurrencyField />
        </div>
      </fieldset>
    </>
  );
}

/**
 * Every scenario field. Edits apply as you type or drag; there is nothing to submit. (Reset and
 * presets live in the sharing feature's presets bar; the form follows them.)
 */
export function ScenarioForm() {
  const form = useScenarioForm();
  return (
    <FormProvider {...form}>
      <form
        className="scenario-form"
        aria-label="Scenario inputs"
        noValidate
        onSubmit={(e) => e.preventDefault()}
      >
        <Sections />
      </form>
    </FormProvider>
  );
}
