/**
 * The phase engine's public face. Everything outside src/engine imports from here only.
 * The engine is pure: no React, DOM, worker or Node APIs (enforced by ESLint and tsconfig.engine.json).
 */
export type {
  DecimalString,
  IntColumn,
  PartnerInput,
  PartnerKey,
  PartnerMonths,
  PartnerTotals,
  Phase,
  Scenario,
  ScenarioIssue,
  SimulationResult,
  Summary,
} from './types';
export { PARTNER_KEYS } from './types';
export {
  centsToString,
  intAt,
  millionthsToString,
  moneyAt,
  scaledIntToString,
  toChartSeries,
} from './columns';
// Owned by the schema work (issue 2, part 2): parseScenario, safeParseScenario, ScenarioError, scenarioSchema, defaultScenario.
// Owned by the simulation work: simulate, toCanonical.
