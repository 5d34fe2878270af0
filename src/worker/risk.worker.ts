/**
 * A risk worker's entry: each request is answered by risk-request.ts, with the partial results'
 * typed arrays transferred. The pool runs several of these side by side.
 */
import type { RiskRequest } from './risk-protocol';
import { handleRiskRequest, riskTransferables } from './risk-request';

self.addEventListener('message', (event: MessageEvent<RiskRequest>) => {
  const reply = handleRiskRequest(event.data);
  self.postMessage(reply, { transfer: riskTransferables(reply) });
});
