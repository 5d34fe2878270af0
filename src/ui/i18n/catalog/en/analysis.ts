/** Sensitivity, goal seek, compare scenarios and risk. */
export const analysis = {} as const;
