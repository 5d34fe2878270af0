import { t } from '../i18n';
import { snapshotSvg } from './svg-snapshot';

/** A legend entry drawn above the chart (the on-screen legend is HTML, not part of the SVG). */
export interface LegendEntry {
  label: string;
  color: string;
  dash?: string;
  /** How the swatch is drawn: a line (default), a filled box (bars) or a hatched box. */
  swatch?: 'line' | 'box' | 'hatch';
}

/** A phase band's swatch and name ("3 Unequal investments"). */
export interface BandEntry {
  label: string;
  fill: string;
  edge: string;
}

export interface ChartPngOptions {
  title: string;
  legend: readonly LegendEntry[];
  bands?: readonly BandEntry[];
  /** Pixels per CSS pixel: 2 gives a sharp image on slides and in documents. */
  scale?: number;
}

const PAD = 16;
const TITLE_PX = 18;
const LEGEND_PX = 13;
const ROW = LEGEND_PX + 8;

/** Title, the lines' legend and (with bands) the bands' legend. */
function headHeight(opts: ChartPngOptions): number {
  return PAD + TITLE_PX + 10 + ROW + (opts.bands?.length ? ROW : 0) + 4;
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error(t('png.drawFailed')));
    img.src = src;
  });
}

function drawSwatch(ctx: CanvasRenderingContext2D, entry: LegendEntry, x: number, y: number) {
  ctx.strokeStyle = entry.color;
  ctx.fillStyle = entry.color;
  if (entry.swatch === 'box') {
    ctx.fillRect(x + 6, y + 2, 18, LEGEND_PX - 4);
    return;
  }
  ctx.beginPath();
  if (entry.swatch === 'hatch') {
    ctx.lineWidth = 1.5;
    ctx.strokeRect(x + 6.5, y + 2.5, 17, LEGEND_PX - 5);
    for (let d = 0; d < 18; d += 4) {
      ctx.moveTo(x + 6 + d, y + LEGEND_PX - 2);
      ctx.lineTo(x + 6 + Math.min(18, d + LEGEND_PX - 4), y + 2);
    }
  } else {
    ctx.lineWidth = 2.5;
    ctx.setLineDash(entry.dash ? entry.dash.split(/[\s,]+/).map(Number) : []);
    ctx.moveTo(x, y + LEGEND_PX / 2);
    ctx.lineTo(x + 28, y + LEGEND_PX / 2);
  }
  ctx.stroke();
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
    drawSwatch(ctx, entry, x, y);
    ctx.restore();
    ctx.fillStyle = '#1a1d21';
    ctx.fillText(entry.label, x + 34, y);
    x += 34 + ctx.measureText(entry.label).width + 20;
  }
  let bx = PAD;
  const by = y + ROW;
  for (const band of opts.bands ?? []) {
    ctx.fillStyle = band.fill;
    ctx.fillRect(bx, by, 18, LEGEND_PX);
    ctx.strokeStyle = band.edge;
    ctx.lineWidth = 1;
    ctx.strokeRect(bx + 0.5, by + 0.5, 17, LEGEND_PX - 1);
    ctx.fillStyle = '#1a1d21';
    ctx.fillText(band.label, bx + 24, by);
    bx += 24 + ctx.measureText(band.label).width + 18;
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
  const head = headHeight(opts);
  const height = head + snap.height + PAD;
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(t('png.noCanvas'));
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  drawHead(ctx, opts, getComputedStyle(svg).fontFamily || 'sans-serif');
  ctx.drawImage(img, PAD, head, snap.width, snap.height);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(blob);
      else reject(new Error(t('png.failed')));
    }, 'image/png');
  });
}

/** "Grössere Überraschung" → "grossere-uberraschung": letters, digits and dashes only. */
function slug(text: string, max: number): string {
  return text
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/-+/g, '-')
    .slice(0, max)
    .replace(/-$/, '');
}

/**
 * "Revenue-sharing timeline: where…" of scenario "Acme SaaS" →
 * "acme-saas-revenue-sharing-timeline.png" (the title's part before a colon), so files from
 * several scenarios do not overwrite each other.
 */
export function pngFileName(title: string, scenarioName = ''): string {
  const parts = [slug(scenarioName, 40), slug(title.split(':')[0] ?? '', 60)].filter(Boolean);
  return `${parts.join('-') || 'chart'}.png`;
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
