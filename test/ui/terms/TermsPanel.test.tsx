// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { contractTerms } from '../../../src/engine/index';
import { formatMoney } from '../../../src/ui/format/money';
import { TermsPanel } from '../../../src/ui/terms/TermsPanel';
import { termMarkers } from '../../../src/ui/terms/term-markers';
import { goldenCase } from '../charts/golden-result';

const labels = { msp: 'VSHN', isv: 'ISV' };

afterEach(cleanup);

describe('TermsPanel', () => {
  it('pre-selects the earliest ordinary end (go-live + 14) and reads out both canonical positions', () => {
    const { result, canonical } = goldenCase('01');
    render(<TermsPanel result={result} labels={labels} currency="CHF" />);
    const g = canonical.summary.goLiveMonth;
    expect((screen.getByTestId('terms-month') as HTMLInputElement).value).toBe(String(g + 14));
    const month = canonical.months[g + 14 - 1];
    if (!month) throw new Error('golden 01 is long enough');
    expect(screen.getByTestId('terms-position-msp').textContent).toBe(
      formatMoney(month.msp.position, 'CHF'),
    );
    expect(screen.getByTestId('terms-position-isv').textContent).toBe(
      formatMoney(month.isv.position, 'CHF'),
    );
    expect(screen.getByTestId('terms-text').textContent).toContain(`months ${g} to ${g + 11}`);
    expect(screen.getByText(/The earliest ordinary end/)).toBeTruthy();
  });

  it('reads out another month and says when only an extraordinary termination could end it', () => {
    const { result, canonical } = goldenCase('01');
    render(<TermsPanel result={result} labels={labels} currency="CHF" />);
    fireEvent.change(screen.getByTestId('terms-month'), { target: { value: '12' } });
    const month = canonical.months[11];
    expect(screen.getByTestId('terms-position-isv').textContent).toBe(
      formatMoney(month?.isv.position ?? '', 'CHF'),
    );
    expect(screen.getByText(/only an extraordinary termination/)).toBeTruthy();
    expect(screen.getByTestId('terms-readout').textContent).toMatch(
      /^Ending after month 12, VSHN would be CHF.* out of pocket and ISV would be CHF.* out of pocket\.$/,
    );
    fireEvent.click(screen.getByRole('button', { name: /Earliest end/ }));
    expect((screen.getByTestId('terms-month') as HTMLInputElement).value).toBe(
      String(canonical.summary.goLiveMonth + 14),
    );
  });

  it('falls back to the last month when the horizon ends before the earliest end', () => {
    const { result } = goldenCase('12'); // a one-month horizon
    render(<TermsPanel result={result} labels={labels} currency="CHF" />);
    expect((screen.getByTestId('terms-month') as HTMLInputElement).value).toBe('1');
    expect(screen.getByTestId('terms-text').textContent).toContain(
      'The simulation stops at month 1',
    );
  });
});

describe('term markers', () => {
  it('sit at the end of the minimum term and at the earliest end, inside the horizon only', () => {
    expect(termMarkers(contractTerms(7, 120)).map((m) => m.month)).toEqual([18, 21]);
    expect(termMarkers(contractTerms(7, 20)).map((m) => m.month)).toEqual([18]);
    expect(termMarkers(contractTerms(7, 12))).toEqual([]);
  });
});
