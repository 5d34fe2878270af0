import { useEffect, useRef } from 'react';
import type { ComponentProps, RefObject } from 'react';

export type ModalDialogProps = Omit<ComponentProps<'dialog'>, 'ref' | 'onCancel' | 'open'> & {
  /** Escape (the dialog's cancel): the owner unmounts the dialog. */
  onClose: () => void;
  /** A selector inside the dialog for the control focused on opening (default: the browser's). */
  initialFocus?: string;
  dialogRef?: RefObject<HTMLDialogElement | null>;
};

/**
 * A modal <dialog> for as long as it is mounted: the page behind is inert, Escape calls
 * `onClose`, and focus goes back where it was when the dialog is unmounted (the browser's own
 * return of focus happens only on close(), which an unmounted dialog never reaches).
 */
export function ModalDialog({ onClose, initialFocus, dialogRef, ...props }: ModalDialogProps) {
  const own = useRef<HTMLDialogElement>(null);
  const ref = dialogRef ?? own;
  const focusSelector = useRef(initialFocus);
  useEffect(() => {
    const d = ref.current;
    const cameFrom = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (d && !d.open && typeof d.showModal === 'function') d.showModal();
    if (focusSelector.current) d?.querySelector<HTMLElement>(focusSelector.current)?.focus();
    return () => {
      if (d?.open) d.close();
      if (cameFrom?.isConnected) cameFrom.focus();
    };
  }, [ref]);
  return (
    <dialog
      ref={ref}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      {...props}
    />
  );
}
