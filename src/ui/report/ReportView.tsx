import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { selectResult, selectResultScenario, useAppState } from '../../state';
import { useT } from '../i18n';
import { ReportDocument } from './ReportDocument';
import { whenReportReady } from './when-ready';
import './report.css';
import './print.css';

/** While open, the page itself is hidden (on screen and on paper): the report takes its place. */
const OPEN_CLASS = 'report-open';

/**
 * The printable report in place of the page, with a toolbar to print it or go back. Opened from
 * "Print report", it asks for the print dialog once the charts and the comparison are drawn.
 */
export default function ReportView() {
  const t = useT();
  const result = useAppState(selectResult);
  const scenario = useAppState(selectResultScenario);
  const printWhenReady = useAppState((s) => s.printWhenReady);
  const printed = useAppState((s) => s.reportPrinted);
  const close = useAppState((s) => s.closeReport);
  const root = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLButtonElement>(null);
  // Fixed when the report opens: the date and link printed are those of this report.
  const [createdAt] = useState(() => new Date());
  const [link] = useState(() => window.location.href);

  useEffect(() => {
    const html = document.documentElement;
    const scrollY = window.scrollY;
    const opener = document.activeElement;
    html.classList.add(OPEN_CLASS);
    window.scrollTo(0, 0);
    heading.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) close();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      html.classList.remove(OPEN_CLASS);
      window.scrollTo(0, scrollY);
      if (opener instanceof HTMLElement) opener.focus();
    };
  }, [close]);

  const ready = result !== null && scenario !== null;
  useEffect(() => {
    const el = root.current;
    if (!printWhenReady || !ready || !el) return;
    let cancelled = false;
    void whenReportReady(el).then(() => {
      if (cancelled) return;
      printed();
      window.print();
    });
    return () => {
      cancelled = true;
    };
  }, [printWhenReady, ready, printed]);

  return createPortal(
    <div className="report-view" ref={root} data-testid="report">
      <div className="report-view__toolbar" role="toolbar" aria-label={t('report.toolbar')}>
        <button
          ref={heading}
          type="button"
          className="button"
          onClick={() => window.print()}
          disabled={!ready}
        >
          {t('report.print')}
        </button>
        <button type="button" className="button button--quiet" onClick={close}>
          {t('report.back')}
        </button>
        <span className="report-view__hint">{t('report.hint')}</span>
      </div>
      <article className="report-sheet" aria-label={t('report.toolbar')}>
        {result && scenario ? (
          <ReportDocument result={result} scenario={scenario} createdAt={createdAt} link={link} />
        ) : (
          <p role="status">{t('report.calculating')}</p>
        )}
      </article>
    </div>,
    document.body,
  );
}
