import { buildChartTheme } from '@visx/xychart';

/** Axis and grid styling with AA-contrast text; series colours come from the shared palette. */
export const chartTheme = buildChartTheme({
  backgroundColor: '#ffffff',
  colors: ['#0072b2', '#a8327a', '#1b1b1b'],
  gridColor: '#d9d9d9',
  gridColorDark: '#8a8a8a',
  svgLabelSmall: { fill: '#3d3d3d', fontSize: 12 },
  svgLabelBig: { fill: '#1b1b1b', fontSize: 12, fontWeight: 600 },
  tickLength: 4,
});
