import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/engine';
import type { Scenario } from '../../src/engine';
import { createEngineRunner, type RunUpdate } from '../../src/worker/engine-runner';
import { fakeSimulate, withPrice } from './fake-engine';
import { createEngineHost } from '../../src/worker/engine-host';
import { engineTransport, inProcessConnect } from '../../src/worker/transports';
import { manualTransport, settle } from './manual-transport';

const base: Scenario = defaultScenario;

function setup() {
  const manual = manualTransport(fakeSimulate);
  const updates: RunUpdate[] = [];
  const runner = createEngineRunner(manual.transport, (u) => updates.push(u));
  return { ...manual, updates, runner };
}

const priceOf = (u: RunUpdate) => u.input.price.perInstance;
const latestOf = (u: RunUpdate) => u.kind === 'output' && u.latest;

describe('the engine runner (newest input wins)', () => {
  it('sends a scenario at once when nothing is running', () => {
    const { runner, sent } = setup();
    const id = runner.submit(base);
    expect(sent).toEqual([id]);
  });

  it('keeps only the newest scenario waiting while a run is in flight: superseded runs never queue up', async () => {
    const { runner, sent, answerNext, updates } = setup();
    const first = runner.submit(withPrice(base, '100'));
    runner.submit(withPrice(base, '200'));
    runner.submit(withPrice(base, '300'));
    const newest = runner.submit(withPrice(base, '400'));
    expect(sent).toEqual([first]);

    await answerNext();
    expect(sent).toEqual([first, newest]);
    await answerNext();
    expect(sent).toEqual([first, newest]);
    expect(updates.map(priceOf)).toEqual(['100', '400']);
  });

  it('delivers a superseded run as not latest, and the newest as latest', async () => {
    const { runner, answerNext, updates } = setup();
    runner.submit(withPrice(base, '100'));
    runner.submit(withPrice(base, '200'));
    await answerNext();
    expect(updates.map((u) => [priceOf(u), latestOf(u)])).toEqual([['100', false]]);
    await answerNext();
    expect(updates.map((u) => [priceOf(u), latestOf(u)])).toEqual([
      ['100', false],
      ['200', true],
    ]);
  });

  it('drops the failure of a superseded run: it says nothing about the current input', async () => {
    const { runner, answerNext, updates } = setup();
    runner.submit(withPrice(base, '100'));
    runner.submit(withPrice(base, '200'));
    await answerNext((request) => ({
      type: 'result',
      id: request.id,
      ok: false,
      error: { message: 'boom' },
    }));
    expect(updates).toHaveLength(0);
    await answerNext();
    expect(updates.map(priceOf)).toEqual(['200']);
  });

  it('turns a transport that throws into a failure value', async () => {
    const updates: RunUpdate[] = [];
    const failing = engineTransport(() => ({
      post: () => {
        throw new Error('worker gone');
      },
      terminate: () => {},
    }));
    const runner = createEngineRunner(failing, (u) => updates.push(u));
    runner.submit(base);
    await new Promise((r) => setTimeout(r, 0));
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ kind: 'failed', error: { message: 'worker gone' } });
  });

  it('fails the run in flight when the worker crashes, and starts a fresh worker for the next', async () => {
    const updates: RunUpdate[] = [];
    let connections = 0;
    const crashing = engineTransport((onReply, onCrash) => {
      connections++;
      if (connections === 1) {
        return {
          post: () => setTimeout(() => onCrash('The worker stopped: boom'), 0),
          terminate: () => {},
        };
      }
      return inProcessConnect(createEngineHost(fakeSimulate), true)(onReply, onCrash);
    });
    const runner = createEngineRunner(crashing, (u) => updates.push(u));
    runner.submit(base);
    await settle();
    expect(updates[0]).toMatchObject({
      kind: 'failed',
      error: { message: 'The worker stopped: boom' },
    });
    runner.submit(withPrice(base, '200'));
    await settle();
    expect(updates[1]).toMatchObject({ kind: 'output', latest: true });
    expect(connections).toBe(2);
  });

  it('ignores replies after it was disposed', async () => {
    const { runner, answerNext, updates } = setup();
    runner.submit(base);
    runner.dispose();
    await answerNext();
    expect(updates).toHaveLength(0);
  });
});
