import { FormProvider, useWatch } from 'react-hook-form';
import { FORM_SECTIONS } from '../../engine';
import type { FieldEntry, FieldPath, FormSection } from '../../engine';
import { useT } from '../i18n';
import { CapField } from './CapField';
import { CurrencyField } from './CurrencyField';
import { numberSpec, sectionEntries } from './field-specs';
import { labelOf } from './field-text';
import type { ScenarioFormValues } from './form-values';
import { NumberField, type NumberPath } from './NumberField';
import { PartnerFieldset } from './PartnerFieldset';
import { TextField } from './TextField';
import { useScenarioForm } from './use-scenario-form';
import './form.css';

/** One field of a section, by the control its kind (or the registry's widget) asks for. */
function Field({ entry, currency }: { entry: FieldEntry; currency: string }) {
  const widget = entry.form?.widget;
  if (widget === 'currency') return <CurrencyField />;
  if (widget === 'cap') return <CapField currency={currency} />;
  if (entry.kind === 'text') {
    const name = entry.path as 'name';
    return <TextField name={name} label={labelOf(entry)} maxLength={Number(entry.max)} />;
  }
  const name = entry.path as NumberPath;
  return <NumberField name={name} spec={numberSpec(entry.path as FieldPath)} currency={currency} />;
}

function Section({ section, currency }: { section: FormSection; currency: string }) {
  const t = useT();
  const partners = section === 'costs';
  return (
    <fieldset className={partners ? 'form-section form-section--partners' : 'form-section'}>
      <legend>{t(`section.form.${section}`)}</legend>
      <div className="form-section__fields">
        {partners && (
          <div className="partners">
            <PartnerFieldset partner="msp" currency={currency} />
            <PartnerFieldset partner="isv" currency={currency} />
          </div>
        )}
        {sectionEntries(section).map((entry) => (
          <Field key={entry.path} entry={entry} currency={currency} />
        ))}
      </div>
    </fieldset>
  );
}

function Sections() {
  const currency = useWatch<ScenarioFormValues, 'currency'>({ name: 'currency' });
  return (
    <>
      {FORM_SECTIONS.map((section) => (
        <Section key={section} section={section} currency={currency} />
      ))}
    </>
  );
}

/**
 * Every scenario field, in the sections the field registry puts them in. Edits apply as you type
 * or drag; there is nothing to submit. (Reset and presets live in the sharing feature's presets
 * bar; the form follows them.)
 */
export function ScenarioForm() {
  const form = useScenarioForm();
  const t = useT();
  return (
    <FormProvider {...form}>
      <form
        className="scenario-form"
        aria-label={t('section.form')}
        noValidate
        onSubmit={(e) => e.preventDefault()}
      >
        <Sections />
      </form>
    </FormProvider>
  );
}
