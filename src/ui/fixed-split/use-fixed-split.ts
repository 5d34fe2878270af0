import { createContext, useContext, useEffect, useRef, useState } from 'react';
import { fixedSplitInputOf } from '../../engine';
import type { SimulationResult } from '../../engine';
import type { RunFailure } from '../../worker/protocol';
import {
  createSplitClient,
  inProcessSplitTransport,
  workerSplitTransport,
  type SplitClient,
  type SplitTransport,
} from '../../worker/fixed-split-client';
import type { FixedSplitOutput } from '../../worker/fixed-split-request';

let sharedTransport: SplitTransport | null = null;

/**
 * The app's fixed-split transport: one worker, started on first use. Without Worker support
 * (component tests in happy-dom) the split, O(months), is computed in-process instead.
 */
function defaultTransport(): SplitTransport {
  sharedTransport ??=
    typeof Worker === 'undefined' ? inProcessSplitTransport() : workerSplitTransport();
  return sharedTransport;
}

/**
 * Where fixed splits are computed. The app uses the web worker; component tests provide
 * `inProcessSplitTransport` (happy-dom has no workers).
 */
export const SplitTransportContext = createContext<(() => SplitTransport) | null>(null);

export interface FixedSplitState {
  /** The last split received; it stays while a newer one is computed. */
  output: FixedSplitOutput | null;
  /** The shown output does not yet answer the current result and percentage. */
  pending: boolean;
  error: RunFailure | null;
}

interface Asked {
  result: SimulationResult;
  isvPct: string | null;
}

interface Answer {
  output: FixedSplitOutput | null;
  error: RunFailure | null;
  /** The question the newest answer belongs to (null while it answers a superseded one). */
  answers: Asked | null;
}

/** The fixed split of `result` at `isvPct` (null: the default), computed in the worker. */
export function useFixedSplit(result: SimulationResult, isvPct: string | null): FixedSplitState {
  const getTransport = useContext(SplitTransportContext) ?? defaultTransport;
  const [answer, setAnswer] = useState<Answer>({ output: null, error: null, answers: null });
  const client = useRef<SplitClient | null>(null);
  const asked = useRef<Asked | null>(null);
  // Created in an effect (not during render), so a strict-mode remount gets a fresh, live client.
  useEffect(() => {
    const c = createSplitClient(getTransport(), (outcome, latest) => {
      const answers = latest ? asked.current : null;
      setAnswer((s) =>
        outcome.ok
          ? { output: outcome.output, error: null, answers }
          : { ...s, error: outcome.error, answers },
      );
    });
    client.current = c;
    return () => {
      c.dispose();
      if (client.current === c) client.current = null;
    };
  }, [getTransport]);
  useEffect(() => {
    asked.current = { result, isvPct };
    client.current?.submit(fixedSplitInputOf(result), isvPct);
  }, [getTransport, result, isvPct]);
  const current = answer.answers?.result === result && answer.answers.isvPct === isvPct;
  return { output: answer.output, error: answer.error, pending: !current };
}
