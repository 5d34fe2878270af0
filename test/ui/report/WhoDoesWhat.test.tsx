// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  centsToString,
  defaultScenario,
  parseScenario,
  partnerAmounts,
  simulate,
} from '../../../src/engine';
import { activateMessages } from '../../../src/ui/i18n';
import { messages as compiledDe } from '../../../src/ui/i18n/compiled/de';
import { messages as compiledEn } from '../../../src/ui/i18n/compiled/en';
import { formatMoney } from '../../../src/ui/format/money';
import { ReportDocument } from '../../../src/ui/report/ReportDocument';
import { WhoDoesWhat } from '../../../src/ui/report/WhoDoesWhat';
import { partnerItems } from '../../../src/ui/report/cost-items';
import { partnerInputRows } from '../../../src/ui/report/report-inputs';
import { threeItemScenario } from './three-items';

afterEach(() => {
  cleanup();
  activateMessages('en', compiledEn);
});

const cells = (row: Element) =>
  [...row.querySelectorAll<HTMLElement>('td[data-value]')].map((td) => td.dataset.value);

describe('the report’s “Who does what” appendix', () => {
  it('lists every item, numbered, with its money and the engine’s subtotals', () => {
    const s = threeItemScenario();
    render(<WhoDoesWhat scenario={s} />);
    const vshn = screen.getByTestId('items-msp');
    const rows = [...vshn.querySelectorAll('[data-item]')] as HTMLElement[];
    expect(rows.map((r) => r.dataset.item)).toEqual(['A.1', 'A.2', 'A.3']);
    expect(rows[0]?.textContent).toContain('Service ownership and billing');
    expect(cells(rows[0]!)).toEqual(['13800.00', '960.00', '31.00']);
    expect(cells(rows[1]!)).toEqual(['6000.00', '1200.00', '50.00']);
    expect(cells(rows[2]!)).toEqual(['8800.00', '220.00', '0.06']);
    // The subtotals are the engine's init, fixed and unit (rounded once: 81.05, not 81.06).
    const subtotal = screen.getByTestId('items-subtotal-msp');
    const engine = partnerAmounts(s.msp);
    expect(cells(subtotal)).toEqual([
      centsToString(engine.init),
      centsToString(engine.fixed),
      centsToString(engine.unit),
    ]);
    expect(cells(subtotal)).toEqual(['28600.00', '2380.00', '81.05']);
    expect(vshn.parentElement?.textContent).toContain('differ from the sum of the items');
    // Hours, other costs and the rate behind each amount.
    expect(rows[0]?.textContent).toContain(`80 h + ${formatMoney('5000', 'CHF')}`);
    expect(rows[0]?.textContent).toContain(`${formatMoney('110', 'CHF')}/h (partner rate)`);
    expect(rows[1]?.textContent).toContain(`${formatMoney('150', 'CHF')}/h`);
    expect(rows[1]?.textContent).not.toContain('partner rate');
    // The one-item partner: its item is B.1, its subtotal adds up, no rounding note.
    const isv = screen.getByTestId('items-isv');
    expect(
      [...isv.querySelectorAll('[data-item]')].map((r) => r.getAttribute('data-item')),
    ).toEqual(['B.1']);
    expect(cells(screen.getByTestId('items-subtotal-isv'))).toEqual([
      '60000.00',
      '2400.00',
      '25.00',
    ]);
    expect(isv.parentElement?.textContent).not.toContain('differ from the sum');
    const section = screen.getByTestId('report-items');
    expect(section.textContent).toContain('VSHN’s items are A.1 to A.3');
    expect(section.textContent).toContain('ISV’s item is B.1');
  });

  it('renders labels as text, never as HTML', () => {
    const s = threeItemScenario();
    s.msp.items[0]!.label = '<b>Billing</b> & more';
    render(<WhoDoesWhat scenario={s} />);
    const row = screen.getByTestId('items-msp').querySelector('[data-item="A.1"]')!;
    expect(row.textContent).toContain('<b>Billing</b> & more');
    expect(row.querySelector('b')).toBeNull();
  });

  it('is part of the report, a format-1 scenario as one “All costs” item per partner', () => {
    const scenario = parseScenario(structuredClone(defaultScenario));
    render(
      <ReportDocument
        result={simulate(scenario)}
        scenario={scenario}
        createdAt={new Date(Date.UTC(2026, 10, 26, 9, 30))}
        link="https://example.test/#s=abc"
      />,
    );
    const section = screen.getByRole('heading', { name: 'Appendix · Who does what' })
      .parentElement as HTMLElement;
    const vshn = within(section).getByTestId('items-msp');
    expect(vshn.querySelector('[data-item="A.1"]')?.textContent).toContain('All costs');
    // Today's figures: 200 h × 110 + 5'000, 16 h × 110 + 300, 0.5 h × 110 + 20.
    expect(cells(screen.getByTestId('items-subtotal-msp'))).toEqual([
      '27000.00',
      '2060.00',
      '75.00',
    ]);
  });

  it('reads in German', () => {
    activateMessages('de', compiledDe);
    render(<WhoDoesWhat scenario={threeItemScenario()} />);
    expect(screen.getByRole('heading', { name: 'Anhang · Wer macht was' })).toBeTruthy();
    expect(screen.getByTestId('items-subtotal-msp').textContent).toContain('Zwischensumme VSHN');
    expect(screen.getByTestId('report-items').textContent).toContain(
      'die Posten von VSHN sind A.1 bis A.3',
    );
    expect(screen.getByTestId('items-msp').textContent).toContain('(Partnersatz)');
  });
});

describe('the items model', () => {
  it('numbers each partner’s items and marks the rounding difference', () => {
    const s = threeItemScenario();
    const msp = partnerItems(s, 'msp');
    expect(msp.rows.map((r) => [r.number, r.rate, r.ownRate])).toEqual([
      ['A.1', '110', false],
      ['A.2', '150', true],
      ['A.3', '110', false],
    ]);
    expect(msp.roundingDiffers).toBe(true);
    expect(partnerItems(s, 'isv').roundingDiffers).toBe(false);
  });

  it('gives an itemised partner’s inputs as its items’ exact totals', () => {
    const byKey = new Map(partnerInputRows(threeItemScenario()).map((r) => [r.key, r.msp]));
    expect(byKey.get('initHours')).toBe('200 h');
    expect(byKey.get('initOther')).toBe('5000 CHF');
    expect(byKey.get('monthlyHours')).toBe('16 h/month');
    expect(byKey.get('hoursPerInstance')).toBe('0.4338 h/month');
    expect(byKey.get('hourlyRate')).toBe('110 CHF/h');
  });
});
