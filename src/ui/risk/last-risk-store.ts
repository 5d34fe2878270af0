import { create } from 'zustand';
import type { RiskResult, ScenarioV2 } from '../../engine';

/** The newest fresh risk result and the scenario it answers, for the printed report's risk page. */
interface LastRisk {
  last: { result: RiskResult; scenario: ScenarioV2 } | null;
  set: (last: LastRisk['last']) => void;
}

export const useLastRisk = create<LastRisk>()((set) => ({
  last: null,
  set: (last) => set({ last }),
}));
