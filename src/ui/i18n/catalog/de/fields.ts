import type { fields as en } from '../en/fields';

/** Scenario fields: labels, units, form sections and validation messages (from the field registry). */
export const fields: Record<keyof typeof en, string> = {};
