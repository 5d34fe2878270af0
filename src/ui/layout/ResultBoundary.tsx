import type { ReactNode } from 'react';
import { selectResult, useAppState } from '../../state';
import { SectionBoundary } from './SectionBoundary';

/**
 * A section boundary that also tries again by itself when a new result arrives: a failure that
 * belonged to the previous figures should not outlive them.
 */
export function ResultBoundary({ what, children }: { what: string; children: ReactNode }) {
  const result = useAppState(selectResult);
  return (
    <SectionBoundary what={what} resetKey={result}>
      {children}
    </SectionBoundary>
  );
}
