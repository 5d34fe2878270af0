import type { MessageKey, MessageValues, Translate } from '../i18n';
import type { GateWording } from '../../url/messages';
import type { RejectReason } from '../../url/gate';
import { formatCount } from '../format/money';

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
    ...w.replaced.map((f) => t('gate.replacedField', { label: f.label, message: f.message })),
    ...w.ignored.map((key) => t('gate.ignoredField', { key })),
  ];
  const summary =
    w.replaced.length > 0
      ? t('gate.replaced', {
          source,
          count: w.replaced.length,
          labels: w.replaced.map((f) => f.label).join(', '),
        })
      : t('gate.ignored', { source });
  return { summary, details };
}
