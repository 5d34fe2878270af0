import { CopyLinkButton } from './CopyLinkButton';
import { ScenarioFileButtons } from './ScenarioFileButtons';

/** Share the scenario: as a link, or as a file. */
export function SharingToolbar() {
  return (
    <div className="sharing-toolbar" role="group" aria-label="Share this scenario">
      <CopyLinkButton />
      <ScenarioFileButtons />
    </div>
  );
}
