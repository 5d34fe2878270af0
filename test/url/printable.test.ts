import { describe, expect, it } from 'vitest';
import { printable } from '../../src/url/printable';

describe('text shown on a terminal', () => {
  it('shows line breaks and tabs as their usual escapes', () => {
    expect(printable('a\r\nb\tc')).toBe('a\\r\\nb\\tc');
  });

  it('shows every other control character as \\u escape', () => {
    expect(printable('\u001b]0;title\u0007')).toBe('\\u001b]0;title\\u0007');
    expect(printable('\u0000\u007f\u009b2J')).toBe('\\u0000\\u007f\\u009b2J');
    expect(printable('a\u2028b\u2029c')).toBe('a\\u2028b\\u2029c');
  });

  it('shows the controls that reorder a line, so it displays as it is written', () => {
    expect(printable('file\u202egnp.json\u2066x\u2069\u200f')).toBe(
      'file\\u202egnp.json\\u2066x\\u2069\\u200f',
    );
  });

  it('leaves ordinary text alone, accents and emoji included', () => {
    const text = 'Zürich: Preis “pro Instanz” 💶 C:\\data\\a.json';
    expect(printable(text)).toBe(text);
  });
});
