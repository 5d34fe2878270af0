import { selectNotice, useAppState } from '../../state';

/**
 * The message banner: problems with a link, a file or saved data, in plain words. It is an alert
 * (announced by screen readers as it appears) and can be dismissed. Everything in it is rendered
 * as text: field names and unknown keys quoted from the input can never become markup.
 */
export function MessageBanner() {
  const notice = useAppState(selectNotice);
  const dismiss = useAppState((s) => s.dismissNotice);
  return (
    <div className="sharing-banner-slot">
      {notice && (
        <div
          className={`sharing-banner sharing-banner--${notice.tone}`}
          role="alert"
          data-testid="sharing-message"
        >
          <div className="sharing-banner__text">
            <p className="sharing-banner__summary">{notice.summary}</p>
            {notice.details.length > 0 && (
              <ul className="sharing-banner__details">
                {notice.details.map((line, i) => (
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
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
