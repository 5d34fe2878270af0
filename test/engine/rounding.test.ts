import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocateBig,
  allocateFast,
  floorDivBig,
  mulDivHalfUp,
  roundDivBig,
} from '../../src/engine/rounding';

describe('rounding (spec section 2: half away from zero)', () => {
  it('rounds halves away from zero, on both sides of zero', () => {
    expect(roundDivBig(5n, 2n)).toBe(3n); // 2.5 → 3
    expect(roundDivBig(-5n, 2n)).toBe(-3n); // −2.5 → −3
    expect(roundDivBig(7n, 4n)).toBe(2n); // 1.75 → 2
    expect(roundDivBig(-7n, 4n)).toBe(-2n);
    expect(roundDivBig(5n, 4n)).toBe(1n); // 1.25 → 1
    expect(roundDivBig(-5n, 4n)).toBe(-1n);
    expect(roundDivBig(-1n, 3n)).toBe(0n); // −0.33 → 0, never −0 (bigint has none)
  });

  it('floors negative quotients toward minus infinity', () => {
    expect(floorDivBig(-7n, 2n)).toBe(-4n);
    expect(floorDivBig(-8n, 2n)).toBe(-4n);
    expect(floorDivBig(7n, 2n)).toBe(3n);
  });
});

describe('allocate(amount, wa, wb)', () => {
  it('gives partner a the rounding: 1 cent split 1:1 goes to a', () => {
    expect(allocateBig(1n, 1n, 1n)).toBe(1n);
    expect(allocateFast(1, 1, 1)).toBe(1);
  });

  it('rounds a’s exact share half away from zero: 10.00 split 1:2 gives a 3.33, 0.05 split 1:1 gives a 0.03', () => {
    expect(allocateFast(1000, 1, 2)).toBe(333);
    expect(allocateFast(5, 1, 1)).toBe(3);
    expect(allocateFast(1000, 2, 1)).toBe(667); // 666.67 → 667
    expect(allocateBig(1000n, 2n, 1n)).toBe(667n);
  });

  it('splits equally when both weights are zero', () => {
    expect(allocateFast(7, 0, 0)).toBe(4);
    expect(allocateBig(7n, 0n, 0n)).toBe(4n);
    expect(allocateFast(0, 0, 0)).toBe(0);
  });

  it('gives everything to the only partner with weight', () => {
    expect(allocateFast(12345, 9, 0)).toBe(12345);
    expect(allocateFast(12345, 0, 9)).toBe(0);
  });

  it('stays exact when amount × weight passes 2^53 (float division alone would misround here)', () => {
    // 9,999,999,999,999.99 × 5,000,000.01 / 10,000,000.01 has its cent decision deep in the digits.
    const [amount, wa, wb] = [999_999_999_999_999, 500_000_001, 500_000_000];
    expect(amount * wa > Number.MAX_SAFE_INTEGER).toBe(true);
    expect(BigInt(allocateFast(amount, wa, wb))).toBe(
      allocateBig(BigInt(amount), BigInt(wa), BigInt(wb)),
    );
  });

  it('agrees with exact BigInt arithmetic for every amount and weight below 2^48', () => {
    const limit = 2 ** 48 - 1;
    const value = fc.oneof(
      fc.integer({ min: 0, max: 1000 }),
      fc.integer({ min: 0, max: 2 ** 30 }),
      fc.double({ min: 0, max: limit, noNaN: true }).map(Math.floor),
      fc.constantFrom(0, 1, limit, 2 ** 26, 2 ** 26 - 1, 2 ** 47),
    );
    fc.assert(
      fc.property(value, value, value, (amount, wa, wb) => {
        fc.pre(wa + wb <= limit);
        const exact = allocateBig(BigInt(amount), BigInt(wa), BigInt(wb));
        expect(BigInt(allocateFast(amount, wa, wb))).toBe(exact);
      }),
      { numRuns: 3000 },
    );
  });

  it('rounds exact ties up in the wide path too: amount × (s/2) / s = amount / 2', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2 ** 40, max: 2 ** 47 }),
        fc.integer({ min: 2 ** 20, max: 2 ** 46 }),
        (amount, half) => {
          // amount · half passes 2^53 here, so mulDivHalfUp's limb arithmetic decides.
          expect(mulDivHalfUp(amount, half, 2 * half)).toBe(Math.ceil(amount / 2));
        },
      ),
      { numRuns: 500 },
    );
  });
});
