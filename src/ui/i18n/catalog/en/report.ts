/** The printed report, the month explanation, the introduction and help. */
export const report = {} as const;
