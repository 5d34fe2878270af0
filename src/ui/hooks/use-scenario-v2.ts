import { useMemo } from 'react';
import { upgradeScenario } from '../../engine';
import type { Scenario, ScenarioV2 } from '../../engine';
import { useAppState } from '../../state';

/**
 * The scenario as format 2 (itemised costs), whichever format it is held in: a format-1
 * scenario reads as its upgrade, one "All costs" item per partner (spec section 9). The views
 * that list cost items read it through here, so they work on either format.
 */

const upgraded = new WeakMap<Scenario, ScenarioV2>();

/** `s` as format 2: itself if it is, else its upgrade (the same object for the same input). */
export function asScenarioV2(s: Scenario | ScenarioV2): ScenarioV2 {
  if (s.version === 2) return s;
  let v2 = upgraded.get(s);
  if (v2 === undefined) {
    v2 = upgradeScenario(s);
    upgraded.set(s, v2);
  }
  return v2;
}

/** The store's scenario as format 2. */
export function useScenarioV2(): ScenarioV2 {
  const scenario = useAppState((s): Scenario | ScenarioV2 => s.scenario);
  return useMemo(() => asScenarioV2(scenario), [scenario]);
}
