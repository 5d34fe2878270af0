import { useMemo } from 'react';
import { upgradeScenario } from '../../engine';
import type { ScenarioV2, Uncertainty } from '../../engine';
import { selectScenario, selectUncertainty, useAppState } from '../../state';

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
