import { describe, expect, it } from 'vitest';
import { restoreScenario } from '../../src/url/gate';
import { gateMessage } from '../../src/url/messages';

describe('messages in plain words', () => {
  it('says nothing when the input was read exactly', () => {
    expect(gateMessage(restoreScenario({ version: 1 }), 'link')).toBeNull();
  });

  it('names the source, the problem and what the app does instead', () => {
    const message = gateMessage({ ok: false, reason: 'not-decodable' }, 'link');
    expect(message?.summary).toBe(
      'This link is damaged: its scenario could not be unpacked. It may have been cut off when it was copied. The app shows the default scenario instead.',
    );
    expect(gateMessage({ ok: false, reason: 'not-json' }, 'file')?.summary).toMatch(/^This file /);
  });

  it('names the newer version and the version this app reads', () => {
    const message = gateMessage({ ok: false, reason: 'newer-version', version: 3 }, 'link');
    expect(message?.summary).toContain('scenario format 3; this app reads up to format 1');
  });

  it('lists every replaced field by its label', () => {
    const result = restoreScenario({
      version: 1,
      msp: { hourlyRate: 'lots' },
      growth: { churnPct: -1 },
    });
    const message = gateMessage(result, 'link');
    expect(message?.summary).toBe(
      'This link had 2 invalid values; they were replaced by the default: Hourly labour cost (MSP partner), Monthly churn.',
    );
    expect(message?.details).toHaveLength(2);
    expect(message?.details[0]).toMatch(/^Hourly labour cost \(MSP partner\): /);
  });

  it('shortens unknown field names it quotes', () => {
    const long = 'k'.repeat(100);
    const message = gateMessage(restoreScenario({ version: 1, [long]: 1 }), 'file');
    expect(message?.details[0]).toBe(`Unknown field “${'k'.repeat(40)}…” was ignored.`);
  });

  it('shows control characters in the unknown field names it quotes escaped', () => {
    const key = 'exe.txt\u202e\r\nThis file was read exactly.';
    const message = gateMessage(restoreScenario({ version: 1, [key]: 1 }), 'file');
    expect(message?.details[0]).toBe(
      'Unknown field “exe.txt\\u202e\\r\\nThis file was read exactly.” was ignored.',
    );
  });
});
