import { useRef, useState } from 'react';
import { chartPng, downloadBlob, pngFileName } from './chart-png';
import type { BandEntry, LegendEntry } from './chart-png';
import { selectScenario, useAppStoreApi } from '../../state';
import { useT } from '../i18n';
import './png-export.css';

const PLOT_SVG = '.time-chart__plot > svg';

export interface ChartPngButtonProps {
  /** The chart's title: drawn above the image and the source of the file name. */
  title: string;
  legend: readonly LegendEntry[];
  /** The phase bands drawn behind the lines, named in the image's second legend row. */
  bands: readonly BandEntry[];
}

/**
 * Saves the chart it sits in (the nearest <figure>'s plot SVG) as a PNG file, with the title and
 * legend drawn above it. For slides and documents.
 */
export function ChartPngButton({ title, legend, bands }: ChartPngButtonProps) {
  const ref = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const t = useT();
  const store = useAppStoreApi();

  const save = async () => {
    // The drawing is the plot's own <svg>; the legend swatches are small SVGs of their own.
    const plot = ref.current?.closest('figure')?.querySelector<SVGSVGElement>(PLOT_SVG);
    if (!plot) {
      setProblem(t('png.noChart'));
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      downloadBlob(
        await chartPng(plot, { title, legend, bands }),
        pngFileName(title, selectScenario(store.getState()).name),
      );
    } catch (e) {
      setProblem(e instanceof Error ? e.message : t('png.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <span className="chart-png">
      <button
        ref={ref}
        type="button"
        className="chart-png__button chart-small-button"
        aria-label={t('png.label', { title })}
        title={t('png.label', { title })}
        disabled={busy}
        onClick={() => void save()}
      >
        {busy ? t('png.saving') : t('png.button')}
      </button>
      {problem && (
        <span role="status" className="chart-png__problem">
          {problem}
        </span>
      )}
    </span>
  );
}
