import { useRef, useState } from 'react';
import { selectResult, useAppState } from '../../state';
import { PHASES } from '../theme/phases';
import { introDismissed, rememberIntroDismissed } from './intro-storage';
import { firstPhaseMonths, monthsText } from './phase-months';
import './help.css';

/**
 * A short introduction on a first visit: the five phases with the shown scenario's own months,
 * and how to change the inputs. Dismissed once, it stays away (remembered in localStorage).
 */
export function IntroBanner() {
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
        How the partnership shares revenue
      </h2>
      <p>
        VSHN (the service provider) and a software vendor invest together, then share each month’s
        revenue by rules that change in five phases:
      </p>
      <ol className="intro__phases">
        {phases.map((p) => (
          <li key={p.phase}>
            <strong>
              Phase {p.phase}, {PHASES[p.phase].name}
            </strong>{' '}
            ({monthsText(p.from, p.to)} here): {PHASES[p.phase].rule}
          </li>
        ))}
      </ol>
      <p>
        Change any input on the left (type a number or move its slider) and every figure, phase and
        chart updates at once. Undo takes a change back; Help in the header explains every input and
        figure.
      </p>
      <button type="button" className="intro__dismiss" onClick={dismiss}>
        Got it
      </button>
    </section>
  );
}
