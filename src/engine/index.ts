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
export { parseScenario, safeParseScenario, toScenarioIssues } from './parse-scenario';
export type { SafeParseScenarioResult } from './parse-scenario';
export { ScenarioError } from './scenario-error';
export {
  FIELD_LABELS,
  costsSchema,
  fieldLabel,
  growthSchema,
  partnerSchema,
  priceSchema,
  scenarioFieldSchemas,
  scenarioSchema,
} from './schema';
export type { ScenarioFieldPath, ScenarioInput, ScenarioPath } from './schema';
export { COUNT, HOURS, MONEY, PERCENT_CHANGE, PERCENT_RATE, decimalProblem } from './schema-fields';
export type { DecimalKind } from './schema-fields';
export { defaultScenario } from './default-scenario';
export type { DeepReadonly } from './default-scenario';
export {
  DECIMAL_PATTERN,
  canonicalDecimal,
  compareDecimal,
  decimalPlaces,
  decimalTextOf,
} from './decimal-text';
// Owned by the simulation work: simulate, toCanonical.
export { simulate } from './simulate';
export { toCanonical } from './canonical';
export type {
  CanonicalMonth,
  CanonicalPartnerMonth,
  CanonicalResult,
  CanonicalSummary,
} from './canonical';
// Owned by the explain/compare/terms work (issue 6): month explanations, the static split, contract terms.
export { explainMonth } from './explain-month';
export type {
  CatchUpStep,
  EqualSplitStep,
  MonthExplanation,
  NextGoal,
  PartnerMonthExplanation,
  ProportionalStep,
} from './explain-month';
export {
  compareWithFivePhase,
  defaultSplitPct,
  fivePhaseFigures,
  horizonMarginPct,
  parseSplitPct,
  staticSplit,
  staticSplitInputOf,
} from './static-split';
export type {
  SplitDifference,
  SplitFigures,
  StaticSplitInput,
  StaticSplitPartner,
  StaticSplitResult,
} from './static-split';
export {
  MINIMUM_TERM_MONTHS,
  NOTICE_MONTHS,
  contractTerms,
  defaultEndMonth,
  endAfterNoticeAt,
  endReadout,
} from './contract-terms';
export type { ContractTerms, EndReadout, PartnerAtEnd } from './contract-terms';
// Owned by the analysis work (issue 7): sensitivity (tornado) and goal seek, as steppers.
export {
  SENSITIVITY_FIELDS,
  DEFAULT_SENSITIVITY_PCT,
  parseSensitivityPct,
  sensitivity,
  sensitivitySteps,
} from './sensitivity';
export type {
  AnalysisProgress,
  SensitivityOutcome,
  SensitivityPoint,
  SensitivityResult,
  SensitivityRow,
} from './sensitivity';
export { SENSITIVITY_METRICS, isNoChange, rankSensitivity } from './sensitivity-effects';
export type { Effect, RankedRow, SensitivityMetric } from './sensitivity-effects';
export { GOAL_SEEK_FIELDS, goalSeek, goalSeekSteps, methodOf, seeksLargest } from './goal-seek';
export type { GoalSeekField, GoalSeekMethod, GoalSeekRequest, GoalSeekResult } from './goal-seek';
export type { AnalysisField } from './analysis-fields';
