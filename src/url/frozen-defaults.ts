import { deepFreeze, type RawObject } from './raw';

/**
 * The defaults each link format version was written against, FROZEN: a link leaves out the fields
 * that equal these values, so they must never change once a version has shipped, even when the
 * app's own starting scenario (`defaultScenario` in the engine) changes. A new format version gets
 * a new entry here (and an upgrader); old entries stay exactly as they are.
 */

/** Version 1 (spec section 1): the "ISV invests more" example scenario, in canonical text. */
const V1: RawObject = {
  version: 1,
  name: 'Example managed service',
  currency: 'CHF',
  horizonMonths: 120,
  investmentMonths: 6,
  msp: {
    label: 'VSHN',
    hourlyRate: '110',
    initHours: '200',
    initOther: '5000',
    monthlyHours: '16',
    monthlyOther: '300',
    hoursPerInstance: '0.5',
    otherPerInstance: '20',
  },
  isv: {
    label: 'ISV',
    hourlyRate: '100',
    initHours: '600',
    initOther: '0',
    monthlyHours: '24',
    monthlyOther: '0',
    hoursPerInstance: '0.25',
    otherPerInstance: '0',
  },
  price: { perInstance: '390', yearlyChangePct: '0' },
  growth: {
    startInstances: '2',
    newPerMonth: '3',
    growthPct: '4',
    churnPct: '1',
    maxInstances: 300,
  },
  costs: { yearlyChangePct: '0' },
};

export const FROZEN_DEFAULTS: Readonly<Record<number, RawObject>> = deepFreeze({ 1: V1 });
