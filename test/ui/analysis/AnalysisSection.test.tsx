// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import AnalysisSection from '../../../src/ui/analysis/AnalysisSection';
import { renderAnalysis } from './harness';

afterEach(cleanup);

describe('the Analysis section', () => {
  it('is a tab set: one panel at a time, arrow keys, Home and End move between tabs', () => {
    renderAnalysis(<AnalysisSection />);
    const tab = (name: string) => screen.getByRole('tab', { name });
    expect(tab('Sensitivity').getAttribute('aria-selected')).toBe('true');
    expect(screen.getByLabelText(/Move each input by/)).toBeTruthy();
    fireEvent.keyDown(tab('Sensitivity'), { key: 'ArrowRight' });
    expect(tab('Goal seek').getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tab('Goal seek'));
    expect(screen.queryByLabelText(/Move each input by/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Find the value' })).toBeTruthy();
    fireEvent.keyDown(tab('Goal seek'), { key: 'End' });
    expect(tab('Risk').getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(tab('Risk'), { key: 'ArrowLeft' });
    expect(tab('Compare scenarios').getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(tab('Compare scenarios'), { key: 'ArrowRight' });
    fireEvent.keyDown(tab('Risk'), { key: 'ArrowRight' });
    expect(tab('Sensitivity').getAttribute('aria-selected')).toBe('true');
    expect(screen.getAllByRole('tab').filter((t) => t.tabIndex === 0)).toHaveLength(1);
  });
});
