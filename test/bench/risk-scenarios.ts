import { readFileSync } from 'node:fs';
import { parseAnyScenario } from '../../src/engine/index';
import type { ScenarioV2, UncertainRange } from '../../src/engine/index';
import { goldenRiskDir } from '../golden';
import { join } from 'node:path';

/**
 * The benchmark's scenarios: golden risk vector 05 (the default example with all fifteen inputs of
 * table 10.1 uncertain, so every part of every run's plan differs) at any horizon and run count,
 * and the same with two ranges only (price and new instances per month), the common case. Over
 * 6,000 months the fifteen include yearly cost and price changes, which compound for 500 years
 * past 2^53 cents: those runs take the engine's BigInt path, as they must.
 */
const all15 = JSON.parse(
  readFileSync(join(goldenRiskDir, '05-all-fifteen-inputs-uncertain-over-20-yea.json'), 'utf8'),
) as { scenario: ScenarioV2 };

export const RANGE_SETS = ['all 15 inputs', '2 inputs'] as const;
export type RangeSet = (typeof RANGE_SETS)[number];

export function benchScenario(horizonMonths: number, runs: number, set: RangeSet): ScenarioV2 {
  const s = all15.scenario;
  const two: UncertainRange[] = [
    { field: 'price.perInstance', low: '300', high: '480' },
    { field: 'growth.newPerMonth', low: '1', high: '5' },
  ];
  const ranges = set === 'all 15 inputs' ? s.uncertainty.ranges : two;
  return parseAnyScenario({ ...s, horizonMonths, uncertainty: { ...s.uncertainty, runs, ranges } });
}
