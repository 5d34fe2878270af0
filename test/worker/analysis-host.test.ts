import { describe, expect, it } from 'vitest';
import { defaultScenario, goalSeek, parseScenario, sensitivity, simulate } from '../../src/engine';
import type { Scenario } from '../../src/engine';
import { createAnalysisHost } from '../../src/worker/analysis-host';
import type { AnalysisReply } from '../../src/worker/analysis-protocol';

const base = parseScenario(defaultScenario);

/** A host whose slices run only when the test says so, with a clock the test moves. */
function manualHost(sliceMs = 0) {
  const replies: AnalysisReply[] = [];
  const queue: (() => void)[] = [];
  let clock = 0;
  const host = createAnalysisHost({
    post: (reply) => replies.push(structuredClone(reply)),
    schedule: (slice) => queue.push(slice),
    now: () => (clock += 1),
    sliceMs,
    progressEveryMs: 0,
  });
  const step = (): boolean => {
    const slice = queue.shift();
    slice?.();
    return slice !== undefined;
  };
  const drain = () => {
    while (step());
  };
  return { host, replies, step, drain, pending: () => queue.length };
}

describe('analysis host', () => {
  it('runs a sensitivity job to the same result as the engine, with progress on the way', () => {
    const { host, replies, drain } = manualHost();
    host.receive({
      type: 'start',
      id: 1,
      channel: 'sensitivity',
      job: { kind: 'sensitivity', scenario: base, pct: '20' },
    });
    drain();
    const progress = replies.filter((r) => r.type === 'progress');
    expect(progress.length).toBeGreaterThan(5);
    const done = replies.at(-1);
    expect(done).toMatchObject({ type: 'done', id: 1 });
    if (done?.type === 'done')
      expect(done.output).toEqual({ kind: 'sensitivity', result: sensitivity(base, '20') });
  });

  it('answers a goal seek like the engine does', () => {
    const { host, replies, drain } = manualHost(50);
    const request = { field: 'price.perInstance' as const, targetMonth: 30 };
    host.receive({
      type: 'start',
      id: 7,
      channel: 'goal-seek',
      job: { kind: 'goal-seek', scenario: base, request },
    });
    drain();
    expect(replies.at(-1)).toMatchObject({
      type: 'done',
      id: 7,
      output: { kind: 'goal-seek', result: goalSeek(base, request) },
    });
  });

  it('stops a cancelled job between engine runs and never answers it', () => {
    const { host, replies, step, drain } = manualHost();
    // Nothing reaches at a price below the unit costs: the scan runs its whole grid (~250 runs).
    const scenario: Scenario = {
      ...base,
      horizonMonths: 6000,
      price: { ...base.price, perInstance: '50' },
    };
    host.receive({
      type: 'start',
      id: 3,
      channel: 'goal-seek',
      job: {
        kind: 'goal-seek',
        scenario,
        request: { field: 'growth.newPerMonth', targetMonth: 2999 },
      },
    });
    step();
    step();
    host.receive({ type: 'cancel', id: 3 });
    expect(replies.at(-1)).toEqual({ type: 'cancelled', id: 3 });
    expect(host.activeCount()).toBe(0);
    drain();
    expect(replies.some((r) => r.type === 'done')).toBe(false);
  });

  it('lets a new job on a channel replace the running one', () => {
    const { host, replies, step, drain } = manualHost();
    const job = { kind: 'sensitivity' as const, scenario: base, pct: '20' };
    host.receive({ type: 'start', id: 1, channel: 'sensitivity', job });
    step();
    host.receive({ type: 'start', id: 2, channel: 'sensitivity', job: { ...job, pct: '10' } });
    drain();
    expect(replies.filter((r) => r.type !== 'progress').map((r) => [r.type, r.id])).toEqual([
      ['cancelled', 1],
      ['done', 2],
    ]);
  });

  it('runs jobs of different channels side by side', () => {
    const { host, replies, drain } = manualHost();
    host.receive({
      type: 'start',
      id: 1,
      channel: 'sensitivity',
      job: { kind: 'sensitivity', scenario: base, pct: '20' },
    });
    host.receive({
      type: 'start',
      id: 2,
      channel: 'compare',
      job: { kind: 'compare', scenarios: [base, { ...base, horizonMonths: 60 }] },
    });
    drain();
    const done = replies.filter((r) => r.type === 'done');
    expect(done.map((r) => r.id).sort()).toEqual([1, 2]);
    const compare = done.find((r) => r.id === 2);
    if (compare?.type !== 'done' || compare.output.kind !== 'compare')
      throw new Error('no comparison');
    expect(compare.output.runs.map((r) => r.horizonMonths)).toEqual([120, 60]);
    expect(compare.output.runs[0]!.summary).toEqual(simulate(base).summary);
    expect(compare.output.runs[1]!.series.position.msp).toHaveLength(60);
  });

  it('reports an engine error as a failed job, not a crash', () => {
    const { host, replies, drain } = manualHost();
    const broken = { ...base, price: { ...base.price, perInstance: 'not a number' } } as Scenario;
    host.receive({
      type: 'start',
      id: 9,
      channel: 'sensitivity',
      job: { kind: 'sensitivity', scenario: broken, pct: '20' },
    });
    drain();
    expect(replies.at(-1)).toMatchObject({ type: 'failed', id: 9 });
    expect(host.activeCount()).toBe(0);
  });
});
