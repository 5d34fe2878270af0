import type { Phase } from '../../engine/index';

/**
 * What each phase means, in the product's own words, and the colours every view uses for it.
 * The palette is built on Okabe–Ito hues (distinguishable with the common colour-vision
 * deficiencies); fills are light tints so dark text on them passes WCAG AA with room to spare,
 * and every band also carries its phase number, so colour is never the only cue.
 */
export interface PhaseInfo {
  phase: Phase;
  name: string;
  /** One plain sentence: the rule that applies and why. */
  rule: string;
  /** Band fill (timeline and chart backgrounds). */
  fill: string;
  /** Stronger edge colour of the same hue (≥ 3:1 against white, for borders and markers). */
  edge: string;
}

/** Text on phase fills. */
export const PHASE_TEXT = '#1b1b1b';

export const PHASES: Readonly<Record<Phase, PhaseInfo>> = {
  1: {
    phase: 1,
    name: 'Investment',
    rule: 'Both partners pay set-up and running costs before go-live and nothing is earned yet, so each one’s investment grows.',
    fill: '#e2e2e2',
    edge: '#6b6b6b',
  },
  2: {
    phase: 2,
    name: 'Cash-flow negative',
    rule: 'The service is live but earns less than it costs, so revenue is split in proportion to each partner’s monthly costs and both carry the shortfall fairly.',
    fill: '#f6cdb0',
    edge: '#b34e00',
  },
  3: {
    phase: 3,
    name: 'Unequal investments',
    rule: 'Revenue now covers costs: each partner gets its costs back and all profit goes to the partner who has lost more, until both have lost the same.',
    fill: '#f7e2a6',
    edge: '#8a6100',
  },
  4: {
    phase: 4,
    name: 'Aligned investments',
    rule: 'Both partners have lost the same amount, so profit is split 50/50 and they break even together.',
    fill: '#bfe0f5',
    edge: '#0068a3',
  },
  5: {
    phase: 5,
    name: 'Net positive',
    rule: 'Both investments are paid back, so each month’s revenue is split in proportion to that month’s costs: within every month both partners earn the same margin.',
    fill: '#ade0cc',
    edge: '#00755a',
  },
};

export const PHASE_LIST: readonly PhaseInfo[] = [1, 2, 3, 4, 5].map((p) => PHASES[p as Phase]);

/** Partner line colours (≥ 4.5:1 on white) and dash patterns, so lines differ without colour. */
export const PARTNER_STYLE = {
  msp: { color: '#0072b2', dash: undefined },
  isv: { color: '#a8327a', dash: '7 4' },
  partnership: { color: '#1b1b1b', dash: '2 3' },
} as const;

export function phaseInfo(phase: number): PhaseInfo {
  if (phase >= 1 && phase <= 5 && Number.isInteger(phase)) return PHASES[phase as Phase];
  throw new RangeError(`no phase ${phase}`);
}
