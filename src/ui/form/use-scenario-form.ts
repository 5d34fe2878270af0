import { useEffect, useRef } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { scenarioSchema } from '../../engine';
import type { Scenario } from '../../engine';
import { selectScenarioRevision, useAppState, useAppStoreApi } from '../../state';
import { toFormValues, type ScenarioFormValues } from './form-values';

/**
 * The engine's schema as the form's resolver. The form's values are one shape of the schema's
 * input (all numbers as text; checked in form-values.ts) and errors are keyed by the same dotted
 * paths, so only the declared value type differs.
 */
const resolver = zodResolver(scenarioSchema) as unknown as Resolver<
  ScenarioFormValues,
  unknown,
  Scenario
>;

/**
 * The input form, tied to the store both ways:
 * - form → store: every edit is validated with the engine's one schema (zodResolver) and, when
 *   the whole scenario is valid, goes to the store at once (no submit button). An invalid value
 *   stays in its field with a message; the store keeps the last valid scenario and its result.
 * - store → form: when the scenario is replaced from outside (preset, link, reset), the form
 *   resets to it.
 */
export function useScenarioForm() {
  const store = useAppStoreApi();
  const form = useForm<ScenarioFormValues, unknown, Scenario>({
    defaultValues: toFormValues(store.getState().scenario),
    resolver,
    // Validation runs in the edit handler below, over the whole scenario, so a change to one field
    // also shows (or clears) a problem it causes in another (horizon vs. investment months).
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  const { subscribe, handleSubmit, reset } = form;

  useEffect(() => {
    let latest = 0;
    return subscribe({
      formState: { values: true },
      callback: ({ name }) => {
        // No field name: the form was reset from the store, so there is nothing to send back.
        if (name === undefined) return;
        const edit = ++latest;
        void handleSubmit((scenario) => {
          // Validation is asynchronous; an older edit finishing late must not win.
          if (edit === latest) store.getState().applyFormScenario(scenario);
        })();
      },
    });
  }, [subscribe, handleSubmit, store]);

  const revision = useAppState(selectScenarioRevision);
  const seenRevision = useRef(revision);
  useEffect(() => {
    if (seenRevision.current === revision) return;
    seenRevision.current = revision;
    reset(toFormValues(store.getState().scenario));
  }, [revision, reset, store]);

  return form;
}
