import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { t } from '../i18n';
import './section-boundary.css';

export interface SectionBoundaryProps {
  /**
   * What the section shows, as a sentence subject in the page's language ("The monthly table",
   * `t('layout.what.table')`).
   */
  what: string;
  children: ReactNode;
  /**
   * A new value tries the section again by itself (a new result: the failure may have belonged
   * to the data it drew). Compared with `Object.is`.
   */
  resetKey?: unknown;
  /** For sections that cover the page (presentation, report): a way back to the page. */
  onClose?: { label: string; action: () => void };
}

interface State {
  error: Error | null;
}

/**
 * Catches an error thrown while rendering one section and shows a short message in its place,
 * with "Try again". Everything outside the section (the inputs, the other sections, the link)
 * keeps working: one broken view never blanks the page. React logs the error itself.
 */
export class SectionBoundary extends Component<SectionBoundaryProps, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for whoever reads the console when a user reports it; never shown as markup.
    console.error(`${this.props.what} failed to render`, error, info.componentStack);
  }

  override componentDidUpdate(previous: SectionBoundaryProps): void {
    if (this.state.error && !Object.is(previous.resetKey, this.props.resetKey)) this.retry();
  }

  retry = () => this.setState({ error: null });

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { what, onClose } = this.props;
    return (
      <div className="section-error" role="alert" data-testid="section-error">
        <p className="section-error__text">
          <strong>{t('layout.sectionFailed', { what })}</strong> {t('layout.sectionUnaffected')}
        </p>
        <details className="section-error__details">
          <summary>{t('layout.details')}</summary>
          <code>{error.message || error.name}</code>
        </details>
        <div className="section-error__actions">
          <button type="button" className="button" onClick={this.retry}>
            {t('layout.tryAgain')}
          </button>
          {onClose && (
            <button type="button" className="button button--quiet" onClick={onClose.action}>
              {onClose.label}
            </button>
          )}
        </div>
      </div>
    );
  }
}
