import type { CostItem } from '../../engine';
import { formatDecimal } from '../format/number';
import { useT } from '../i18n';
import type { MessageKey } from '../i18n';
import { COLUMN_KEY, draftKey } from './item-drafts';
import type { ItemField } from './item-drafts';
import { HeldButton } from './HeldButton';
import { ItemInput } from './ItemInput';
import { CATEGORIES } from './totals';

type Action = 'up' | 'down' | 'duplicate' | 'remove';

export interface ItemCardProps {
  index: number;
  count: number;
  /** The item's last valid values (its label names its fields). */
  item: CostItem;
  rowId: string;
  currency: string;
  partnerRate: string;
  text: (field: ItemField) => string;
  errors: ReadonlyMap<string, string>;
  onEdit: (field: ItemField, text: string) => void;
  onAction: (action: Action) => void;
  canRemove: boolean;
  /** The id of the sentence saying why the last item cannot be removed. */
  removeHintId: string;
}

/** Each field's accessible name, "{item}: monthly hours". */
const NAME_KEY: Record<ItemField, MessageKey> = {
  label: 'costs.name.label',
  hourlyRate: 'costs.name.hourlyRate',
  initHours: 'costs.name.initHours',
  initOther: 'costs.name.initOther',
  monthlyHours: 'costs.name.monthlyHours',
  monthlyOther: 'costs.name.monthlyOther',
  hoursPerInstance: 'costs.name.hoursPerInstance',
  otherPerInstance: 'costs.name.otherPerInstance',
};

const ROW_KEY = {
  init: 'costs.row.init',
  fixed: 'costs.row.fixed',
  unit: 'costs.row.unit',
} as const satisfies Record<(typeof CATEGORIES)[number]['key'], MessageKey>;

const MOVES = [
  { action: 'up', label: 'costs.moveUp', glyph: '↑' },
  { action: 'down', label: 'costs.moveDown', glyph: '↓' },
] as const;

/**
 * One cost item as a card: its name, its rate (its own, or the partner's), its six amounts in a
 * grid of set-up / per month / per instance by hours / other, and its actions. Cards stack, so
 * the builder works in the narrow inputs column and on a phone alike.
 */
export function ItemCard(props: ItemCardProps) {
  const { index, count, item, rowId, currency, partnerRate, text, errors, onEdit, onAction } =
    props;
  const t = useT();
  const itemName = item.label;
  const field = (key: ItemField) => ({
    name: t(NAME_KEY[key], { item: itemName }),
    value: text(key),
    error: errors.get(draftKey(index, key)),
    onChange: (value: string) => onEdit(key, value),
    focusKey: `${rowId}-${key}`,
  });
  const rateText = text('hourlyRate');
  const usesPartnerRate = rateText === '';
  return (
    <li className="cost-item" data-row={rowId}>
      <div className="cost-item__head">
        <span className="cost-item__number" aria-hidden="true">
          {index + 1}
        </span>
        <ItemInput {...field('label')} label={t(COLUMN_KEY.label)} maxLength={70} />
      </div>
      <div className="cost-item__rate">
        <ItemInput
          {...field('hourlyRate')}
          label={t(COLUMN_KEY.hourlyRate)}
          numeric
          unit={t('unit.currencyPerHour', { cur: currency })}
          placeholder={partnerRate}
        />
        <label className="field__check">
          <input
            type="checkbox"
            checked={usesPartnerRate}
            aria-label={t('costs.name.partnerRate', { item: itemName })}
            onChange={(e) => onEdit('hourlyRate', e.target.checked ? '' : partnerRate)}
          />
          {t('costs.partnerRate', { rate: formatDecimal(partnerRate), cur: currency })}
        </label>
      </div>
      <div className="cost-item__amounts">
        <span aria-hidden="true" />
        <span className="cost-item__colhead" aria-hidden="true">
          {t('costs.head.hours')}
        </span>
        <span className="cost-item__colhead" aria-hidden="true">
          {t('costs.head.other')}
        </span>
        {CATEGORIES.map((c) => (
          <div key={c.key} className="cost-item__category">
            <span className="cost-item__rowhead" aria-hidden="true">
              {t(ROW_KEY[c.key])}
            </span>
            {/* The row says "per month", so the units stay short enough for a phone. */}
            <ItemInput {...field(c.hours)} numeric unit={t('unit.hours')} />
            <ItemInput {...field(c.other)} numeric unit={t('unit.currency', { cur: currency })} />
          </div>
        ))}
      </div>
      <div className="cost-item__actions">
        {MOVES.map(({ action, label, glyph }) => (
          <button
            key={action}
            type="button"
            className="button button--quiet cost-item__move"
            aria-label={t(label, { item: itemName })}
            disabled={action === 'up' ? index === 0 : index === count - 1}
            onClick={() => onAction(action)}
            data-focus={`${rowId}-${action}`}
          >
            {glyph}
          </button>
        ))}
        <button
          type="button"
          className="button button--quiet"
          aria-label={t('costs.duplicate', { item: itemName })}
          onClick={() => onAction('duplicate')}
          data-focus={`${rowId}-duplicate`}
        >
          {t('costs.duplicateShort')}
        </button>
        <HeldButton
          allowed={props.canRemove}
          reasonId={props.removeHintId}
          aria-label={t('costs.remove', { item: itemName })}
          onClick={() => onAction('remove')}
          data-focus={`${rowId}-remove`}
        >
          {t('costs.removeShort')}
        </HeldButton>
      </div>
    </li>
  );
}
