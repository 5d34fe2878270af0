import { useT } from '../i18n';
import { CopyLinkButton } from './CopyLinkButton';
import { ScenarioFileButtons } from './ScenarioFileButtons';

/** Share the scenario: as a link, or as a file. */
export function SharingToolbar() {
  const t = useT();
  return (
    <div className="sharing-toolbar" role="group" aria-label={t('sharing.toolbar')}>
      <CopyLinkButton />
      <ScenarioFileButtons />
    </div>
  );
}
