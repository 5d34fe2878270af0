import type { sharing as en } from '../en/sharing';

/** Sharing, saved scenarios, presets, files, layout, form buttons and notices. */
export const sharing: Record<keyof typeof en, string> = {};
