import { useState } from 'react';
import type { PartnerInputV2 } from '../../engine';
import { basisOf, checkDrafts, draftKey, remapDrafts, unsettledDrafts } from './item-drafts';
import type { Drafts, ItemField } from './item-drafts';
import type { ItemEdit } from './item-list';

/**
 * The builder's state between the partner upstream and what is typed: the drafts, and an id per
 * row that moves with its item (React keys, focus after a move). Drafts belong to the partner
 * they were typed against; when the partner changes from outside (undo, a preset, a link), they
 * are dropped and the fields show its values. A valid edit goes upstream at once, as one
 * onChange with the whole next partner; while any field is invalid nothing goes upstream.
 */
interface State {
  basis: string;
  drafts: Drafts;
  ids: readonly string[];
}

let lastId = 0;
const newId = () => `cost-item-${++lastId}`;
const freshIds = (n: number) => Array.from({ length: n }, newId);

export function useItemDrafts(partner: PartnerInputV2, onChange: (next: PartnerInputV2) => void) {
  const basis = basisOf(partner);
  const [state, setState] = useState<State>(() => ({
    basis,
    drafts: {},
    ids: freshIds(partner.items.length),
  }));
  let current = state;
  if (state.basis !== basis) {
    const ids =
      state.ids.length === partner.items.length ? state.ids : freshIds(partner.items.length);
    current = { basis, drafts: {}, ids };
    setState(current);
  }
  const { drafts, ids } = current;
  const checked = Object.keys(drafts).length === 0 ? null : checkDrafts(partner, drafts);
  const errors = checked?.ok === false ? checked.errors : new Map<string, string>();

  /** Sends the partner upstream if the drafts allow, and keeps them against what was sent. */
  const commit = (nextDrafts: Drafts) => {
    const result = checkDrafts(partner, nextDrafts);
    if (!result.ok) {
      setState({ basis, drafts: nextDrafts, ids });
      return;
    }
    const sent = result.partner;
    setState({ basis: basisOf(sent), drafts: unsettledDrafts(nextDrafts, sent), ids });
    onChange(sent);
  };

  return {
    ids,
    errors,
    invalid: errors.size > 0,
    /** The text a field shows: what is typed, else the partner's value (an empty rate: null). */
    text(index: number, field: ItemField): string {
      const draft = drafts[draftKey(index, field)];
      return draft ?? partner.items[index]?.[field] ?? '';
    },
    edit(index: number, field: ItemField, raw: string) {
      commit({ ...drafts, [draftKey(index, field)]: raw });
    },
    /** A structural edit: the items as they were last valid, with the drafts moved along. */
    restructure(edit: ItemEdit) {
      const nextIds = edit.from.map((old) => (old === null ? newId() : (ids[old] ?? newId())));
      const nextDrafts = remapDrafts(drafts, edit.from);
      // While a field is invalid the edit still applies to the last valid items.
      setState({ basis: basisOf(edit.partner), drafts: nextDrafts, ids: nextIds });
      onChange(edit.partner);
      return nextIds;
    },
    /** All items replaced (a template): the drafts go, every row is new. */
    replace(next: PartnerInputV2) {
      setState({ basis: basisOf(next), drafts: {}, ids: freshIds(next.items.length) });
      onChange(next);
    },
  };
}
