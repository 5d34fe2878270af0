// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parseScenario, simulate } from '../../../src/engine/index';
import { CsvDownloadButton, REVOKE_AFTER_MS } from '../../../src/ui/export/CsvDownloadButton';
import { monthsCsv } from '../../../src/ui/export/csv';
import { goldenVectors } from '../../golden';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('CsvDownloadButton', () => {
  const vector = goldenVectors().find((v) => v.file.startsWith('01'));
  if (!vector) throw new Error('golden vector 01 missing');
  const scenario = parseScenario({
    ...(vector.scenario as object),
    name: 'Example: managed service',
  });
  const result = simulate(scenario);

  it('saves the CSV under a name made from the scenario name, then releases the object URL', async () => {
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test/1';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: { href: string; download: string; attached: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ href: this.href, download: this.download, attached: this.isConnected });
    });

    vi.useFakeTimers({ shouldAdvanceTime: true });
    render(<CsvDownloadButton result={result} scenario={scenario} />);
    await userEvent
      .setup({ advanceTimers: vi.advanceTimersByTime })
      .click(screen.getByRole('button', { name: 'Download CSV' }));

    expect(create).toHaveBeenCalledTimes(1);
    expect(clicked).toEqual([
      { href: 'blob:test/1', download: 'example-managed-service-months.csv', attached: true },
    ]);
    expect(document.querySelector('a[download]')).toBeNull();

    const blob = blobs[0];
    expect(blob?.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array((await blob?.arrayBuffer()) ?? new ArrayBuffer(0));
    // UTF-8 byte order mark (for Excel), then exactly the CSV text.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.slice(3))).toBe(
      monthsCsv(result, scenario),
    );

    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(REVOKE_AFTER_MS);
    expect(revoke).toHaveBeenCalledWith('blob:test/1');
  });
});
