import type { ButtonHTMLAttributes } from 'react';

interface HeldButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onClick'> {
  /** Whether the action can be taken now. */
  allowed: boolean;
  /** The id of the visible sentence saying why not. */
  reasonId: string;
  onClick: () => void;
}

/**
 * A button whose action is sometimes not possible (the last item, the 40th, back to simple with
 * several items). It stays focusable and named, marked aria-disabled and described by the
 * reason, instead of a disabled button that keyboard and screen-reader users would not find.
 */
export function HeldButton({ allowed, reasonId, onClick, className, ...rest }: HeldButtonProps) {
  return (
    <button
      type="button"
      className={className ?? 'button button--quiet'}
      aria-disabled={allowed ? undefined : 'true'}
      aria-describedby={allowed ? undefined : reasonId}
      onClick={() => allowed && onClick()}
      {...rest}
    />
  );
}
