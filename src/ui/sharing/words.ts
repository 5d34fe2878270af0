import type { MessageKey, MessageValues, Translate } from '../i18n';
import type { GateWording, ReplacedWording } from '../../url/messages';
import type {
  StorageAction,
  StorageProblem,
  UnreadableCode,
  UnreadableEntry,
} from '../../url/saved-scenarios';
import type { RejectReason } from '../../url/gate';
import { formatCount } from '../format/money';
import { issueText, pathLabel } from '../form/field-text';

/**
 * A message kept as a key and its values, worded when it is shown: a banner or status line that
 * stays up follows a language switch. A plain string is text that comes worded already (the
 * storage's own English messages).
 */
export type Words = { key: MessageKey; values?: MessageValues } | string;

export const words = (key: MessageKey, values?: MessageValues): Words => ({ key, values });

export function say(t: Translate, w: Words): string {
  return typeof w === 'string' ? w : t(w.key, w.values);
}

const REJECTED: Record<RejectReason, MessageKey> = {
  empty: 'gate.empty',
  'too-long': 'gate.tooLong',
  'not-decodable': 'gate.notDecodable',
  'not-json': 'gate.notJson',
  'not-object': 'gate.notObject',
  'no-version': 'gate.noVersion',
  'newer-version': 'gate.newerVersion',
  'unknown-version': 'gate.unknownVersion',
  unreadable: 'gate.unreadable',
};

const FALLBACK: Record<GateWording['fallback'], MessageKey | null> = {
  default: 'gate.fallbackDefault',
  kept: 'gate.fallbackKept',
  '': null,
};

/** A replaced field's name: partner fields with their section, as they read the same for both. */
export function replacedLabelText(t: Translate, path: string): string {
  const [head] = path.split('.');
  const field = pathLabel(path);
  return head === 'msp' || head === 'isv'
    ? t('gate.fieldOfSection', { field, section: t(`section.${head}`) })
    : field;
}

/** A replaced field's own problem, from its code; the gate's own codes have messages here. */
function ownProblemText(t: Translate, f: ReplacedWording): string {
  if (f.code === 'notGroup') {
    return t('gate.notGroup', { section: t(f.params.labelKey as MessageKey) });
  }
  if (f.code === 'invalid') {
    const key = f.path === 'currency' ? 'gate.invalidCurrency' : 'gate.invalidValue';
    return t(key, { label: pathLabel(f.path) });
  }
  return issueText({ path: f.path, message: f.message, code: f.code, params: f.params });
}

/** What was wrong with a replaced field, in the reader's language. */
export function replacedProblemText(t: Translate, f: ReplacedWording): string {
  const problem = ownProblemText(t, f);
  return f.withDefaultOf === undefined
    ? problem
    : t('gate.withDefault', { problem, field: pathLabel(f.withDefaultOf) });
}

/** What the gate found, in the reader's language: one sentence, and one line per field. */
export function gateWords(t: Translate, w: GateWording): { summary: string; details: string[] } {
  const { source } = w;
  if (w.rejected) {
    const { reason, version, readsUpTo, length } = w.rejected;
    const problem = t(REJECTED[reason], {
      source,
      version: version ?? '?',
      readsUpTo,
      length: formatCount(length),
    });
    const fallback = FALLBACK[w.fallback];
    return {
      summary: fallback ? t('gate.refused', { problem, fallback: t(fallback) }) : problem,
      details: [],
    };
  }
  const details = [
    ...w.replaced.map((f) =>
      t('gate.replacedField', {
        label: replacedLabelText(t, f.path),
        message: replacedProblemText(t, f),
      }),
    ),
    ...w.ignored.map((key) => t('gate.ignoredField', { key })),
  ];
  const summary =
    w.replaced.length > 0
      ? t('gate.replaced', {
          source,
          count: w.replaced.length,
          labels: w.replaced.map((f) => replacedLabelText(t, f.path)).join(', '),
        })
      : t('gate.ignored', { source });
  return { summary, details };
}

const STORAGE: Record<StorageProblem, MessageKey> = {
  full: 'saved.problem.full',
  blocked: 'saved.problem.blocked',
  gone: 'saved.problem.gone',
};

/** Why the browser's storage refused a change, as words kept for the banner. */
export function storageWords(refused: { problem: StorageProblem; action: StorageAction }): Words {
  return words(STORAGE[refused.problem], { action: refused.action });
}

const UNREAD: Record<UnreadableCode, MessageKey> = {
  empty: 'saved.unread.empty',
  damaged: 'saved.unread.damaged',
  'not-saved': 'saved.unread.notSaved',
  newer: 'saved.unread.newer',
  'not-ours': 'saved.unread.notOurs',
  storage: 'saved.unread.storage',
  rejected: 'saved.unread.rejected',
};

/** Why a stored entry could not be read, in the reader's language. */
export function unreadableText(t: Translate, entry: UnreadableEntry): string {
  if (entry.code === 'rejected' && entry.gate) return gateWords(t, entry.gate).summary.trim();
  return t(UNREAD[entry.code]);
}
