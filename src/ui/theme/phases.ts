import type { Phase } from '../../engine/index';
import { t } from '../i18n/i18n';
import type { MessageKey, Translate } from '../i18n';

/**
 * What each phase means, in the product's own words (messages `phase.N.name` / `phase.N.rule`),
 * and the colours every view uses for it.
 * The palette is built on Okabe–Ito hues (distinguishable with the common colour-vision
 * deficiencies); fills are light tints so dark text on them passes WCAG AA with room to spare,
 * and every band also carries its phase number, so colour is never the only cue.
 */
export interface PhaseInfo {
  phase: Phase;
  /** The phase's name in the active language (read when used, so it follows a switch). */
  readonly name: string;
  /** One plain sentence in the active language: the rule that applies and why. */
  readonly rule: string;
  /** The message keys of the name and the rule, for views that translate themselves. */
  nameKey: MessageKey;
  ruleKey: MessageKey;
  /** Band fill (timeline and chart backgrounds). */
  fill: string;
  /** Stronger edge colour of the same hue (≥ 3:1 against white, for borders and markers). */
  edge: string;
}

/** Text on phase fills. */
export const PHASE_TEXT = '#1b1b1b';

const COLOURS: Record<Phase, { fill: string; edge: string }> = {
  1: { fill: '#e2e2e2', edge: '#6b6b6b' },
  2: { fill: '#f6cdb0', edge: '#b34e00' },
  3: { fill: '#f7e2a6', edge: '#8a6100' },
  4: { fill: '#bfe0f5', edge: '#0068a3' },
  5: { fill: '#ade0cc', edge: '#00755a' },
};

/** A phase's wording through `translate`: the active language unless a test passes its own. */
function describe(phase: Phase, translate: () => Translate): PhaseInfo {
  const nameKey: MessageKey = `phase.${phase}.name`;
  const ruleKey: MessageKey = `phase.${phase}.rule`;
  return {
    phase,
    get name() {
      return translate()(nameKey);
    },
    get rule() {
      return translate()(ruleKey);
    },
    nameKey,
    ruleKey,
    ...COLOURS[phase],
  };
}

const active = () => t;

export const PHASES: Readonly<Record<Phase, PhaseInfo>> = {
  1: describe(1, active),
  2: describe(2, active),
  3: describe(3, active),
  4: describe(4, active),
  5: describe(5, active),
};

export const PHASE_LIST: readonly PhaseInfo[] = [1, 2, 3, 4, 5].map((p) => PHASES[p as Phase]);

/** Partner line colours (≥ 4.5:1 on white) and dash patterns, so lines differ without colour. */
export const PARTNER_STYLE = {
  msp: { color: '#0072b2', dash: undefined },
  isv: { color: '#a8327a', dash: '7 4' },
  partnership: { color: '#1b1b1b', dash: '2 3' },
} as const;

/**
 * A phase's colours and wording. Without `translate` the name and rule are the active
 * language's; with one, they are worded by it (e.g. a component's `useT()`).
 */
export function phaseInfo(phase: number, translate?: Translate): PhaseInfo {
  if (!(phase >= 1 && phase <= 5 && Number.isInteger(phase))) {
    throw new RangeError(`no phase ${phase}`);
  }
  return translate ? describe(phase as Phase, () => translate) : PHASES[phase as Phase];
}
