import { useCallback, useEffect, useRef } from 'react';
import { useForm, type FieldPath } from 'react-hook-form';
import { safeParseScenario } from '../../engine';
import { selectScenarioRevision, useAppState, useAppStoreApi } from '../../state';
import { useLanguage } from '../i18n';
import { issueText } from './field-text';
import { readFormNumbers, toFormValues, type ScenarioFormValues } from './form-values';

type Path = FieldPath<ScenarioFormValues>;

/** The form's values checked by the engine, and each invalid field's message in the active language. */
function check(values: ScenarioFormValues) {
  const read = readFormNumbers(values);
  const parsed = safeParseScenario(read.values, { codes: true });
  // A precise word on how the number was typed comes before the schema's message.
  const messages = new Map([...read.problems].map(([p, m]) => [p as Path, m]));
  if (!parsed.ok) {
    for (const issue of parsed.issues) {
      // The form always holds every field, so issue paths are the form's own field paths.
      const path = issue.path as Path;
      if (!messages.has(path)) messages.set(path, issueText(issue));
    }
  }
  return { parsed, messages };
}

/**
 * The input form, tied to the store both ways:
 * - form → store: every edit validates the whole scenario with the engine's one schema
 *   (`safeParseScenario`, i.e. `scenarioSchema`) and, when valid, goes to the store at once (no
 *   submit button). An invalid value stays in its field with the schema's message; the store
 *   keeps the last valid scenario and its result. Validating the whole scenario means a change to
 *   one field also shows (or clears) a problem it causes in another (horizon vs. investment months).
 * - store → form: when the scenario is replaced from outside (preset, link, reset), the form
 *   resets to it.
 *
 * Errors are set and cleared per field (`setError`/`clearErrors`) rather than through a resolver
 * and `handleSubmit`: submitting touches form-wide state and re-renders every field on every
 * keystroke, which costs tens of milliseconds per slider step; this re-renders only the fields
 * whose message changes.
 */
export function useScenarioForm() {
  const store = useAppStoreApi();
  const form = useForm<ScenarioFormValues>({
    defaultValues: toFormValues(store.getState().scenario),
    mode: 'onSubmit',
  });
  const { subscribe, setError, clearErrors, getFieldState, getValues, reset } = form;
  /** Fields currently showing a message. */
  const shownErrors = useRef(new Set<Path>());

  /** Shows exactly these messages, touching only the fields whose message changes. */
  const show = useCallback(
    (messages: ReadonlyMap<Path, string>) => {
      for (const path of shownErrors.current) if (!messages.has(path)) clearErrors(path);
      for (const [path, message] of messages) {
        if (getFieldState(path).error?.message !== message) {
          setError(path, { type: 'schema', message });
        }
      }
      shownErrors.current = new Set(messages.keys());
    },
    [clearErrors, getFieldState, setError],
  );

  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ name, values }) => {
          // No field name: the form was reset from the store, so there is nothing to send back.
          if (name === undefined) return;
          const { parsed, messages } = check(values);
          show(messages);
          store.getState().setFormInvalid(messages.size > 0);
          if (parsed.ok) store.getState().applyFormScenario(parsed.scenario);
        },
      }),
    [subscribe, show, store],
  );

  // A message already shown is worded again when the language changes.
  const language = useLanguage();
  const shownIn = useRef(language);
  useEffect(() => {
    if (shownIn.current === language) return;
    shownIn.current = language;
    if (shownErrors.current.size > 0) show(check(getValues()).messages);
  }, [language, show, getValues]);

  const revision = useAppState(selectScenarioRevision);
  const seenRevision = useRef(revision);
  useEffect(() => {
    if (seenRevision.current === revision) return;
    seenRevision.current = revision;
    reset(toFormValues(store.getState().scenario));
    shownErrors.current = new Set();
    store.getState().setFormInvalid(false);
  }, [revision, reset, store]);

  return form;
}
