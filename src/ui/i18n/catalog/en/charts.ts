/** Charts, phase timeline, playback, presentation and PNG export. */
export const charts = {} as const;
