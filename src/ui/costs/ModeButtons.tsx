import { useId } from 'react';
import type { PartnerInputV2, PartnerKey } from '../../engine';
import { useT } from '../i18n';
import { HeldButton } from './HeldButton';
import { canSimplify, itemise } from './templates';

/** "Itemise": from the six fields of the simple view to the items (see `itemise`). */
export function ItemiseButton({
  partnerKey,
  partner,
  onChange,
}: {
  partnerKey: PartnerKey;
  partner: PartnerInputV2;
  onChange: (next: PartnerInputV2) => void;
}) {
  const t = useT();
  return (
    <button
      type="button"
      className="button button--quiet"
      onClick={() => onChange(itemise(partner, partnerKey))}
    >
      {t('costs.itemise', { partner: partner.label })}
    </button>
  );
}

/**
 * "Back to simple": the six fields again, once the partner has a single item. Before that it
 * stays focusable and says why it does nothing.
 */
export function BackToSimpleButton({
  partner,
  onSimple,
}: {
  partner: PartnerInputV2;
  onSimple: () => void;
}) {
  const t = useT();
  const id = useId();
  const possible = canSimplify(partner);
  return (
    <span className="costs__simple">
      <HeldButton allowed={possible} reasonId={id} onClick={onSimple}>
        {t('costs.backToSimple')}
      </HeldButton>
      {!possible && (
        <span id={id} className="costs__limits">
          {t('costs.backToSimpleNeedsOne')}
        </span>
      )}
    </span>
  );
}
