import type { Scenario } from '../../engine';
import type { SliceCreator } from './slice';

/** At most this many scenarios are compared side by side. */
export const MAX_PINS = 3;

export type PinSource = 'current' | 'saved' | 'preset';

export interface Pin {
  key: string;
  title: string;
  source: PinSource;
  scenario: Scenario;
}

/**
 * The pinned scenarios of the scenario comparison, kept in the store so switching analysis tabs
 * does not lose them. Pins are snapshots: editing the scenario later changes nothing here (pin it
 * again to compare before and after).
 */
export interface PinsSlice {
  pins: Pin[];
  /** Adds a pin; false if there are already three or the same scenario is pinned. */
  addPin: (title: string, source: PinSource, scenario: Scenario) => boolean;
  removePin: (key: string) => void;
  clearPins: () => void;
}

const same = (a: Scenario, b: Scenario) => JSON.stringify(a) === JSON.stringify(b);

export const createPinsSlice: SliceCreator<PinsSlice> = (set, get) => {
  // Keys only need to be unique within one store.
  let counter = 0;
  return {
    pins: [],
    addPin: (title, source, scenario) => {
      const { pins } = get();
      if (pins.length >= MAX_PINS || pins.some((p) => same(p.scenario, scenario))) return false;
      set({ pins: [...pins, { key: `pin-${++counter}`, title, source, scenario }] });
      return true;
    },
    removePin: (key) => set((s) => ({ pins: s.pins.filter((p) => p.key !== key) })),
    clearPins: () => set({ pins: [] }),
  };
};

export const selectPins = (s: PinsSlice) => s.pins;
