import { useMemo } from 'react';
import { create } from 'zustand';
import { upgradeScenario } from '../../engine';
import type { ScenarioV2, Uncertainty } from '../../engine';
import { selectScenario, useAppState } from '../../state';

/**
 * The one place the Risk view reads and writes the scenario's uncertainty (runs, seed, ranges).
 * For now it lives in this small store beside the scenario; once the app's scenario is format 2
 * it is `scenario.uncertainty` (and so travels in links and files), and only this module changes.
 * What is written here has been validated against the scenario with the engine's schema.
 */

/** What a format-1 scenario is read as (spec section 9): 1,000 runs, seed 1, no ranges. */
export const DEFAULT_UNCERTAINTY: Uncertainty = { runs: 1000, seed: 1, ranges: [] };

interface UncertaintyState {
  uncertainty: Uncertainty | undefined;
  set: (u: Uncertainty | undefined) => void;
}

export const useUncertaintyStore = create<UncertaintyState>()((set) => ({
  uncertainty: undefined,
  set: (uncertainty) => set({ uncertainty }),
}));

/** The current scenario as format 2, with its uncertainty. */
export function useRiskScenario(): ScenarioV2 {
  const scenario = useAppState(selectScenario);
  const uncertainty = useUncertaintyStore((s) => s.uncertainty);
  return useMemo(
    () => ({ ...upgradeScenario(scenario), uncertainty: uncertainty ?? DEFAULT_UNCERTAINTY }),
    [scenario, uncertainty],
  );
}

export function useSetUncertainty(): (u: Uncertainty | undefined) => void {
  return useUncertaintyStore((s) => s.set);
}
