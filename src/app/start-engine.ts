import { useAppStore } from '../state';
import { webWorkerTransport } from '../worker/transports';
import { connectEngine } from './connect-engine';

let disconnect: (() => void) | null = null;

/** Connects the app store to the engine (once; boot calls it before the first render). */
export function startEngine(): void {
  if (disconnect) return;
  disconnect = connectEngine(useAppStore, webWorkerTransport());
}
