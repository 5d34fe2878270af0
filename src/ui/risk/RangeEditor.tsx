import { useId } from 'react';
import { uncertainMode } from '../../engine';
import type { ScenarioV2, UncertainField, UncertainRange } from '../../engine';
import { useT } from '../i18n';
import { SUGGESTIONS, rangeableFields } from './risk-model';
import { ColumnHeads } from '../table/ColumnHeads';
import { uncertainLabel } from './risk-words';

/** What the user has typed: ranges as text (possibly not yet valid), runs and seed as text. */
export interface Draft {
  ranges: UncertainRange[];
  runs: string;
  seed: string;
}

export interface RangeEditorProps {
  /** The scenario whose values are the ranges' most likely values. */
  base: ScenarioV2;
  draft: Draft;
  onChange: (draft: Draft) => void;
  /** Problems by path (`uncertainty.ranges.0.low`), shown where the field is. */
  issues: ReadonlyMap<string, string>;
  onSuggest: (ranges: UncertainRange[]) => void;
  onNewDraw: () => void;
}

function FieldMessage({ id, message }: { id: string; message: string | undefined }) {
  if (message === undefined) return null;
  return (
    <span id={id} className="risk-error">
      {message}
    </span>
  );
}

/**
 * The uncertain inputs: for each, the scenario's value (the most likely) and, once added, a low
 * and a high; the one-click suggestions; runs and seed.
 */
export function RangeEditor({
  base,
  draft,
  onChange,
  issues,
  onSuggest,
  onNewDraw,
}: RangeEditorProps) {
  const id = useId();
  const t = useT();
  const fields = rangeableFields(base);
  const indexOf = (field: UncertainField) => draft.ranges.findIndex((r) => r.field === field);
  const setRange = (field: UncertainField, patch: Partial<UncertainRange>) =>
    onChange({
      ...draft,
      ranges: draft.ranges.map((r) => (r.field === field ? { ...r, ...patch } : r)),
    });
  const add = (field: UncertainField) => {
    const mode = uncertainMode(base, field) ?? '0';
    const order = fields.map((f) => f.field as string);
    const ranges = [...draft.ranges, { field, low: mode, high: mode }].sort(
      (a, b) => order.indexOf(a.field) - order.indexOf(b.field),
    );
    onChange({ ...draft, ranges });
  };
  const remove = (field: UncertainField) =>
    onChange({ ...draft, ranges: draft.ranges.filter((r) => r.field !== field) });
  const rangeIssue = (i: number) => issues.get(`uncertainty.ranges.${i}`);
  const partners = { msp: base.msp.label, isv: base.isv.label };
  const labelOf = (spec: (typeof fields)[number]) => uncertainLabel(t, spec.field, partners);

  return (
    <div className="risk-editor">
      <div className="risk-suggestions" role="group" aria-label={t('risk.suggestions')}>
        {SUGGESTIONS.map((s) => {
          const ranges = s.ranges(base);
          return (
            <button
              key={s.id}
              type="button"
              className="analysis-button"
              disabled={ranges.length === 0}
              onClick={() => onSuggest(ranges)}
            >
              {t(s.title)}
            </button>
          );
        })}
      </div>
      <div
        className="risk-table-wrap"
        role="region"
        aria-label={t('risk.inputsRegion')}
        tabIndex={0}
      >
        <table className="risk-ranges">
          <caption>{t('risk.inputsCaption')}</caption>
          <ColumnHeads
            heads={[
              t('risk.input'),
              t('risk.low'),
              t('risk.mostLikely'),
              t('risk.high'),
              { hidden: t('risk.range') },
            ]}
          />
          <tbody>
            {fields.map((field) => {
              const spec = { ...field, label: labelOf(field) };
              const i = indexOf(spec.field);
              const r = draft.ranges[i];
              const mode = uncertainMode(base, spec.field) ?? '';
              const lowPath = `uncertainty.ranges.${i}.low`;
              const highPath = `uncertainty.ranges.${i}.high`;
              const fieldPath = `uncertainty.ranges.${i}.field`;
              const key = spec.field.replace(/\./g, '-');
              return (
                <tr key={spec.field} data-field={spec.field}>
                  <th scope="row">
                    {spec.label}
                    {i >= 0 && (
                      <FieldMessage
                        id={`${id}-${key}-field`}
                        message={issues.get(fieldPath) ?? rangeIssue(i)}
                      />
                    )}
                  </th>
                  <td>
                    {r && (
                      <>
                        <input
                          className="risk-input"
                          inputMode="decimal"
                          aria-label={t('risk.lowOf', { input: spec.label })}
                          aria-invalid={issues.has(lowPath)}
                          aria-describedby={issues.has(lowPath) ? `${id}-${key}-low` : undefined}
                          value={r.low}
                          onChange={(e) => setRange(spec.field, { low: e.target.value })}
                        />
                        <FieldMessage id={`${id}-${key}-low`} message={issues.get(lowPath)} />
                      </>
                    )}
                  </td>
                  <td className="risk-mode">
                    {spec.kind === 'effort' ? t('risk.effortValue', { value: mode }) : mode}
                  </td>
                  <td>
                    {r && (
                      <>
                        <input
                          className="risk-input"
                          inputMode="decimal"
                          aria-label={t('risk.highOf', { input: spec.label })}
                          aria-invalid={issues.has(highPath)}
                          aria-describedby={issues.has(highPath) ? `${id}-${key}-high` : undefined}
                          value={r.high}
                          onChange={(e) => setRange(spec.field, { high: e.target.value })}
                        />
                        <FieldMessage id={`${id}-${key}-high`} message={issues.get(highPath)} />
                      </>
                    )}
                  </td>
                  <td>
                    {r ? (
                      <button
                        type="button"
                        className="analysis-button"
                        aria-label={t('risk.removeOf', { input: spec.label })}
                        onClick={() => remove(spec.field)}
                      >
                        {t('risk.remove')}
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="analysis-button"
                        aria-label={t('risk.addOf', { input: spec.label })}
                        onClick={() => add(spec.field)}
                      >
                        {t('risk.add')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="risk-run-controls">
        <label>
          {t('risk.runs')}
          <input
            className="risk-input"
            inputMode="numeric"
            value={draft.runs}
            aria-invalid={issues.has('uncertainty.runs')}
            aria-describedby={issues.has('uncertainty.runs') ? `${id}-runs` : undefined}
            onChange={(e) => onChange({ ...draft, runs: e.target.value })}
          />
        </label>
        <FieldMessage id={`${id}-runs`} message={issues.get('uncertainty.runs')} />
        <label>
          {t('risk.seed')}
          <input
            className="risk-input"
            inputMode="numeric"
            value={draft.seed}
            aria-invalid={issues.has('uncertainty.seed')}
            aria-describedby={issues.has('uncertainty.seed') ? `${id}-seed` : undefined}
            onChange={(e) => onChange({ ...draft, seed: e.target.value })}
          />
        </label>
        <FieldMessage id={`${id}-seed`} message={issues.get('uncertainty.seed')} />
        <button type="button" className="analysis-button" onClick={onNewDraw}>
          {t('risk.newDraw')}
        </button>
      </div>
    </div>
  );
}
