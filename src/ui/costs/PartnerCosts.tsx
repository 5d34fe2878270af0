import { useEffect, useId, useRef } from 'react';
import type { PartnerInputV2, PartnerKey } from '../../engine';
import { useT } from '../i18n';
import { CostTotals } from './CostTotals';
import { HeldButton } from './HeldButton';
import { ItemCard } from './ItemCard';
import {
  MAX_ITEMS,
  addItem,
  canAdd,
  canRemove,
  duplicateItem,
  moveItem,
  removeItem,
} from './item-list';
import type { ItemEdit } from './item-list';
import { TemplateControl } from './TemplateControl';
import { useItemDrafts } from './use-item-drafts';
import './costs.css';

export interface PartnerCostsProps {
  partnerKey: PartnerKey;
  partner: PartnerInputV2;
  currency: string;
  /** Called once per user action with the whole next partner; never while a field is invalid. */
  onChange: (next: PartnerInputV2) => void;
  /** Told whenever the builder starts or stops holding an invalid field. */
  onInvalidChange?: (invalid: boolean) => void;
}

type Action = 'up' | 'down' | 'duplicate' | 'remove';

/**
 * A partner's costs as items (spec section 9): each item's name, rate and six amounts, with add,
 * remove, duplicate and reorder, a template from the partnership page, and the totals the engine
 * uses. Controlled: the partner comes in, each change goes out through onChange.
 */
export function PartnerCosts(props: PartnerCostsProps) {
  const { partnerKey, partner, currency, onChange, onInvalidChange } = props;
  const t = useT();
  const id = useId();
  const drafts = useItemDrafts(partner, onChange);
  const rootRef = useRef<HTMLDivElement>(null);
  /** Where the focus goes once the edit is rendered (a row moved, was added or removed). */
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (focusNext.current === null) return;
    const target = rootRef.current?.querySelector<HTMLElement>(
      `[data-focus="${focusNext.current}"]`,
    );
    focusNext.current = null;
    target?.focus();
  });
  useReportInvalid(drafts.invalid, onInvalidChange);

  const count = partner.items.length;
  const removable = canRemove(partner);
  const addable = canAdd(partner);
  const hintId = `${id}-limits`;

  const act = (index: number, action: Action) => {
    const item = partner.items[index];
    if (item === undefined) return;
    let edit: ItemEdit;
    let focus: (ids: readonly string[]) => string;
    if (action === 'up' || action === 'down') {
      const to = action === 'up' ? index - 1 : index + 1;
      edit = moveItem(partner, index, action === 'up' ? -1 : 1);
      // At an end the button is disabled, so the focus goes to the other one.
      const atEnd = action === 'up' ? to === 0 : to === count - 1;
      const other = action === 'up' ? 'down' : 'up';
      const button = atEnd ? other : action;
      focus = (ids) => `${ids[to]}-${button}`;
    } else if (action === 'duplicate') {
      edit = duplicateItem(partner, index, t('costs.copyOf', { label: item.label }));
      focus = (ids) => `${ids[index + 1]}-label`;
    } else {
      edit = removeItem(partner, index);
      const next = Math.min(index, count - 2);
      focus = (ids) => `${ids[next]}-remove`;
    }
    focusNext.current = focus(drafts.restructure(edit));
  };

  const add = () => {
    const ids = drafts.restructure(addItem(partner, t('costs.newItem', { number: count + 1 })));
    focusNext.current = `${ids[count]}-label`;
  };

  return (
    <div ref={rootRef} className="costs" role="group" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="costs__title">
        {t('costs.title', { partner: partner.label, count })}
      </p>
      <TemplateControl partnerKey={partnerKey} partner={partner} onApply={drafts.replace} />
      <ol className="costs__items">
        {partner.items.map((item, index) => {
          const rowId = drafts.ids[index] ?? `${id}-${index}`;
          return (
            <ItemCard
              key={rowId}
              index={index}
              count={count}
              item={item}
              rowId={rowId}
              currency={currency}
              partnerRate={partner.hourlyRate}
              text={(field) => drafts.text(index, field)}
              errors={drafts.errors}
              onEdit={(field, text) => drafts.edit(index, field, text)}
              onAction={(action) => act(index, action)}
              canRemove={removable}
              removeHintId={hintId}
            />
          );
        })}
      </ol>
      <div className="costs__add">
        <HeldButton allowed={addable} reasonId={hintId} onClick={add}>
          {t('costs.add')}
        </HeldButton>
        <p id={hintId} className="costs__limits">
          {!removable && t('costs.removeLast')}
          {!addable && t('costs.addLimit', { max: MAX_ITEMS })}
        </p>
      </div>
      <CostTotals partner={partner} currency={currency} stale={drafts.invalid} />
    </div>
  );
}

/**
 * Tells the form when the builder starts or stops holding an invalid field: only changes, so
 * mounting a valid builder never clears what another field reported, and an invalid builder
 * that goes away (its drafts with it) says so.
 */
function useReportInvalid(invalid: boolean, report: ((invalid: boolean) => void) | undefined) {
  const reported = useRef(false);
  const latest = useRef(report);
  useEffect(() => {
    latest.current = report;
  });
  useEffect(() => {
    if (reported.current === invalid) return;
    reported.current = invalid;
    latest.current?.(invalid);
  }, [invalid]);
  useEffect(
    () => () => {
      if (reported.current) latest.current?.(false);
    },
    [],
  );
}
