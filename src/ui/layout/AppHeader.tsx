import type { ReactNode } from 'react';
import { LanguageSwitch, useT } from '../i18n';
import { RunStatus } from './RunStatus';

/** Product name, what it does in one line, the calculation status, and room for actions (sharing). */
export function AppHeader({ actions }: { actions?: ReactNode }) {
  const t = useT();
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <h1 className="app-header__title">{t('header.title')}</h1>
        <p className="app-header__tagline">{t('header.tagline')}</p>
      </div>
      <div className="app-header__side">
        <RunStatus />
        {actions}
        <LanguageSwitch />
      </div>
    </header>
  );
}
