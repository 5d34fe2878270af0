import { buildChartTheme } from '@visx/xychart';

function themeAt(fontSize: number) {
  return buildChartTheme({
    backgroundColor: '#ffffff',
    colors: ['#0072b2', '#a8327a', '#1b1b1b'],
    gridColor: '#d9d9d9',
    gridColorDark: '#8a8a8a',
    svgLabelSmall: { fill: '#3d3d3d', fontSize },
    svgLabelBig: { fill: '#1b1b1b', fontSize, fontWeight: 600 },
    tickLength: 4,
  });
}

/** Axis and grid styling with AA-contrast text; series colours come from the shared palette. */
const chartTheme = themeAt(12);

const scaled = new Map<number, typeof chartTheme>([[1, chartTheme]]);

/** The same theme with type `scale` times as large (the projector), one object per scale. */
export function chartThemeAt(scale: number): typeof chartTheme {
  const key = Math.round(scale * 100) / 100;
  let theme = scaled.get(key);
  if (!theme) {
    theme = themeAt(Math.round(12 * key));
    scaled.set(key, theme);
  }
  return theme;
}
