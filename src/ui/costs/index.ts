/**
 * The cost builder: a partner's costs as items (scenario format 2), for the input form to mount.
 */
export { PartnerCosts } from './PartnerCosts';
export type { PartnerCostsProps } from './PartnerCosts';
export { ItemiseButton, BackToSimpleButton } from './ModeButtons';
export { applyTemplate, canSimplify, itemise, templateItems } from './templates';
export { partnerTotals } from './totals';
export type { CategoryTotals } from './totals';
