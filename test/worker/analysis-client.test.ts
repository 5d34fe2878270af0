import { describe, expect, it } from 'vitest';
import { defaultScenario, parseScenario, sensitivity } from '../../src/engine';
import { createAnalysisClient, inProcessPort } from '../../src/worker/analysis-client';
import type {
  AnalysisClient,
  AnalysisEvent,
  AnalysisPortFactory,
} from '../../src/worker/analysis-client';
import type { AnalysisChannel, AnalysisRequest } from '../../src/worker/analysis-protocol';

const base = parseScenario(defaultScenario);
const job = { kind: 'sensitivity' as const, scenario: base, pct: '20' };

/** A channel that records its events; `ended(runId)` waits for the run's last event. */
function watch(client: AnalysisClient, channel: AnalysisChannel) {
  const events: AnalysisEvent[] = [];
  const jobs = client.open(channel, (e) => events.push(e));
  const ended = async (runId: number): Promise<AnalysisEvent> => {
    for (;;) {
      const last = events.find((e) => e.runId === runId && e.kind !== 'progress');
      if (last) return last;
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  };
  return { events, jobs, ended };
}

describe('analysis client', () => {
  it('delivers the result of a job through a serializing in-process worker', async () => {
    // Progress after every slice, so a fast machine reports it too (the app paces it).
    const client = createAnalysisClient(
      inProcessPort(undefined, { sliceMs: 0, progressEveryMs: 0 }),
    );
    const { jobs, ended, events } = watch(client, 'sensitivity');
    const outcome = await ended(jobs.submit(job));
    expect(outcome).toMatchObject({
      kind: 'output',
      latest: true,
      output: { kind: 'sensitivity', result: sensitivity(base) },
    });
    expect(events.filter((e) => e.kind === 'progress').length).toBeGreaterThan(0);
    client.dispose();
  });

  it('stops the earlier job of a channel when a new one starts: only the newest answers', async () => {
    const sent: AnalysisRequest[] = [];
    const recording: AnalysisPortFactory = (onReply, onCrash) => {
      const port = inProcessPort()(onReply, onCrash);
      return { post: (r) => (sent.push(r), port.post(r)), terminate: port.terminate };
    };
    const client = createAnalysisClient(recording);
    const { jobs, ended, events } = watch(client, 'sensitivity');
    const first = jobs.submit(job);
    const second = jobs.submit({ ...job, pct: '10' });
    const outcome = await ended(second);
    expect(outcome.kind).toBe('output');
    if (outcome.kind === 'output' && outcome.output.kind === 'sensitivity') {
      expect(outcome.output.result.pct).toBe('10');
    }
    expect(events.filter((e) => e.runId === first)).toEqual([]);
    expect(sent.map((r) => r.type)).toEqual(['start', 'cancel', 'start']);
    client.dispose();
  });

  it('cancels a channel on request, at once, and tells the worker', async () => {
    const sent: AnalysisRequest[] = [];
    const recording: AnalysisPortFactory = (onReply, onCrash) => {
      const port = inProcessPort()(onReply, onCrash);
      return { post: (r) => (sent.push(r), port.post(r)), terminate: port.terminate };
    };
    const client = createAnalysisClient(recording);
    const { jobs, events } = watch(client, 'goal-seek');
    const id = jobs.submit({
      kind: 'goal-seek',
      scenario: { ...base, horizonMonths: 6000 },
      request: { field: 'growth.newPerMonth', targetMonth: 6000 },
    });
    jobs.cancel();
    expect(events).toEqual([{ kind: 'cancelled', runId: id, input: expect.anything() }]);
    expect(sent.map((r) => r.type)).toEqual(['start', 'cancel']);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events).toHaveLength(1);
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
    const { jobs, ended } = watch(client, 'sensitivity');
    expect(await ended(jobs.submit(job))).toMatchObject({
      kind: 'failed',
      error: { message: 'The analysis worker stopped: boom' },
    });
    expect((await ended(jobs.submit(job))).kind).toBe('output');
    expect(connections).toBe(2);
    client.dispose();
  });

  it('keeps channels of one client apart: a job on one never cancels another', async () => {
    const client = createAnalysisClient(inProcessPort());
    const a = watch(client, 'sensitivity');
    const b = watch(client, 'compare');
    const first = a.jobs.submit(job);
    const second = b.jobs.submit({ kind: 'compare', scenarios: [base] });
    expect((await a.ended(first)).kind).toBe('output');
    expect((await b.ended(second)).kind).toBe('output');
    client.dispose();
  });
});
