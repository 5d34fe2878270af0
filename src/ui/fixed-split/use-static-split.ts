import { createContext, useContext, useEffect, useRef, useState } from 'react';
import { staticSplitInputOf } from '../../engine';
import type { SimulationResult } from '../../engine';
import type { RunFailure } from '../../worker/protocol';
import {
  createSplitClient,
  inProcessSplitTransport,
  workerSplitTransport,
  type SplitClient,
  type SplitTransport,
} from '../../worker/static-split-client';
import type { StaticSplitOutput } from '../../worker/static-split-request';

let sharedTransport: SplitTransport | null = null;

/**
 * The app's static-split transport: one worker, started on first use. Without Worker support
 * (component tests in happy-dom) the split, O(months), is computed in-process instead.
 */
function defaultTransport(): SplitTransport {
  sharedTransport ??=
    typeof Worker === 'undefined' ? inProcessSplitTransport() : workerSplitTransport();
  return sharedTransport;
}

/**
 * Where static splits are computed. The app uses the web worker; component tests provide
 * `inProcessSplitTransport` (happy-dom has no workers).
 */
export const SplitTransportContext = createContext<(() => SplitTransport) | null>(null);

export interface StaticSplitState {
  /** The last split received; it stays while a newer one is computed. */
  output: StaticSplitOutput | null;
  /** The shown output does not yet answer the current result and percentage. */
  pending: boolean;
  error: RunFailure | null;
}

interface Asked {
  result: SimulationResult;
  isvPct: string | null;
}

interface Answer {
  output: StaticSplitOutput | null;
  error: RunFailure | null;
  /** The question the newest answer belongs to (null while it answers a superseded one). */
  answers: Asked | null;
}

/** The static split of `result` at `isvPct` (null: the default), computed in the worker. */
export function useStaticSplit(result: SimulationResult, isvPct: string | null): StaticSplitState {
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
    client.current?.submit(staticSplitInputOf(result), isvPct);
  }, [getTransport, result, isvPct]);
  const current = answer.answers?.result === result && answer.answers.isvPct === isvPct;
  return { output: answer.output, error: answer.error, pending: !current };
}
