import { afterEach, describe, expect, it } from 'vitest';
import { messages as english } from '../../../src/ui/i18n/compiled/en';
import { messages as german } from '../../../src/ui/i18n/compiled/de';
import { activateMessages, t } from '../../../src/ui/i18n/i18n';
import { gateWords } from '../../../src/ui/sharing/words';
import { restoreScenario } from '../../../src/url/gate';
import { gateMessage } from '../../../src/url/messages';
import type { GateMessage } from '../../../src/url/messages';

afterEach(() => activateMessages('en', english));

/** Inputs whose fields the gate replaces, one for each kind of problem it reports. */
const INPUTS: Record<string, unknown> = {
  'a number that is not one, and a percent out of range': {
    version: 1,
    msp: { hourlyRate: 'lots' },
    growth: { churnPct: -1 },
  },
  'a whole number with decimals, a cap, a name too long': {
    version: 1,
    horizonMonths: 12.5,
    price: { maxInstances: 'x' },
    name: 'n'.repeat(200),
  },
  'too many decimals, a negative amount and a bad currency': {
    version: 1,
    isv: { hourlyRate: '1.123456789', initHours: '-3' },
    currency: 'chf',
  },
  'a section that is not a group of fields': { version: 1, costs: 7 },
  'go-live after the horizon': { version: 1, horizonMonths: 12, investmentMonths: 100 },
  'an invalid go-live whose default does not fit a short horizon': {
    version: 1,
    horizonMonths: 2,
    investmentMonths: 'x',
  },
};

function message(input: unknown): GateMessage {
  const found = gateMessage(restoreScenario(input), 'link');
  if (!found) throw new Error('nothing replaced');
  return found;
}

describe('what the gate replaced, in the reader’s language', () => {
  it.each(Object.keys(INPUTS))('words %s in English exactly as the gate does', (name) => {
    const found = message(INPUTS[name]);
    expect(gateWords(t, found.wording)).toEqual({
      summary: found.summary,
      details: [...found.details],
    });
  });

  it.each(Object.keys(INPUTS))('words %s in German, with no English left', (name) => {
    const found = message(INPUTS[name]);
    activateMessages('de', german);
    const { summary, details } = gateWords(t, found.wording);
    const all = [summary, ...details].join('\n');
    expect(all).toMatch(/^Dieser Link/);
    expect(details).toHaveLength(found.details.length);
    for (const english of [' must ', ' is not ', ' even with ', 'Invalid', 'partner)', 'Hourly']) {
      expect(all).not.toContain(english);
    }
  });

  it('names a field the default of another did not fit', () => {
    const found = message(INPUTS['an invalid go-live whose default does not fit a short horizon']);
    const investment = found.wording.replaced.find((f) => f.path === 'investmentMonths');
    expect(investment?.code).toBe('wholeBetween');
    const horizon = found.wording.replaced.find((f) => f.path === 'horizonMonths');
    expect(horizon).toMatchObject({ code: 'goLive', withDefaultOf: 'investmentMonths' });
    activateMessages('de', german);
    expect(gateWords(t, found.wording).details.join('\n')).toContain('auch mit dem Standardwert');
  });

  it('rewords a message already shown when the language changes', () => {
    const found = message(INPUTS['a number that is not one, and a percent out of range']);
    const before = gateWords(t, found.wording).summary;
    activateMessages('de', german);
    const after = gateWords(t, found.wording).summary;
    expect(after).not.toBe(before);
    expect(after).toContain('MSP-Partner');
  });
});
