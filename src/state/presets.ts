import { defaultScenario } from '../engine';
import type { Scenario } from '../engine';

/**
 * Starting points for sales demos, one click each. Each is a complete, canonical scenario (the
 * tests check it with the engine's parser and that it shows the phases it promises), derived from
 * the default so that the difference is only what the explanation says.
 */
export type PresetId =
  | 'isv-invests-more'
  | 'msp-invests-more'
  | 'equal-investments'
  | 'slow-start'
  | 'fast-growth-market-cap';

/**
 * `title` and `explanation` are the English words (the command line and tests read them here);
 * the UI words each preset by its id, in the reader's language.
 */
export interface Preset {
  id: PresetId;
  title: string;
  /** One sentence: what is different and what it shows. */
  explanation: string;
  scenario: Scenario;
}

function derived(change: (s: Scenario) => void): Scenario {
  const scenario = structuredClone(defaultScenario) as Scenario;
  change(scenario);
  return scenario;
}

export const PRESETS: readonly Preset[] = [
  {
    id: 'isv-invests-more',
    title: 'ISV invests more',
    explanation:
      'The ISV’s set-up costs more than twice VSHN’s, so once the service is profitable the ISV catches up first (phase 3) before both share alike.',
    scenario: derived(() => {}),
  },
  {
    id: 'msp-invests-more',
    title: 'MSP invests more',
    explanation:
      'VSHN does most of the set-up work (1,500 hours against the ISV’s 100), so it is VSHN that catches up first once the service is profitable.',
    scenario: derived((s) => {
      s.msp.initHours = '1500';
      s.isv.initHours = '100';
    }),
  },
  {
    id: 'equal-investments',
    title: 'Equal investments',
    explanation:
      'Both partners invest and run the service at the same cost, so there is nothing to catch up: phase 3 is skipped and profits are split evenly.',
    scenario: derived((s) => {
      s.isv = { ...s.msp, label: s.isv.label };
    }),
  },
  {
    id: 'slow-start',
    title: 'Slow start',
    explanation:
      'A year of building, then one instance at go-live, one new instance a month and 2 % monthly growth: cash-flow negative for over a year, break-even only in year five.',
    scenario: derived((s) => {
      s.investmentMonths = 12;
      s.growth.startInstances = '1';
      s.growth.newPerMonth = '1';
      s.growth.growthPct = '2';
    }),
  },
  {
    id: 'fast-growth-market-cap',
    title: 'Fast growth into a market cap',
    explanation:
      'Five new instances a month and 12 % monthly growth fill a market of 150 instances within two years of go-live: early break-even, then revenue levels off at the cap.',
    scenario: derived((s) => {
      s.growth.startInstances = '5';
      s.growth.newPerMonth = '5';
      s.growth.growthPct = '12';
      s.growth.maxInstances = 150;
    }),
  },
];

/** Structural equality of two scenarios (canonical values compare as text). */
function sameScenario(a: Scenario, b: Scenario): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The preset the scenario is exactly, if any (to mark it as the active one). */
export function presetMatching(scenario: Scenario): Preset | null {
  return PRESETS.find((preset) => sameScenario(preset.scenario, scenario)) ?? null;
}
