import { useRef, useState } from 'react';
import { PHASES } from '../theme/phases';
import { useT } from '../i18n';
import { FIGURE_HELP, INPUT_HELP } from './help-text';
import type { HelpEntry } from './help-text';
import './help.css';

function Entries({ entries }: { entries: readonly HelpEntry[] }) {
  const t = useT();
  return (
    <dl className="help__list">
      {entries.map((e) => (
        <div key={e.term}>
          <dt>{t(e.term)}</dt>
          <dd>{t(e.text)}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * Header button and the Help panel it opens: a modal <dialog> (the page behind is inert, Escape
 * closes it) that explains the phases, every input and every figure. Focus returns to the button.
 */
export function HelpButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const show = () => {
    setOpen(true);
    // Opened after render, so the dialog's contents exist when focus moves into it.
    requestAnimationFrame(() => {
      const d = dialog.current;
      if (d && !d.open && typeof d.showModal === 'function') d.showModal();
      d?.querySelector<HTMLElement>('.help__close')?.focus();
    });
  };
  const close = () => {
    dialog.current?.close();
    setOpen(false);
    button.current?.focus();
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        className="button button--quiet"
        aria-haspopup="dialog"
        onClick={show}
      >
        {t('help.button')}
      </button>
      {open && (
        <dialog
          ref={dialog}
          className="help"
          aria-labelledby="help-title"
          data-testid="help"
          onCancel={(e) => {
            e.preventDefault();
            close();
          }}
        >
          <div className="help__head">
            <h2 id="help-title">{t('help.title')}</h2>
            <button type="button" className="help__close" onClick={close}>
              {t('help.close')}
            </button>
          </div>
          <h3>{t('help.goLiveHeading')}</h3>
          <p>{t('help.goLive')}</p>
          <h3>{t('help.phasesHeading')}</h3>
          <ol className="help__phases">
            {Object.values(PHASES).map((p) => (
              <li key={p.phase}>
                <strong>{t('help.phase', { name: p.name })}</strong> {p.rule}
              </li>
            ))}
          </ol>
          <h3>{t('help.inputsHeading')}</h3>
          <p>{t('help.inputsLead')}</p>
          <Entries entries={INPUT_HELP} />
          <h3>{t('help.figuresHeading')}</h3>
          <Entries entries={FIGURE_HELP} />
        </dialog>
      )}
    </>
  );
}
