import { describe, expect, it } from 'vitest';
import {
  formatMonth,
  goLiveConvention,
  operationMonth,
  relativeToGoLive,
} from '../../../src/ui/format/month';

describe('months as people say them (go-live month = month 1 of operation)', () => {
  it('numbers the months of operation from the go-live month', () => {
    expect(operationMonth(7, 7)).toBe(1);
    expect(operationMonth(26, 7)).toBe(20);
    expect(operationMonth(27, 7)).toBe(21);
    expect(operationMonth(6, 7)).toBeNull();
  });

  it('says the same of a break-even month and of a phase starting in it', () => {
    expect(formatMonth(26, 7)).toBe('Month 26 · month 20 of operation');
    expect(formatMonth(27, 7)).toBe('Month 27 · month 21 of operation');
    expect(relativeToGoLive(7, 7)).toBe('the go-live month');
    expect(relativeToGoLive(3, 7)).toBe('4 months before go-live');
    expect(relativeToGoLive(6, 7)).toBe('1 month before go-live');
    expect(formatMonth(12)).toBe('Month 12');
  });

  it('states the convention with the scenario’s own go-live month', () => {
    expect(goLiveConvention(7)).toContain('goes live in month 7, which is month 1 of operation');
    expect(goLiveConvention(1)).toContain('live from month 1');
  });
});
