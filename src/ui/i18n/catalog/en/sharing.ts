/** Sharing, saved scenarios, presets, files, layout, form buttons and notices. */
export const sharing = {} as const;
