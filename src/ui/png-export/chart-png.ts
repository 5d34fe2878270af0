import { snapshotSvg } from './svg-snapshot';

/** A legend entry drawn above the chart (the on-screen legend is HTML, not part of the SVG). */
export interface LegendEntry {
  label: string;
  color: string;
  dash?: string;
}

export interface ChartPngOptions {
  title: string;
  legend: readonly LegendEntry[];
  /** Pixels per CSS pixel: 2 gives a sharp image on slides and in documents. */
  scale?: number;
}

const PAD = 16;
const TITLE_PX = 18;
const LEGEND_PX = 13;
const HEAD = PAD + TITLE_PX + 10 + LEGEND_PX + 12;

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('The chart could not be drawn as an image.'));
    img.src = src;
  });
}

function drawHead(ctx: CanvasRenderingContext2D, opts: ChartPngOptions, font: string): void {
  ctx.fillStyle = '#1a1d21';
  ctx.textBaseline = 'top';
  ctx.font = `700 ${TITLE_PX}px ${font}`;
  ctx.fillText(opts.title, PAD, PAD);
  ctx.font = `400 ${LEGEND_PX}px ${font}`;
  let x = PAD;
  const y = PAD + TITLE_PX + 10;
  for (const entry of opts.legend) {
    ctx.save();
    ctx.strokeStyle = entry.color;
    ctx.lineWidth = 2.5;
    ctx.setLineDash(entry.dash ? entry.dash.split(/[\s,]+/).map(Number) : []);
    ctx.beginPath();
    ctx.moveTo(x, y + LEGEND_PX / 2);
    ctx.lineTo(x + 28, y + LEGEND_PX / 2);
    ctx.stroke();
    ctx.restore();
    ctx.fillStyle = '#1a1d21';
    ctx.fillText(entry.label, x + 34, y);
    x += 34 + ctx.measureText(entry.label).width + 20;
  }
}

/**
 * The chart as a PNG: title and legend on top, then the SVG drawing, on white (a transparent
 * background would turn black in some viewers and slide tools).
 */
export async function chartPng(svg: SVGSVGElement, opts: ChartPngOptions): Promise<Blob> {
  const scale = opts.scale ?? 2;
  const snap = snapshotSvg(svg);
  const img = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(snap.text)}`);
  const canvas = document.createElement('canvas');
  const width = snap.width + 2 * PAD;
  const height = HEAD + snap.height + PAD;
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw images.');
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  drawHead(ctx, opts, getComputedStyle(svg).fontFamily || 'sans-serif');
  ctx.drawImage(img, PAD, HEAD, snap.width, snap.height);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(blob);
      else reject(new Error('The image could not be saved.'));
    }, 'image/png');
  });
}

/** "Revenue-sharing timeline: where…" → "revenue-sharing-timeline.png" (the part before a colon). */
export function pngFileName(title: string): string {
  const head = title.split(':')[0] ?? '';
  const slug = head
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .slice(0, 60);
  return `${slug || 'chart'}.png`;
}

/** How long the object URL lives: revoking right after click() can cancel the download. */
const REVOKE_AFTER_MS = 40_000;

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
