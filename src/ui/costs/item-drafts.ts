import { partnerV2Schema, toScenarioIssues } from '../../engine';
import type { CostItem, PartnerInputV2, ScenarioIssue } from '../../engine';
import { issueText } from '../form/field-text';
import { readNumberEntry } from '../form/number-entry';
import type { MessageKey } from '../i18n';

/**
 * What is typed in the builder's fields, checked as the engine checks it. A draft is a field's
 * text as typed ("1'490", "12.", ""), keyed by item index and field; the items with every draft
 * read in are validated with the engine's own partner schema, so bounds, decimals and messages
 * are the registry's. Grouped numbers are read as the form reads them (number-entry.ts).
 */
export type ItemField = keyof CostItem;

export const ITEM_FIELD_KEYS: readonly ItemField[] = [
  'label',
  'hourlyRate',
  'initHours',
  'initOther',
  'monthlyHours',
  'monthlyOther',
  'hoursPerInstance',
  'otherPerInstance',
];

/** Each field's column name, the label its messages use ("Monthly hours must be 0 or more"). */
export const COLUMN_KEY: Record<ItemField, MessageKey> = {
  label: 'costs.col.label',
  hourlyRate: 'costs.col.hourlyRate',
  initHours: 'costs.col.initHours',
  initOther: 'costs.col.initOther',
  monthlyHours: 'costs.col.monthlyHours',
  monthlyOther: 'costs.col.monthlyOther',
  hoursPerInstance: 'costs.col.hoursPerInstance',
  otherPerInstance: 'costs.col.otherPerInstance',
};

export type Drafts = Readonly<Record<string, string>>;

export const draftKey = (index: number, field: ItemField) => `${index}.${field}`;

export type Checked =
  { ok: true; partner: PartnerInputV2 } | { ok: false; errors: Map<string, string> };

function fieldOfPath(path: string): string | null {
  const match = /^items\.(\d+)\.(\w+)$/.exec(path);
  return match ? `${match[1]}.${match[2]}` : null;
}

function wordIssue(issue: ScenarioIssue, field: ItemField): string {
  if (issue.params === undefined) return issueText(issue);
  return issueText({ ...issue, params: { ...issue.params, labelKey: COLUMN_KEY[field] } });
}

/** The partner with the drafts read in, validated; the message of every field that fails. */
export function checkDrafts(partner: PartnerInputV2, drafts: Drafts): Checked {
  const errors = new Map<string, string>();
  const items = partner.items.map((item, index) => {
    const next: Record<string, string | null> = { ...item };
    for (const field of ITEM_FIELD_KEYS) {
      const key = draftKey(index, field);
      const raw = drafts[key];
      if (raw === undefined) continue;
      if (field === 'label') {
        next[field] = raw;
        continue;
      }
      const read = readNumberEntry(raw);
      if (read.ok) {
        // An empty rate is the partner's rate.
        next[field] = field === 'hourlyRate' && read.text === '' ? null : read.text;
      } else {
        errors.set(key, read.message);
        next[field] = raw;
      }
    }
    return next;
  });
  const parsed = partnerV2Schema.safeParse({ ...partner, items });
  if (parsed.success && errors.size === 0) return { ok: true, partner: parsed.data };
  const issues = parsed.success ? [] : toScenarioIssues(parsed.error.issues, { codes: true });
  for (const issue of issues) {
    const key = fieldOfPath(issue.path);
    const field = key?.split('.')[1] as ItemField | undefined;
    if (key === null || field === undefined || errors.has(key)) continue;
    errors.set(key, wordIssue(issue, field));
  }
  return { ok: false, errors };
}

/** The drafts moved to the items' new places (`from`: the old index of each new one). */
export function remapDrafts(drafts: Drafts, from: readonly (number | null)[]): Drafts {
  const next: Record<string, string> = {};
  from.forEach((old, index) => {
    if (old === null) return;
    for (const field of ITEM_FIELD_KEYS) {
      const raw = drafts[draftKey(old, field)];
      if (raw !== undefined) next[draftKey(index, field)] = raw;
    }
  });
  return next;
}

/**
 * The drafts that still say something the partner does not: one that reads exactly as the sent
 * value goes, so fields typed plainly leave nothing to check on the next render.
 */
export function unsettledDrafts(drafts: Drafts, partner: PartnerInputV2): Drafts {
  const next: Record<string, string> = {};
  for (const [key, raw] of Object.entries(drafts)) {
    const [index = '', field = ''] = key.split('.');
    const value = partner.items[Number(index)]?.[field as ItemField];
    if (raw !== (value ?? '')) next[key] = raw;
  }
  return next;
}

/** What the drafts are measured against: the partner's content, not its object identity. */
export const basisOf = (partner: PartnerInputV2) => JSON.stringify(partner);
