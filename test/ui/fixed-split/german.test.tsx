// @vitest-environment happy-dom
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FixedSplitPanel } from '../../../src/ui/fixed-split/FixedSplitPanel';
import { EngineTransportContext } from '../../../src/ui/fixed-split/use-fixed-split';
import { simulate } from '../../../src/engine';
import { activateMessages } from '../../../src/ui/i18n/i18n';
import { messages as german } from '../../../src/ui/i18n/compiled/de';
import { messages as english } from '../../../src/ui/i18n/compiled/en';
import { inProcessTransport } from '../../../src/worker/transports';
import { renderWithStore } from '../render-with-store';
import { goldenCase } from '../charts/golden-result';

const transport = inProcessTransport(simulate);

beforeEach(() => {
  activateMessages('de', german);
});
afterEach(() => {
  cleanup();
  activateMessages('en', english);
});

describe('the fixed-split comparison in German', () => {
  it('titles, table rows and the verdict read in German', async () => {
    const { result } = goldenCase('01');
    renderWithStore(
      <EngineTransportContext value={() => transport}>
        <FixedSplitPanel result={result} labels={{ msp: 'VSHN', isv: 'ISV' }} currency="CHF" />
      </EngineTransportContext>,
    );
    expect(
      screen.getByRole('heading', { name: 'Verglichen mit einer festen Aufteilung' }),
    ).toBeTruthy();
    const verdict = await screen.findByTestId('compare-verdict', {}, { timeout: 3000 });
    expect(verdict.textContent).toMatch(/^Mit einer festen Aufteilung \(ISV /);
    expect(verdict.textContent).toContain('Grösste Unterdeckung:');
    await waitFor(() =>
      expect(screen.getByTestId('compare-breakEven-isv-model').textContent).toBe(
        `Monat ${result.summary.breakEvenMonth.isv}`,
      ),
    );
    expect(screen.getByText('Marge über den Zeitraum')).toBeTruthy();
  });
});
