import { deepFreeze, type RawObject } from './raw';
// Version 1 (spec section 1): the "ISV invests more" example scenario, in canonical text. It is
// data on purpose, kept apart from the engine's `defaultScenario`, so that nothing derives it.
import V1 from './frozen-defaults-v1.json' with { type: 'json' };

/**
 * The defaults each link format version was written against, FROZEN: a link leaves out the fields
 * that equal these values, so they must never change once a version has shipped, even when the
 * app's own starting scenario (`defaultScenario` in the engine) changes. A new format version gets
 * a new entry here (and an upgrader); old entries stay exactly as they are.
 */

export const FROZEN_DEFAULTS: Readonly<Record<number, RawObject>> = deepFreeze({
  1: V1 satisfies RawObject,
});
