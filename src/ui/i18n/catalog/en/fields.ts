/** Scenario fields: labels, units, form sections and validation messages (from the field registry). */
export const fields = {} as const;
