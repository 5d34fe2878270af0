import { describe, expect, it } from 'vitest';
import { defaultScenario, parseScenario, sensitivity } from '../../src/engine';
import { createAnalysisClient, inProcessPort } from '../../src/worker/analysis-client';
import type { AnalysisPortFactory } from '../../src/worker/analysis-client';
import type { AnalysisRequest } from '../../src/worker/analysis-protocol';

const base = parseScenario(defaultScenario);
const job = { kind: 'sensitivity' as const, scenario: base, pct: '20' };

describe('analysis client', () => {
  it('delivers the result of a job through a serializing in-process worker', async () => {
    const client = createAnalysisClient(inProcessPort());
    const progress: number[] = [];
    const outcome = await client.start('sensitivity', job, (p) => progress.push(p.done)).result;
    expect(outcome).toMatchObject({
      status: 'done',
      output: { kind: 'sensitivity', result: sensitivity(base) },
    });
    client.dispose();
  });

  it('cancels the earlier job of a channel when a new one starts, at once', async () => {
    const client = createAnalysisClient(inProcessPort());
    const first = client.start('sensitivity', job);
    const second = client.start('sensitivity', { ...job, pct: '10' });
    expect(await first.result).toEqual({ status: 'cancelled' });
    const outcome = await second.result;
    expect(outcome.status).toBe('done');
    if (outcome.status === 'done' && outcome.output.kind === 'sensitivity') {
      expect(outcome.output.result.pct).toBe('10');
    }
    client.dispose();
  });

  it('cancels a channel on request and tells the worker', async () => {
    const sent: AnalysisRequest[] = [];
    const recording: AnalysisPortFactory = (onReply, onCrash) => {
      const port = inProcessPort()(onReply, onCrash);
      return { post: (r) => (sent.push(r), port.post(r)), terminate: port.terminate };
    };
    const client = createAnalysisClient(recording);
    const handle = client.start('goal-seek', {
      kind: 'goal-seek',
      scenario: { ...base, horizonMonths: 6000 },
      request: { field: 'growth.newPerMonth', targetMonth: 6000 },
    });
    client.cancel('goal-seek');
    expect(await handle.result).toEqual({ status: 'cancelled' });
    expect(sent.map((r) => r.type)).toEqual(['start', 'cancel']);
    client.dispose();
  });

  it('fails open jobs when the worker crashes and starts a fresh worker for the next job', async () => {
    let connections = 0;
    const crashing: AnalysisPortFactory = (onReply, onCrash) => {
      connections++;
      if (connections === 1) {
        return {
          post: () => setTimeout(() => onCrash('The analysis worker stopped: boom'), 0),
          terminate: () => {},
        };
      }
      return inProcessPort()(onReply, onCrash);
    };
    const client = createAnalysisClient(crashing);
    expect(await client.start('sensitivity', job).result).toEqual({
      status: 'failed',
      error: { message: 'The analysis worker stopped: boom' },
    });
    expect((await client.start('sensitivity', job).result).status).toBe('done');
    expect(connections).toBe(2);
    client.dispose();
  });
});
