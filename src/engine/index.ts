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
// The schema part: parseScenario, safeParseScenario, ScenarioError, scenarioSchema, defaultScenario.
export { parseScenario, safeParseScenario, toScenarioIssues } from './parse-scenario';
export type { IssueOptions, SafeParseScenarioResult } from './parse-scenario';
// The field registry: every leaf's kind, bounds, label, unit, form and report place; paths.
export * from './scenario/index';
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
export { decimalProblem } from './schema-fields';
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
// Bounds in messages are grouped by thousands: the UI groups them the same way.
export { groupThousands } from './decimal-text';
// The format-2 part: scenario format 2, its reader and the upgrade from format 1.
export type { CostItem, PartnerInputV2, ScenarioV2, UncertainRange, Uncertainty } from './types';
export {
  EFFORT_MODE,
  UNCERTAIN_FIELDS,
  isUncertainField,
  uncertainFieldIndex,
  uncertainFieldSpec,
  uncertainMode,
} from './uncertain-fields';
export type {
  EffortCategory,
  UncertainField,
  UncertainFieldSpec,
  UncertainKind,
} from './uncertain-fields';
export { parseAnyScenario, safeParseAnyScenario } from './parse-any-scenario';
export type { SafeParseAnyScenarioResult } from './parse-any-scenario';
export { upgradeScenario, UPGRADED_ITEM_LABEL } from './upgrade-scenario';
export { MAX_ITEMS, costItemSchema, partnerV2Schema, scenarioV2Schema } from './schema-v2';
export type { ScenarioV2Input } from './schema-v2';
export { partnerAmounts } from './item-amounts';
export type { Effort, PartnerAmounts } from './item-amounts';
// The simulation part: simulate, toCanonical.
export { simulate } from './simulate';
export type { SimulateOptions } from './simulate';
export { toCanonical } from './canonical';
export type {
  CanonicalMonth,
  CanonicalPartnerMonth,
  CanonicalResult,
  CanonicalSummary,
} from './canonical';
// The risk part: Monte Carlo runs of a format-2 scenario, sliceable for workers.
export { finishRiskRuns, risk, riskFrame, riskRuns } from './risk/risk';
export { mergePartials as mergeRiskPartials } from './risk/partial';
export type { BreakEvenKey, RiskPartial } from './risk/partial';
export type {
  BandSeries,
  BreakEvenStats,
  FinalPositionStats,
  MoneyPercentiles,
  RiskFrame,
  RiskResult,
} from './risk/finish';
export type { ExactInts } from './risk/exact-ints';
export { fixedSplitRuns, fixedSplitStats } from './risk/fixed-split';
export type { FixedSplitPartnerStats, FixedSplitRuns } from './risk/fixed-split';
// The explain/compare/terms part: month explanations, the fixed split, contract terms.
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
  fixedSplit,
  fixedSplitInputOf,
} from './fixed-split';
export type {
  SplitDifference,
  SplitFigures,
  FixedSplitInput,
  FixedSplitPartner,
  FixedSplitResult,
} from './fixed-split';
export {
  MINIMUM_TERM_MONTHS,
  NOTICE_MONTHS,
  contractTerms,
  defaultEndMonth,
  endAfterNoticeAt,
  endReadout,
} from './contract-terms';
export type { ContractTerms, EndReadout, PartnerAtEnd } from './contract-terms';
// The analysis part: sensitivity (tornado) and goal seek, as steppers.
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
