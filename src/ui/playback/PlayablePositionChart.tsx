import { useMemo } from 'react';
import type { ComponentProps } from 'react';
import { breakEvenMarkers, PositionChart } from '../charts/PositionChart';
import { useWording } from '../charts/use-wording';
import { PlaybackControls } from './PlaybackControls';
import { usePlayer, usePlayhead } from './use-player';
import type { Player } from './player';
import { usePrefersReducedMotion } from '../hooks/use-reduced-motion';

/**
 * The revenue-sharing timeline with playback: the partners' positions draw in month by month,
 * the current phase is named and break-even moments are called out as they are reached.
 * At rest (and with reduced motion) the whole horizon shows, as without playback.
 */
export function PlayablePositionChart({
  globalKeys = false,
  player: given,
  ...props
}: Omit<ComponentProps<typeof PositionChart>, 'playheadMonth'> & {
  /** Space and the arrows control playback wherever focus is not in a control (presentation). */
  globalKeys?: boolean;
  /** A player owned by the caller, which shows the playhead's month elsewhere too. */
  player?: Player;
}) {
  const { result, labels } = props;
  const own = usePlayer(result.horizonMonths);
  const player = given ?? own;
  const reducedMotion = usePrefersReducedMotion();
  const playhead = usePlayhead(player);
  const t = useWording();
  const markers = useMemo(() => breakEvenMarkers(result, labels, t), [result, labels, t]);
  return (
    <div className="playable-chart">
      <PlaybackControls
        player={player}
        result={result}
        markers={markers}
        reducedMotion={reducedMotion}
        globalKeys={globalKeys}
      />
      <PositionChart zoomable {...props} playheadMonth={playhead} />
    </div>
  );
}
