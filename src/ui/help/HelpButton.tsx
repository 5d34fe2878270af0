import { useRef, useState } from 'react';
import { PHASES } from '../theme/phases';
import { FIGURE_HELP, GO_LIVE_HELP, INPUT_HELP } from './help-text';
import type { HelpEntry } from './help-text';
import './help.css';

function Entries({ entries }: { entries: readonly HelpEntry[] }) {
  return (
    <dl className="help__list">
      {entries.map((e) => (
        <div key={e.term}>
          <dt>{e.term}</dt>
          <dd>{e.text}</dd>
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
        Help
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
            <h2 id="help-title">How the simulator works</h2>
            <button type="button" className="help__close" onClick={close}>
              Close
            </button>
          </div>
          <h3>Counting months: go-live is month 1 of operation</h3>
          <p>{GO_LIVE_HELP}</p>
          <h3>The five phases</h3>
          <ol className="help__phases">
            {Object.values(PHASES).map((p) => (
              <li key={p.phase}>
                <strong>{p.name}:</strong> {p.rule}
              </li>
            ))}
          </ol>
          <h3>The inputs</h3>
          <p>
            Each partner (VSHN and the software vendor) has its own costs; price, instances and
            timing are shared. Type a number (1'490, 1 490 and 1490 all work) or move the slider.
          </p>
          <Entries entries={INPUT_HELP} />
          <h3>The figures</h3>
          <Entries entries={FIGURE_HELP} />
        </dialog>
      )}
    </>
  );
}
