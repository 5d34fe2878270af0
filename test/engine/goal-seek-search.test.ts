import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bisectSmallest, scanGrid, scanSmallest } from '../../src/engine/goal-seek-search';

function run<R>(g: Generator<void, R, void>): R {
  for (;;) {
    const next = g.next();
    if (next.done) return next.value;
  }
}

describe('bisectSmallest', () => {
  it('finds the threshold of any monotone predicate from any start', () => {
    fc.assert(
      fc.property(
        fc.bigInt(0n, 10n ** 13n),
        fc.bigInt(0n, 10n ** 13n),
        fc.bigInt(0n, 10n ** 13n + 5n),
        (max, start, threshold) => {
          const evaluated: bigint[] = [];
          const reaches = (v: bigint) => {
            evaluated.push(v);
            return v >= threshold;
          };
          const answer = run(bisectSmallest(reaches, 0n, max, start));
          expect(answer).toBe(threshold <= max ? threshold : null);
          // Bisection over 10^13 values with a gallop: about 2·log2 evaluations at most.
          expect(evaluated.length).toBeLessThanOrEqual(2 * 44 + 3);
        },
      ),
    );
  });

  it('returns a value that reaches with one less not reaching, even when the predicate is not monotone', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 2, maxLength: 300 }), fc.nat(), (bits, s) => {
        const max = BigInt(bits.length - 1);
        const reaches = (v: bigint) => bits[Number(v)] === true;
        const answer = run(bisectSmallest(reaches, 0n, max, BigInt(s % bits.length)));
        if (answer === null) {
          expect(bits[bits.length - 1]).toBe(false);
          return;
        }
        expect(bits[Number(answer)]).toBe(true);
        if (answer > 0n) expect(bits[Number(answer) - 1]).toBe(false);
      }),
    );
  });
});

describe('scanSmallest', () => {
  it('finds the first reaching value of a monotone predicate', () => {
    fc.assert(
      fc.property(fc.bigInt(1n, 10n ** 13n), fc.bigInt(0n, 10n ** 13n + 1n), (max, threshold) => {
        const answer = run(scanSmallest((v) => v >= threshold, scanGrid(0n, max)));
        expect(answer).toBe(threshold <= max ? threshold : null);
      }),
    );
  });

  it('on any predicate: the answer reaches, one less does not, and nothing evaluated below it reached', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 2, maxLength: 2000 }), (bits) => {
        const evaluated: bigint[] = [];
        const reaches = (v: bigint) => {
          evaluated.push(v);
          return bits[Number(v)] === true;
        };
        const grid = scanGrid(0n, BigInt(bits.length - 1));
        const answer = run(scanSmallest(reaches, grid));
        if (answer === null) {
          expect(grid.every((g) => bits[Number(g)] === false)).toBe(true);
          return;
        }
        expect(bits[Number(answer)]).toBe(true);
        if (answer > 0n) {
          expect(evaluated).toContain(answer - 1n);
          expect(bits[Number(answer) - 1]).toBe(false);
        }
        expect(evaluated.filter((v) => v < answer).every((v) => bits[Number(v)] === false)).toBe(
          true,
        );
      }),
    );
  });

  it('covers a range of 10^13 steps with about 140 grid points, ascending, ending at the bounds', () => {
    const grid = scanGrid(0n, 10n ** 13n);
    expect(grid[0]).toBe(0n);
    expect(grid[grid.length - 1]).toBe(10n ** 13n);
    expect(grid.length).toBeLessThan(150);
    expect(grid.every((g, i) => i === 0 || g > grid[i - 1]!)).toBe(true);
  });
});
