import { useAppStore } from '../state';
import { appEngineTransport } from '../worker/transports';
import { connectEngine } from './connect-engine';

let disconnect: (() => void) | null = null;

/**
 * Connects the app store to the engine (once; boot calls it before the first render). The worker
 * is the app's one engine worker, which also answers the fixed split.
 */
export function startEngine(): void {
  if (disconnect) return;
  disconnect = connectEngine(useAppStore, appEngineTransport());
}
