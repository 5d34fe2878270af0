import { useRef, useState } from 'react';
import { chartPng, downloadBlob, pngFileName } from './chart-png';
import type { LegendEntry } from './chart-png';
import './png-export.css';

const PLOT_SVG = '.time-chart__plot > svg';

export interface ChartPngButtonProps {
  /** The chart's title: drawn above the image and the source of the file name. */
  title: string;
  legend: readonly LegendEntry[];
}

/**
 * Saves the chart it sits in (the nearest <figure>'s plot SVG) as a PNG file, with the title and
 * legend drawn above it. For slides and documents.
 */
export function ChartPngButton({ title, legend }: ChartPngButtonProps) {
  const ref = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const save = async () => {
    // The drawing is the plot's own <svg>; the legend swatches are small SVGs of their own.
    const plot = ref.current?.closest('figure')?.querySelector<SVGSVGElement>(PLOT_SVG);
    if (!plot) {
      setProblem('No chart to save yet.');
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      downloadBlob(await chartPng(plot, { title, legend }), pngFileName(title));
    } catch (e) {
      setProblem(e instanceof Error ? e.message : 'The image could not be saved.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <span className="chart-png">
      <button
        ref={ref}
        type="button"
        className="chart-png__button"
        aria-label={`Download PNG: ${title}`}
        disabled={busy}
        onClick={() => void save()}
      >
        {busy ? 'Saving…' : 'PNG'}
      </button>
      {problem && (
        <span role="status" className="chart-png__problem">
          {problem}
        </span>
      )}
    </span>
  );
}
