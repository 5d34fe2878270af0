import { create } from 'zustand';
import type { Scenario } from '../../../engine';
import { MAX_PINS } from './compare-model';
import type { Pin, PinSource } from './compare-model';

/**
 * The pinned scenarios: UI state of the comparison, kept outside the component so switching
 * analysis tabs does not lose them. Pins are snapshots: editing the scenario later changes
 * nothing here (pin it again to compare before and after).
 */
interface PinsState {
  pins: Pin[];
  /** Adds a pin; false if there are already three or the same scenario is pinned. */
  add: (title: string, source: PinSource, scenario: Scenario) => boolean;
  remove: (key: string) => void;
  clear: () => void;
}

let counter = 0;
const same = (a: Scenario, b: Scenario) => JSON.stringify(a) === JSON.stringify(b);

export const usePins = create<PinsState>()((set, get) => ({
  pins: [],
  add: (title, source, scenario) => {
    const { pins } = get();
    if (pins.length >= MAX_PINS || pins.some((p) => same(p.scenario, scenario))) return false;
    set({ pins: [...pins, { key: `pin-${++counter}`, title, source, scenario }] });
    return true;
  },
  remove: (key) => set((s) => ({ pins: s.pins.filter((p) => p.key !== key) })),
  clear: () => set({ pins: [] }),
}));
