import type { report as en } from '../en/report';

/** The printed report, the month explanation, the introduction and help. */
export const report: Record<keyof typeof en, string> = {};
