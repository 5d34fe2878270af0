import fc from 'fast-check';
import { UNCERTAIN_FIELDS, safeParseAnyScenario, upgradeScenario } from '../../../src/engine/index';
import type { ScenarioV2, UncertainRange } from '../../../src/engine/index';
import { toScaled } from '../../../src/engine/scaled';
import { ORDINARY, scaledText, scenarioArb } from '../scenario-arbitrary';
import type { Magnitudes } from '../scenario-arbitrary';

/**
 * Format-2 scenarios with uncertainty for the risk properties: the format-1 generator's scenarios
 * (upgraded), a few runs, any seed, and ranges on a random subset of table 10.1 in random order,
 * each around the scenario's own value and within the field's bounds. Every one is validated by
 * the real reader, so the properties only ever see valid input.
 */
type FieldSpec = (typeof UNCERTAIN_FIELDS)[number];

function modeText(s: ScenarioV2, spec: FieldSpec): string | null {
  if (spec.kind === 'effort') return '100';
  const value = spec.field
    .split('.')
    .reduce<unknown>((o, key) => (o as Record<string, unknown>)[key], s);
  return value === null ? null : String(value);
}

/** low = mode − a·(mode − min), high = mode + b·spread, in the field's own steps. */
function rangeFor(s: ScenarioV2, spec: FieldSpec, a: number, b: number): UncertainRange | null {
  const mode = modeText(s, spec);
  if (mode === null) return null;
  const d = spec.decimals;
  const m = toScaled(mode, d);
  const min = toScaled(spec.min, d);
  let max = toScaled(spec.max, d);
  if (spec.field === 'investmentMonths') max = BigInt(Math.min(600, s.horizonMonths - 1));
  // Spreads like a person's: about the value's own size, at least a few units.
  const spread = (m < 0n ? -m : m) + 10n ** BigInt(d) * 5n;
  const down = BigInt(Math.floor(a * Number(m - min < spread ? m - min : spread)));
  const up = BigInt(Math.floor(b * Number(max - m < spread ? max - m : spread)));
  if (down + up === 0n) return null;
  return { field: spec.field, low: scaledText(m - down, d), high: scaledText(m + up, d) };
}

// Fractions of the room below and above the mode; 0 (a one-sided range) now and then.
const fraction = fc.oneof(
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 1000 }).map((n) => n / 1000) },
);
const rangeChoice = fc.record({
  index: fc.nat(UNCERTAIN_FIELDS.length - 1),
  a: fraction,
  b: fraction,
});

export function riskScenarioArb(
  maxRuns = 24,
  mag: Magnitudes = { ...ORDINARY, maxHorizon: 240 },
): fc.Arbitrary<ScenarioV2> {
  return fc
    .record({
      base: scenarioArb(mag),
      runs: fc.integer({ min: 1, max: maxRuns }),
      seed: fc.oneof(fc.nat(100), fc.integer({ min: 0, max: 4294967295 })),
      choices: fc.uniqueArray(rangeChoice, {
        minLength: 1,
        maxLength: UNCERTAIN_FIELDS.length,
        selector: (c) => c.index,
      }),
    })
    .map(({ base, runs, seed, choices }) => {
      const s = upgradeScenario(base);
      const ranges = choices
        .map((c) => rangeFor(s, UNCERTAIN_FIELDS[c.index] as FieldSpec, c.a, c.b))
        .filter((r): r is UncertainRange => r !== null);
      return { ...s, uncertainty: { runs, seed, ranges } };
    })
    .map((s) => {
      const parsed = safeParseAnyScenario(s);
      if (!parsed.ok)
        throw new Error(`generated an invalid scenario: ${JSON.stringify(parsed.issues)}`);
      return parsed.scenario;
    });
}
