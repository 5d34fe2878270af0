import { describe, expect, it } from 'vitest';
import {
  defaultSplitPct,
  parseScenario,
  simulate,
  fixedSplit,
  fixedSplitInputOf,
} from '../../src/engine/index';
import {
  createSplitClient,
  inProcessSplitTransport,
  type SplitOutcome,
} from '../../src/worker/fixed-split-client';
import { goldenVectors } from '../golden';
import { big } from '../engine/result-view';

function flush(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

describe('the fixed split through the worker protocol', () => {
  it('comes back exactly as the engine computes it, for every golden vector (serialized both ways)', async () => {
    for (const v of goldenVectors()) {
      const result = simulate(parseScenario(v.scenario));
      const input = fixedSplitInputOf(result);
      const outcomes: SplitOutcome[] = [];
      const client = createSplitClient(inProcessSplitTransport(), (o) => outcomes.push(o));
      client.submit(input, null);
      await flush();
      const outcome = outcomes[0];
      if (!outcome?.ok) throw new Error(`${v.file}: no split`);
      const want = fixedSplit(input, defaultSplitPct(input));
      const got = outcome.output.split;
      expect(outcome.output.defaultIsvPct, v.file).toBe(defaultSplitPct(input));
      expect(got.isvPct, v.file).toBe(want.isvPct);
      for (const key of ['msp', 'isv'] as const) {
        expect(big(got[key].position), v.file).toEqual(big(want[key].position));
        expect(big(got[key].share), v.file).toEqual(big(want[key].share));
        expect(got[key].finalPosition, v.file).toBe(want[key].finalPosition);
        expect(got[key].breakEvenMonth, v.file).toBe(want[key].breakEvenMonth);
        expect(outcome.output.positionSeries[key].length, v.file).toBe(result.horizonMonths);
      }
    }
  });

  it('returns a bad percentage as an error value, not a throw', async () => {
    const result = simulate(parseScenario(goldenVectors()[0]?.scenario));
    const outcomes: SplitOutcome[] = [];
    const client = createSplitClient(inProcessSplitTransport(), (o) => outcomes.push(o));
    client.submit(fixedSplitInputOf(result), '101');
    await flush();
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]?.ok).toBe(false);
  });

  it('lets the newest percentage win: asks made while one is computing collapse into the last', async () => {
    const result = simulate(parseScenario(goldenVectors()[0]?.scenario));
    const input = fixedSplitInputOf(result);
    const delivered: { pct: string; latest: boolean }[] = [];
    const client = createSplitClient(inProcessSplitTransport(), (o, latest) => {
      if (o.ok) delivered.push({ pct: o.output.split.isvPct, latest });
    });
    for (const pct of ['10', '20', '30', '40']) client.submit(input, pct);
    await flush();
    await flush();
    // The first was already on its way; 20 and 30 were replaced by 40 before they were sent.
    expect(delivered).toEqual([
      { pct: '10.0', latest: false },
      { pct: '40.0', latest: true },
    ]);
  });
});
