// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { contractTerms } from '../../../src/engine/index';
import { formatMoney } from '../../../src/ui/format/money';
import { activateMessages } from '../../../src/ui/i18n/i18n';
import { messages as german } from '../../../src/ui/i18n/compiled/de';
import { messages as english } from '../../../src/ui/i18n/compiled/en';
import { TermsPanel } from '../../../src/ui/terms/TermsPanel';
import { termMarkers } from '../../../src/ui/terms/term-markers';
import { parseEndMonth } from '../../../src/ui/terms/terms-text';
import { placeMarkerLabel } from '../../../src/ui/charts/marker-label';
import { goldenCase } from '../charts/golden-result';

const labels = { msp: 'VSHN', isv: 'ISV' };

afterEach(() => {
  cleanup();
  activateMessages('en', english);
});

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

describe('the "ended after month" field', () => {
  const field = () => screen.getByTestId('terms-month') as HTMLInputElement;
  const range = () => screen.getByTestId('terms-month-range');

  it('keeps what is typed outside the range and says the allowed range at the field', () => {
    const { result, canonical } = goldenCase('01');
    render(<TermsPanel result={result} labels={labels} currency="CHF" />);
    const H = result.horizonMonths;
    const earliest = canonical.summary.goLiveMonth + 14;
    expect(range().textContent).toBe(`A whole month from 1 to ${H}.`);
    expect(field().getAttribute('aria-describedby')).toBe(range().id);
    expect(field().getAttribute('aria-invalid')).toBe('false');

    // Clearing the field to type another month is a step on the way, not a lost keystroke.
    fireEvent.change(field(), { target: { value: '' } });
    expect(field().value).toBe('');
    expect(field().getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe(`A whole month from 1 to ${H}.`);

    fireEvent.change(field(), { target: { value: String(H + 1) } });
    expect(field().value).toBe(String(H + 1));
    expect(screen.getByRole('alert').textContent).toBe(`A whole month from 1 to ${H}.`);
    // The read-out stays on the last month that was one.
    expect(screen.getByTestId('terms-readout').textContent).toContain(`after month ${earliest},`);

    fireEvent.change(field(), { target: { value: '12' } });
    expect(field().getAttribute('aria-invalid')).toBe('false');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByTestId('terms-readout').textContent).toContain('after month 12,');

    // Leaving the field with a wrong entry shows the month in use again.
    fireEvent.change(field(), { target: { value: '0' } });
    fireEvent.blur(field());
    expect(field().value).toBe('12');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('reads only whole months of the horizon', () => {
    expect(parseEndMonth(' 21 ', 120)).toBe(21);
    expect(parseEndMonth('120', 120)).toBe(120);
    for (const text of ['', '0', '121', '2.5', '-3', '1e2', 'abc']) {
      expect(parseEndMonth(text, 120)).toBeNull();
    }
  });

  it('says the range in German', () => {
    activateMessages('de', german);
    const { result } = goldenCase('01');
    render(<TermsPanel result={result} labels={labels} currency="CHF" />);
    fireEvent.change(field(), { target: { value: '999' } });
    expect(screen.getByRole('alert').textContent).toBe(
      `Ein ganzer Monat von 1 bis ${result.horizonMonths}.`,
    );
    expect(termMarkers(contractTerms(7, 120)).map((m) => m.short)).toEqual([
      'Mindestlaufzeit · 18',
      'Frühestes Ende · 21',
    ]);
  });
});

describe('marker labels', () => {
  const plot = { left: 92, right: 358 };
  const labels12 = { label: 'Minimum term ends · month 18', short: 'Minimum term · 18' };

  it('go beside their line on the roomier side, and stay inside the plot', () => {
    expect(placeMarkerLabel({ label: 'Go-live' }, 120, plot, 12)).toEqual({
      text: 'Go-live',
      x: 125,
      anchor: 'start',
    });
    expect(placeMarkerLabel({ label: 'Go-live' }, 340, plot, 12)).toEqual({
      text: 'Go-live',
      x: 335,
      anchor: 'end',
    });
  });

  it('give way to the short form where the full label fits on neither side', () => {
    const placed = placeMarkerLabel(labels12, 233, plot, 12);
    expect(placed.text).toBe('Minimum term · 18');
    expect(placed.anchor).toBe('end');
    // Wide enough, the full label is kept.
    expect(placeMarkerLabel(labels12, 233, { left: 10, right: 900 }, 12).text).toBe(labels12.label);
  });

  it('push a label that fits nowhere inside the plot, never over the axis', () => {
    const placed = placeMarkerLabel(labels12, 100, { left: 92, right: 180 }, 12);
    expect(placed.x).toBeGreaterThanOrEqual(92);
    expect(placed.anchor).toBe('start');
  });
});
