import { useAppState } from '../../state';
import { requestFullscreen } from './fullscreen';
import { useT } from '../i18n';

/** Header button: the projector view (full screen where allowed). Escape leaves it. */
export function PresentButton() {
  const enter = useAppState((s) => s.enterPresentation);
  const t = useT();
  return (
    <button
      type="button"
      className="button button--quiet"
      aria-keyshortcuts="Escape"
      onClick={() => {
        // Asked for inside the click: browsers allow full screen only in a user gesture.
        requestFullscreen();
        enter();
      }}
    >
      {t('present.button')}
    </button>
  );
}
