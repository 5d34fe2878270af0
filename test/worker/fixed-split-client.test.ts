import { describe, expect, it } from 'vitest';
import {
  defaultSplitPct,
  parseScenario,
  simulate,
  fixedSplit,
  fixedSplitInputOf,
} from '../../src/engine/index';
import type { SimulationResult } from '../../src/engine/index';
import { createEngineHost } from '../../src/worker/engine-host';
import { createEngineRunner, type RunUpdate } from '../../src/worker/engine-runner';
import { createFixedSplitChannel, type FixedSplitEvent } from '../../src/worker/fixed-split-client';
import type { WorkerRequest } from '../../src/worker/protocol';
import {
  engineTransport,
  inProcessConnect,
  serializingTransport,
  type EngineTransport,
} from '../../src/worker/transports';
import { goldenVectors } from '../golden';
import { big } from '../engine/result-view';

function flush(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function splitsOf(transport: EngineTransport) {
  const events: FixedSplitEvent[] = [];
  const channel = createFixedSplitChannel(transport, (e) => events.push(e));
  return { events, channel };
}

/** A serializing engine transport that records what reaches the worker; `restart` drops what it holds. */
function recordingTransport() {
  const sent: WorkerRequest[] = [];
  let answer = createEngineHost(simulate);
  const transport = engineTransport((onReply, onCrash) => {
    const port = inProcessConnect((r) => answer(r), true)(onReply, onCrash);
    return { post: (r) => (sent.push(r), port.post(r)), terminate: port.terminate };
  });
  return { transport, sent, restart: () => (answer = createEngineHost(simulate)) };
}

async function simulated(transport: EngineTransport, scenario: unknown): Promise<SimulationResult> {
  const updates: RunUpdate[] = [];
  createEngineRunner(transport, (u) => updates.push(u)).submit(parseScenario(scenario));
  await flush();
  const update = updates[0];
  if (update?.kind !== 'output') throw new Error('no result');
  return update.output.result;
}

describe('the fixed split through the worker protocol', () => {
  it('comes back exactly as the engine computes it, for every golden vector (serialized both ways)', async () => {
    for (const v of goldenVectors()) {
      const result = simulate(parseScenario(v.scenario));
      const input = fixedSplitInputOf(result);
      const { events, channel } = splitsOf(serializingTransport(simulate));
      channel.submit({ result, isvPct: null });
      await flush();
      const outcome = events[0];
      if (outcome?.kind !== 'output') throw new Error(`${v.file}: no split`);
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
    const { events, channel } = splitsOf(serializingTransport(simulate));
    channel.submit({ result, isvPct: '101' });
    await flush();
    expect(events).toHaveLength(1);
    expect(events[0]?.kind).toBe('failed');
  });

  it('lets the newest percentage win: asks made while one is computing collapse into the last', async () => {
    const result = simulate(parseScenario(goldenVectors()[0]?.scenario));
    const delivered: { pct: string; latest: boolean }[] = [];
    const channel = createFixedSplitChannel(serializingTransport(simulate), (e) => {
      if (e.kind === 'output') delivered.push({ pct: e.output.split.isvPct, latest: e.latest });
    });
    for (const pct of ['10', '20', '30', '40']) channel.submit({ result, isvPct: pct });
    await flush();
    await flush();
    // The first was already on its way; 20 and 30 were replaced by 40 before they were sent.
    expect(delivered).toEqual([
      { pct: '10.0', latest: false },
      { pct: '40.0', latest: true },
    ]);
  });

  it('asks the engine worker for the split of a result it holds by run id: no columns travel', async () => {
    const { transport, sent } = recordingTransport();
    const result = await simulated(transport, goldenVectors()[0]?.scenario);
    const { events, channel } = splitsOf(transport);
    channel.submit({ result, isvPct: '75' });
    await flush();
    expect(sent.map((r) => r.type === 'fixed-split' && 'runId' in r.source)).toEqual([false, true]);
    const outcome = events[0];
    if (outcome?.kind !== 'output') throw new Error('no split');
    const want = fixedSplit(fixedSplitInputOf(result), '75');
    expect(big(outcome.output.split.isv.position)).toEqual(big(want.isv.position));
  });

  it('sends the columns once a restarted worker no longer holds the run', async () => {
    const { transport, sent, restart } = recordingTransport();
    const result = await simulated(transport, goldenVectors()[0]?.scenario);
    restart();
    const { events, channel } = splitsOf(transport);
    channel.submit({ result, isvPct: '75' });
    await flush();
    await flush();
    const sources = sent
      .slice(1)
      .map((r) => (r.type === 'fixed-split' ? Object.keys(r.source) : []));
    expect(sources).toEqual([['runId'], ['columns']]);
    expect(events.map((e) => e.kind)).toEqual(['output']);
  });
});
