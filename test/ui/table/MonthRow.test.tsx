// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultScenario, simulate } from '../../../src/engine/index';
import { MonthRow } from '../../../src/ui/table/MonthRow';

afterEach(cleanup);

describe('MonthRow', () => {
  const result = simulate(defaultScenario);

  it('renders the month and only the columns in view, the first of them in its own grid column', () => {
    const { container } = render(
      <table>
        <tbody>
          <MonthRow
            result={result}
            index={29}
            currency="CHF"
            selected={false}
            tabbable={false}
            firstColumn={6}
            lastColumn={8}
          />
        </tbody>
      </table>,
    );
    const cells = [...container.querySelectorAll<HTMLElement>('tr > *')];
    expect(cells.map((c) => c.getAttribute('aria-colindex'))).toEqual(['1', '7', '8', '9']);
    expect(cells[0]?.textContent).toBe('30');
    expect(cells[1]?.style.gridColumnStart).toBe('7');
    expect(cells[2]?.style.gridColumnStart).toBe('');
  });
});
