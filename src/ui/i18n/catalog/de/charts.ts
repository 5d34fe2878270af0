import type { charts as en } from '../en/charts';

/** Charts, phase timeline, playback, presentation and PNG export. */
export const charts: Record<keyof typeof en, string> = {};
