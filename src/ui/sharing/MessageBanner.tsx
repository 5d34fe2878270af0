import { useAppState } from '../../state';
import { useT, type Translate } from '../i18n';
import { useNotice, type Notice } from './notices';
import { gateWords, say } from './words';

/**
 * The message banner: problems with a link, a file or saved data, in plain words, and the
 * confirmation of an import. A problem is an alert (announced by screen readers as it appears);
 * each can be dismissed. Everything in it is rendered
 * as text: field names and unknown keys quoted from the input can never become markup.
 */
function noticeText(t: Translate, notice: Notice): { summary: string; details: string[] } {
  if ('gate' in notice) return gateWords(t, notice.gate);
  return { summary: say(t, notice.summary), details: notice.details.map((d) => say(t, d)) };
}

export function MessageBanner() {
  const t = useT();
  const notice = useNotice();
  const dismiss = useAppState((s) => s.dismissNotice);
  const text = notice ? noticeText(t, notice) : null;
  return (
    <div className="sharing-banner-slot">
      {notice && text && (
        <div
          className={`sharing-banner sharing-banner--${notice.tone}`}
          // A problem interrupts; a confirmation ("Imported …") is only said politely.
          role={notice.tone === 'problem' ? 'alert' : 'status'}
          data-testid="sharing-message"
        >
          <div className="sharing-banner__text">
            <p className="sharing-banner__summary">{text.summary}</p>
            {text.details.length > 0 && (
              <ul className="sharing-banner__details">
                {text.details.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            )}
          </div>
          <button
            type="button"
            className="button button--quiet sharing-banner__dismiss"
            onClick={dismiss}
          >
            {t('notice.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
