import { useMemo } from 'react';
import { upgradeScenario } from '../../engine';
import type { RiskResult, Scenario, ScenarioV2, Uncertainty } from '../../engine';
import { selectLastRisk, selectScenario, selectUncertainty, useAppState } from '../../state';

/**
 * The one place the Risk view reads and writes the scenario's uncertainty (runs, seed, ranges).
 * For now it lives in the store's risk slice beside the scenario; once the app's scenario is
 * format 2 it is `scenario.uncertainty` (and so travels in links and files), and only this module
 * and that slice change.
 * What is written here has been validated against the scenario with the engine's schema.
 */

/** What a format-1 scenario is read as (spec section 9): 1,000 runs, seed 1, no ranges. */
export const DEFAULT_UNCERTAINTY: Uncertainty = { runs: 1000, seed: 1, ranges: [] };

/** The current scenario as format 2, with its uncertainty. */
export function useRiskScenario(): ScenarioV2 {
  const scenario = useAppState(selectScenario);
  const uncertainty = useAppState(selectUncertainty);
  return useMemo(
    () => ({ ...upgradeScenario(scenario), uncertainty: uncertainty ?? DEFAULT_UNCERTAINTY }),
    [scenario, uncertainty],
  );
}

export function useSetUncertainty(): (u: Uncertainty | undefined) => void {
  return useAppState((s) => s.setUncertainty);
}

/** JSON with every object's keys sorted: equal for equal scenarios whatever their key order. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/**
 * The Risk view's newest result if it answers exactly this scenario with the ranges set now
 * (views that show risk figures never start an analysis of their own, nor show another's).
 */
export function useRiskResultFor(
  scenario: Scenario | null,
): { result: RiskResult; uncertainty: Uncertainty } | null {
  const last = useAppState(selectLastRisk);
  const uncertainty = useAppState(selectUncertainty);
  return useMemo(() => {
    if (last === null || scenario === null || uncertainty === undefined) return null;
    if (uncertainty.ranges.length === 0) return null;
    if (stable(last.scenario) !== stable({ ...upgradeScenario(scenario), uncertainty }))
      return null;
    return { result: last.result, uncertainty };
  }, [last, scenario, uncertainty]);
}
