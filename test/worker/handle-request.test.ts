import { describe, expect, it } from 'vitest';
import { ScenarioError, defaultScenario } from '../../src/engine';
import { handleRunRequest } from '../../src/worker/handle-request';
import { fakeSimulate } from './fake-engine';

const request = { type: 'run' as const, id: 7, scenario: defaultScenario };

describe('the worker request handler', () => {
  it('answers with the result of the run it was asked for', () => {
    const reply = handleRunRequest(request, fakeSimulate);
    expect(reply.id).toBe(7);
    expect(reply.ok && reply.result.horizonMonths).toBe(120);
  });

  it('returns an engine exception as an error value instead of throwing', () => {
    const reply = handleRunRequest(request, () => {
      throw new RangeError('month 3: invariant broken');
    });
    expect(reply).toEqual({
      type: 'result',
      id: 7,
      ok: false,
      error: { message: 'month 3: invariant broken' },
    });
  });

  it('keeps the per-field issues of a rejected scenario', () => {
    const issues = [{ path: 'msp.hourlyRate', message: 'Hourly labour cost must be 0 or more' }];
    const reply = handleRunRequest(request, () => {
      throw new ScenarioError(issues);
    });
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error.issues).toEqual(issues);
  });
});
