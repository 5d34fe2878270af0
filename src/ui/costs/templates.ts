import type { CostItem, PartnerInputV2, PartnerKey } from '../../engine';
import { t } from '../i18n';
import type { MessageKey } from '../i18n';
import { MAX_ITEMS, emptyItem, fitLabel } from './item-list';

/**
 * The "responsibilities" templates: each partner's responsibilities and deliverables as the
 * partnership page lists them, one cost item each. Hours and other costs are examples, chosen so
 * that each partner's items add up to the default scenario's totals (VSHN 200 h set-up,
 * CHF 5'000 other, 16 h and CHF 300 a month, 0.5 h and CHF 20 per instance; the ISV 600 h,
 * 24 h a month, 0.25 h per instance): applied to the default scenario, the figures stay as they
 * are. Every item takes the partner's hourly rate. Labels are read from the catalogue when the
 * template is applied, so they are in the language the user works in.
 */
type Amounts = Omit<CostItem, 'label' | 'hourlyRate'>;
type Example = [label: MessageKey, amounts: Partial<Amounts>];

const MSP: readonly Example[] = [
  ['costs.tpl.msp.ownership', { initHours: '24', monthlyHours: '2' }],
  [
    'costs.tpl.msp.billing',
    { initHours: '16', monthlyHours: '2', monthlyOther: '100', hoursPerInstance: '0.05' },
  ],
  ['costs.tpl.msp.firstLevel', { initHours: '8', monthlyHours: '2', hoursPerInstance: '0.2' }],
  [
    'costs.tpl.msp.onCall',
    { initHours: '16', monthlyHours: '3', monthlyOther: '200', hoursPerInstance: '0.1' },
  ],
  [
    'costs.tpl.msp.operation',
    {
      initHours: '24',
      initOther: '5000',
      monthlyHours: '2',
      hoursPerInstance: '0.15',
      otherPerInstance: '20',
    },
  ],
  ['costs.tpl.msp.portal', { initHours: '24', monthlyHours: '2' }],
  ['costs.tpl.msp.appcat', { initHours: '40', monthlyHours: '2' }],
  ['costs.tpl.msp.appcatTraining', { initHours: '24' }],
  ['costs.tpl.msp.review', { initHours: '24', monthlyHours: '1' }],
];

const ISV: readonly Example[] = [
  ['costs.tpl.isv.market', { initHours: '16', monthlyHours: '1' }],
  ['costs.tpl.isv.specialists', { initHours: '24', monthlyHours: '1' }],
  ['costs.tpl.isv.secondLevel', { initHours: '16', monthlyHours: '4', hoursPerInstance: '0.15' }],
  ['costs.tpl.isv.maintenance', { monthlyHours: '4', hoursPerInstance: '0.05' }],
  ['costs.tpl.isv.upgrades', { initHours: '24', monthlyHours: '4', hoursPerInstance: '0.05' }],
  ['costs.tpl.isv.bestPractice', { initHours: '40', monthlyHours: '1' }],
  ['costs.tpl.isv.implementation', { initHours: '240' }],
  ['costs.tpl.isv.architecture', { initHours: '80', monthlyHours: '1' }],
  ['costs.tpl.isv.runbook', { initHours: '80', monthlyHours: '1' }],
  ['costs.tpl.isv.training', { initHours: '40', monthlyHours: '1' }],
  ['costs.tpl.isv.development', { initHours: '40', monthlyHours: '6' }],
];

const TEMPLATES: Record<PartnerKey, readonly Example[]> = { msp: MSP, isv: ISV };

/** How many items a partner's template has. */
export const templateSize = (key: PartnerKey) => TEMPLATES[key].length;

/** The template's items with their example amounts, labelled in the active language. */
export function templateItems(key: PartnerKey): CostItem[] {
  return TEMPLATES[key].map(([label, amounts]) => ({
    ...emptyItem(fitLabel(t(label))),
    ...amounts,
  }));
}

/** The partner with its items replaced by the template. */
export function applyTemplate(partner: PartnerInputV2, key: PartnerKey): PartnerInputV2 {
  return { ...partner, items: templateItems(key) };
}

/**
 * From the simple view to the table. The partner's one item stays first, exactly as it is, and
 * the template's responsibilities follow as empty items: the figures do not change (itemising is
 * not a change of the scenario's costs), and the table already names the work the hours can be
 * moved to. Further items beyond the limit are left out; a partner with more than one item
 * is returned unchanged.
 */
export function itemise(partner: PartnerInputV2, key: PartnerKey): PartnerInputV2 {
  if (!canSimplify(partner)) return partner;
  const labels = TEMPLATES[key].map(([label]) => emptyItem(fitLabel(t(label))));
  return { ...partner, items: [...partner.items, ...labels].slice(0, MAX_ITEMS) };
}

/** Whether the simple view (the six fields of one item) can show the partner: it has one item. */
export function canSimplify(partner: PartnerInputV2): boolean {
  return partner.items.length === 1;
}
