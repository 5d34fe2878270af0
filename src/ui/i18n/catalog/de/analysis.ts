import type { analysis as en } from '../en/analysis';

/** Sensitivity, goal seek, compare scenarios and risk. */
export const analysis: Record<keyof typeof en, string> = {};
