import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultScenario, intAt } from '../../src/engine';
import type { IntColumn } from '../../src/engine';
import { createEngineHost } from '../../src/worker/engine-host';
import type { WorkerReply } from '../../src/worker/protocol';
import { inProcessConnect } from '../../src/worker/transports';
import { columnFromWire, columnToWire, resultFromWire } from '../../src/worker/wire';
import { fakeSimulate } from './fake-engine';

const values = (col: IntColumn) => Array.from({ length: col.length }, (_, i) => intAt(col, i));

describe('the wire format', () => {
  it('sends safe-integer columns as exact int64', () => {
    const edge = [0, -1, 1, -4120009, 2 ** 32 - 1, 2 ** 32, -(2 ** 32), -(2 ** 32) - 1];
    const safe = [...edge, 2 ** 53 - 1, -(2 ** 53) + 1, 2 ** 53, -(2 ** 53)];
    const wire = columnToWire(Float64Array.from(safe));
    expect(wire).toBeInstanceOf(BigInt64Array);
    expect([...(wire as BigInt64Array)]).toEqual(safe.map((v) => BigInt(v)));
    expect(values(columnFromWire(wire))).toEqual(safe.map((v) => BigInt(v)));
  });

  it('round-trips every whole number within ±2^53 exactly (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: -(2n ** 53n), max: 2n ** 53n })), (ints) => {
        const wire = columnToWire(Float64Array.from(ints, (v) => Number(v)));
        expect([...(wire as BigInt64Array)]).toEqual(ints);
        expect(values(columnFromWire(wire))).toEqual(ints);
      }),
    );
  });

  it('reads safe int64 columns back as plain whole numbers, exactly, signs included', () => {
    const edge = [0n, -1n, 1n, 2n ** 32n - 1n, -(2n ** 32n), 2n ** 53n - 1n, -(2n ** 53n) + 1n];
    const back = columnFromWire(BigInt64Array.from(edge));
    expect(back).toBeInstanceOf(Float64Array);
    expect(values(back)).toEqual(edge);
  });

  it('keeps int64 columns past 2^53 as int64, exactly', () => {
    const edge = [2n ** 53n, -(2n ** 62n), 2n ** 63n - 1n];
    const back = columnFromWire(BigInt64Array.from(edge));
    expect(back).toBeInstanceOf(BigInt64Array);
    expect(values(back)).toEqual(edge);
  });

  it('sends big-integer columns that fit in int64 as int64', () => {
    const col = [2n ** 62n, -(2n ** 63n)];
    const wire = columnToWire(col);
    expect(wire).toBeInstanceOf(BigInt64Array);
    expect(values(columnFromWire(wire))).toEqual(col);
  });

  it('sends amounts past int64 as exact decimal strings', () => {
    const huge = 10n ** 30n + 7n;
    const wire = columnToWire([1n, -huge]);
    expect(wire).toEqual(['1', '-1000000000000000000000000000007']);
    expect(values(columnFromWire(wire))).toEqual([1n, -huge]);
  });

  it('crosses structuredClone with typed arrays and strings only, never class instances', async () => {
    const replies: WorkerReply[] = [];
    const port = inProcessConnect(createEngineHost(fakeSimulate), true)(
      (r) => replies.push(r),
      () => {},
    );
    port.post({ type: 'run', id: 1, scenario: defaultScenario });
    await new Promise((resolve) => setTimeout(resolve, 0));
    const reply = replies[0];
    if (reply?.type !== 'result' || !reply.ok) throw new Error('no result');
    const leaves: unknown[] = [];
    const walk = (v: unknown) => {
      if (ArrayBuffer.isView(v) || typeof v !== 'object' || v === null) leaves.push(v);
      else Object.values(v).forEach(walk);
    };
    walk(reply.result);
    for (const leaf of leaves) {
      const ok =
        leaf === null ||
        ['string', 'number'].includes(typeof leaf) ||
        leaf instanceof BigInt64Array ||
        leaf instanceof Float64Array ||
        leaf instanceof Uint8Array;
      expect(ok, `unexpected ${Object.prototype.toString.call(leaf)}`).toBe(true);
    }
    const result = resultFromWire(reply.result);
    expect(intAt(result.revenue, 0)).toBe(39000n);
    expect(result.msp.position).toBeInstanceOf(Float64Array);
  });
});
