// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { simulate } from '../../../src/engine/index';
import type { Scenario } from '../../../src/engine/index';
import { createAppStore } from '../../../src/state';
import { CsvDownloadButton } from '../../../src/ui/export/CsvDownloadButton';
import { itemsCsv } from '../../../src/ui/export/items-csv';
import { renderWithStore } from '../render-with-store';
import { threeItemScenario } from '../report/three-items';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('Download items CSV', () => {
  it('saves the store’s cost items beside the months file, with the chosen separator', async () => {
    const scenario = threeItemScenario();
    const store = createAppStore();
    store.setState({ scenario: scenario as unknown as Scenario });
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test/items';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    renderWithStore(<CsvDownloadButton result={simulate(scenario)} scenario={scenario} />, store);
    fireEvent.change(screen.getByTestId('csv-separator'), { target: { value: ';' } });
    fireEvent.click(screen.getByRole('button', { name: 'Download items CSV' }));
    expect(names).toEqual(['itemised-pilot-items.csv']);
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.slice(3))).toBe(
      itemsCsv(scenario, { separator: ';' }),
    );
  });
});
