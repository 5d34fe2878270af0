import type { Messages } from '@lingui/core';
import type { MessageKey } from '../catalog/en';

/** A compiled catalogue as `npm run i18n:compile` writes it to JSON: every key, each message as its tokens. */
export type CompiledJson = Readonly<Record<MessageKey, readonly unknown[]>>;

/**
 * Lingui's type for a compiled catalogue. JSON reads Lingui's placeholder tuples (`['name']`) as
 * arrays, which TypeScript cannot prove non-empty, so the values take the compiler's word; the keys
 * are checked, so a catalogue that lacks a message fails the type check.
 */
export function asMessages(compiled: CompiledJson): Messages {
  return compiled as unknown as Messages;
}
