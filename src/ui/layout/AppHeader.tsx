import type { ReactNode } from 'react';
import { RunStatus } from './RunStatus';

/** Product name, what it does in one line, the calculation status, and room for actions (sharing). */
export function AppHeader({ actions }: { actions?: ReactNode }) {
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <h1 className="app-header__title">Servala partnership simulator</h1>
        <p className="app-header__tagline">
          How VSHN and a software vendor share revenue, phase by phase
        </p>
      </div>
      <div className="app-header__side">
        <RunStatus />
        {actions}
      </div>
    </header>
  );
}
