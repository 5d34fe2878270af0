import { useEffect, useRef, useState } from 'react';
import { selectScenario, useAppState } from '../../state';
import { scenarioLink } from '../../url/codec';
import { useT } from '../i18n';

/** How long "Link copied" stays visible. */
const CONFIRM_MS = 2500;

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; link: string };

/**
 * Copies a link to the current scenario. Where the clipboard is not available (a page served
 * without HTTPS, a refused permission) it shows the link selected, ready to copy by hand.
 */
export function CopyLinkButton() {
  const t = useT();
  const scenario = useAppState(selectScenario);
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  const manualRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state.kind !== 'copied') return;
    const timer = setTimeout(() => setState({ kind: 'idle' }), CONFIRM_MS);
    return () => clearTimeout(timer);
  }, [state]);

  useEffect(() => {
    if (state.kind === 'manual') manualRef.current?.select();
  }, [state]);

  const copy = async () => {
    const link = scenarioLink(scenario, window.location.href);
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(link);
      setState({ kind: 'copied' });
    } catch {
      setState({ kind: 'manual', link });
    }
  };

  return (
    <div className="sharing-copy">
      <button className="button" type="button" onClick={() => void copy()}>
        {t('sharing.copyLink')}
      </button>
      <span className="sharing-copy__status" role="status">
        {state.kind === 'copied' ? t('sharing.linkCopied') : ''}
      </span>
      {state.kind === 'manual' && (
        <label className="sharing-copy__manual">
          {t('sharing.copyManual')}
          <input
            ref={manualRef}
            type="text"
            readOnly
            value={state.link}
            data-testid="manual-link"
          />
        </label>
      )}
    </div>
  );
}
