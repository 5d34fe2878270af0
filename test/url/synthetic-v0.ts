import { FROZEN_DEFAULTS } from '../../src/url/frozen-defaults';
import type { RawObject } from '../../src/url/raw';
import { checkLinkFormat, type LinkFormat } from '../../src/url/versions';

/**
 * A synthetic older format, version 0, to exercise the mechanism while only version 1 exists:
 * it had a flat `title` and `pricePerInstance`, no yearly price change, and other defaults.
 */
const v1 = FROZEN_DEFAULTS[1] as RawObject;
const { name: _name, price: _price, ...v1Rest } = v1;
export const SYNTHETIC_V0: RawObject = {
  ...v1Rest,
  version: 0,
  title: 'Old default name',
  pricePerInstance: '300',
};
const upgradeV0toV1 = (previous: Record<string, unknown>) => {
  const { title, pricePerInstance, ...rest } = previous;
  return { ...rest, name: title, price: { perInstance: pricePerInstance, yearlyChangePct: '0' } };
};
export const SYNTHETIC: LinkFormat = checkLinkFormat({
  first: 0,
  current: 1,
  defaults: { 0: SYNTHETIC_V0, 1: v1 },
  upgraders: { 1: upgradeV0toV1 },
});
