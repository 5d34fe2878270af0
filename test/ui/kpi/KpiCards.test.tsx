// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { KpiCards } from '../../../src/ui/kpi/KpiCards';
import { activateMessages } from '../../../src/ui/i18n/i18n';
import { messages as german } from '../../../src/ui/i18n/compiled/de';
import { messages as english } from '../../../src/ui/i18n/compiled/en';
import { goldenCase } from '../charts/golden-result';

afterEach(cleanup);

const dataValue = (id: string) => screen.getByTestId(id).getAttribute('data-value');

describe('KpiCards', () => {
  it('carries the canonical summary of golden vector 01 in data-value', () => {
    const { result, canonical, scenario } = goldenCase('01');
    const labels = { msp: scenario.msp.label, isv: scenario.isv.label };
    render(<KpiCards result={result} currency="CHF" labels={labels} />);
    const s = canonical.summary;
    expect(dataValue('kpi-breakeven-msp')).toBe(String(s.breakEvenMonth.msp));
    expect(dataValue('kpi-breakeven-isv')).toBe(String(s.breakEvenMonth.isv));
    expect(dataValue('kpi-breakeven-partnership')).toBe(String(s.partnershipBreakEvenMonth));
    expect(dataValue('kpi-max-exposure-msp')).toBe(s.maxExposure.msp);
    expect(dataValue('kpi-max-exposure-isv')).toBe('79828.74');
    expect(dataValue('kpi-final-position-msp')).toBe(s.totals.msp.position);
    expect(dataValue('kpi-final-position-isv')).toBe(s.totals.isv.position);
    expect(dataValue('kpi-total-revenue')).toBe('8660730.00');
    expect(dataValue('kpi-margin-msp')).toBe(result.summary.marginAfterPaybackPct.msp);
  });

  it('shows break-even as a month and as its month of operation (go-live = month 1), in plain words', () => {
    const { result } = goldenCase('01');
    render(<KpiCards result={result} currency="CHF" labels={{ msp: 'VSHN', isv: 'Acme' }} />);
    const card = screen.getByTestId('kpi-breakeven-isv');
    expect(card.textContent).toContain('Acme');
    expect(card.textContent).toContain('Month 26');
    expect(card.textContent).toContain('Month 20 of operation');
    // The note says the convention with this scenario's go-live month.
    expect(screen.getByTestId('kpi-note').textContent).toContain(
      'goes live in month 7, which is month 1 of operation',
    );
    expect(screen.getByTestId('kpi-max-exposure-isv').textContent).toMatch(/CHF\s79['’]828\.74/);
  });

  it('leaves data-value empty when nobody breaks even', () => {
    const { result } = goldenCase('05');
    render(<KpiCards result={result} currency="CHF" labels={{ msp: 'VSHN', isv: 'ISV' }} />);
    expect(dataValue('kpi-breakeven-msp')).toBe('');
    expect(dataValue('kpi-breakeven-partnership')).toBe('');
    expect(dataValue('kpi-margin-isv')).toBe('');
    expect(screen.getByTestId('kpi-breakeven-partnership').textContent).toContain('Not reached');
  });

  it('formats amounts beyond 2^53 exactly (golden vector 16)', () => {
    const { result, canonical } = goldenCase('16');
    render(<KpiCards result={result} currency="CHF" labels={{ msp: 'VSHN', isv: 'ISV' }} />);
    const revenue = canonical.summary.totalRevenue;
    expect(BigInt(revenue.replace('.', ''))).toBeGreaterThan(2n ** 53n);
    expect(dataValue('kpi-total-revenue')).toBe(revenue);
    const shown = screen.getByTestId('kpi-total-revenue').querySelector('.kpi-card__value');
    expect(shown?.textContent?.replace(/[^0-9]/g, '')).toBe(revenue.replace(/[^0-9]/g, ''));
  });

  it('marks stale figures', () => {
    const { result } = goldenCase('01');
    render(<KpiCards result={result} currency="CHF" labels={{ msp: 'V', isv: 'I' }} stale />);
    const section = screen.getByLabelText('Key figures');
    expect(section.getAttribute('aria-busy')).toBe('true');
    expect(section.classList.contains('is-stale')).toBe(true);
    cleanup();
    render(<KpiCards result={result} currency="CHF" labels={{ msp: 'V', isv: 'I' }} />);
    expect(screen.getByLabelText('Key figures').hasAttribute('aria-busy')).toBe(false);
  });

  it('renders partner labels as text, never as markup', () => {
    const { result } = goldenCase('01');
    const evil = '<img src=x onerror=alert(1)>';
    render(<KpiCards result={result} currency="CHF" labels={{ msp: evil, isv: 'ISV' }} />);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByTestId('kpi-final-position-msp').textContent).toContain(evil);
  });

  it('shows next to the summed margin the last month’s margin, the same for both partners', () => {
    const { result } = goldenCase('01');
    render(<KpiCards result={result} currency="CHF" labels={{ msp: 'VSHN', isv: 'Acme' }} />);
    const month = (id: string) =>
      /month 120 alone: ([\d.]+\s?%)/.exec(screen.getByTestId(id).textContent ?? '')?.[1];
    expect(month('kpi-margin-msp')).toBeDefined();
    expect(month('kpi-margin-msp')).toBe(month('kpi-margin-isv'));
    // The sums over all phase-5 months differ: the card must not claim they are equal.
    expect(dataValue('kpi-margin-msp')).not.toBe(dataValue('kpi-margin-isv'));
  });
});

describe('KpiCards in German', () => {
  afterEach(() => activateMessages('en', english));

  it('titles the cards from the KPI catalogue in German, with the same data-value figures', () => {
    const { result, canonical } = goldenCase('01');
    activateMessages('de', german);
    render(<KpiCards result={result} currency="CHF" labels={{ msp: 'VSHN', isv: 'ISV' }} />);
    expect(screen.getByLabelText('Kennzahlen')).toBeTruthy();
    expect(screen.getByTestId('kpi-max-exposure-msp').textContent).toContain(
      'Grösste Unterdeckung',
    );
    expect(screen.getByTestId('kpi-breakeven-isv').textContent).toContain('Monat 26');
    expect(dataValue('kpi-final-position-msp')).toBe(canonical.summary.totals.msp.position);
  });
});
