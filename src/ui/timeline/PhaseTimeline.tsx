import { useId, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useT } from '../i18n';
import type { Translate } from '../i18n';
import { PHASES, PHASE_LIST, PHASE_TEXT } from '../theme/phases';
import { segmentWhenText } from './phase-text';
import { phaseSegments } from './segments';
import type { PhaseSegment } from './segments';
import './timeline.css';

export interface PhaseTimelineProps {
  /** The engine's phase column (index 0 is month 1). */
  phase: Uint8Array;
  goLiveMonth: number;
  /** Month highlighted elsewhere (table, charts); drawn as a marker. */
  selectedMonth?: number | null;
  /** Clicking a band selects the month it starts. */
  onSelectMonth?: (month: number) => void;
  /** The result is being recomputed: dim it. */
  stale?: boolean;
}

/**
 * The five phases as coloured bands along the months. Each band is a button (one tab stop for the
 * whole strip; arrow keys move between bands) that explains its phase in a tooltip shown on hover
 * and on keyboard focus, and dismissed with Escape (WCAG 1.4.13).
 */
export function PhaseTimeline(props: PhaseTimelineProps) {
  const { phase, goLiveMonth, selectedMonth, onSelectMonth, stale } = props;
  const t = useT();
  const segments = useMemo(() => phaseSegments(phase), [phase]);
  const horizon = phase.length;
  const id = useId();
  const [focusIndex, setFocusIndex] = useState(0);
  const [open, setOpen] = useState<number | null>(null);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const current = Math.min(focusIndex, Math.max(0, segments.length - 1));

  const moveTo = (i: number) => {
    const next = Math.max(0, Math.min(segments.length - 1, i));
    setFocusIndex(next);
    buttons.current[next]?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    switch (e.key) {
      case 'Escape':
        setOpen(null);
        break;
      case 'ArrowRight':
      case 'ArrowDown':
        moveTo(i + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        moveTo(i - 1);
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(segments.length - 1);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  return (
    <div className={stale ? 'phase-timeline is-stale' : 'phase-timeline'}>
      <div className="phase-timeline__track" role="group" aria-label={t('timeline.group')}>
        {segments.map((s, i) => {
          const info = PHASES[s.phase];
          const months = s.endMonth - s.startMonth + 1;
          const tipId = `${id}-tip-${i}`;
          // Tooltips of bands in the right part of the strip open leftwards, so they stay inside.
          const alignEnd = (s.startMonth - 1) / horizon > 0.55;
          return (
            <div
              key={s.startMonth}
              className="phase-timeline__band"
              style={{ flexGrow: months, background: info.fill, borderColor: info.edge }}
              onMouseEnter={() => setOpen(i)}
              onMouseLeave={() => setOpen((o) => (o === i ? null : o))}
            >
              <button
                ref={(el) => {
                  buttons.current[i] = el;
                }}
                type="button"
                className="phase-timeline__button"
                style={{ color: PHASE_TEXT }}
                tabIndex={i === current ? 0 : -1}
                aria-describedby={tipId}
                data-phase={s.phase}
                data-start-month={s.startMonth}
                onFocus={() => {
                  setFocusIndex(i);
                  setOpen(i);
                }}
                onBlur={() => setOpen((o) => (o === i ? null : o))}
                onKeyDown={(e) => onKeyDown(e, i)}
                onClick={() => onSelectMonth?.(s.startMonth)}
              >
                {/* The name is the visible text itself (plus "Phase 3:" for screen readers), so
                    what a speech user reads out is what the button answers to. */}
                <span className="phase-timeline__num" aria-hidden="true">
                  {s.phase}
                </span>
                <span className="visually-hidden">
                  {t('timeline.bandHidden', { phase: s.phase })}{' '}
                </span>
                <span className="phase-timeline__text">
                  <span className="phase-timeline__name">{info.name}</span>{' '}
                  <span className="phase-timeline__start">
                    {t('timeline.from', { month: s.startMonth })}
                  </span>
                </span>
              </button>
              <div
                id={tipId}
                role="tooltip"
                className={
                  alignEnd ? 'phase-timeline__tip phase-timeline__tip--end' : 'phase-timeline__tip'
                }
                hidden={open !== i}
              >
                <strong>{t('phase.title', { phase: s.phase, name: info.name })}</strong>
                <span className="phase-timeline__when">{segmentWhenText(s, goLiveMonth, t)}</span>
                <span>{info.rule}</span>
              </div>
            </div>
          );
        })}
        {selectedMonth != null && selectedMonth >= 1 && selectedMonth <= horizon && (
          <div
            className="phase-timeline__marker"
            aria-hidden="true"
            style={{ left: `${((selectedMonth - 0.5) / horizon) * 100}%` }}
          />
        )}
      </div>
      <PhaseLegend segments={segments} t={t} />
    </div>
  );
}

/**
 * Every phase that occurs and the months it starts, so the start months stay readable even
 * where a band is too narrow to hold text.
 */
function PhaseLegend({ segments, t }: { segments: readonly PhaseSegment[]; t: Translate }) {
  const starts = new Map<number, number[]>();
  for (const s of segments) starts.set(s.phase, [...(starts.get(s.phase) ?? []), s.startMonth]);
  return (
    <ul className="phase-timeline__legend" aria-label={t('timeline.legend')}>
      {PHASE_LIST.filter((p) => starts.has(p.phase)).map((p) => {
        const all = starts.get(p.phase) ?? [];
        const months = all.slice(0, 4).join(', ');
        const values = { phase: p.phase, name: p.name, months };
        return (
          <li key={p.phase}>
            <span
              className="phase-timeline__swatch"
              style={{ background: p.fill, borderColor: p.edge }}
              aria-hidden="true"
            />
            {all.length > 4
              ? t('timeline.legendMore', { ...values, more: all.length - 4 })
              : t('timeline.legendItem', { ...values, count: all.length })}
          </li>
        );
      })}
    </ul>
  );
}
