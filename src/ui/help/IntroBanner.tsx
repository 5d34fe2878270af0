import { useRef, useState } from 'react';
import { selectResult, useAppState } from '../../state';
import { PHASES } from '../theme/phases';
import { useT } from '../i18n';
import { introDismissed, rememberIntroDismissed } from './intro-storage';
import { firstPhaseMonths, monthsText } from './phase-months';
import './help.css';

/**
 * A short introduction on a first visit: the five phases with the shown scenario's own months,
 * and how to change the inputs. Dismissed once, it stays away (remembered in localStorage).
 */
export function IntroBanner() {
  const t = useT();
  const [open, setOpen] = useState(() => !introDismissed());
  const result = useAppState(selectResult);
  const ref = useRef<HTMLElement>(null);
  if (!open) return null;
  const phases = result ? firstPhaseMonths(result.phase) : [];
  const dismiss = () => {
    rememberIntroDismissed();
    setOpen(false);
    // Focus would otherwise fall to the page's start; the inputs are the next thing to use.
    document.getElementById('inputs-title')?.closest('aside')?.querySelector('input')?.focus();
  };
  return (
    <section
      ref={ref}
      className="intro"
      aria-labelledby="intro-title"
      data-testid="intro"
      onKeyDown={(e) => {
        if (e.key === 'Escape') dismiss();
      }}
    >
      <h2 id="intro-title" className="intro__title">
        {t('intro.title')}
      </h2>
      <p>{t('intro.lead')}</p>
      <ol className="intro__phases">
        {phases.map((p) => (
          <li key={p.phase}>
            <strong>{t('intro.phaseName', { phase: p.phase, name: PHASES[p.phase].name })}</strong>{' '}
            {t('intro.phaseRule', { months: monthsText(p.from, p.to), rule: PHASES[p.phase].rule })}
          </li>
        ))}
      </ol>
      <p>{t('intro.change')}</p>
      <button type="button" className="intro__dismiss" onClick={dismiss}>
        {t('intro.dismiss')}
      </button>
    </section>
  );
}
