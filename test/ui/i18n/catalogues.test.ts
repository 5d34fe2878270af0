import { describe, expect, it } from 'vitest';
import { compileCatalogue } from '../../../src/build-tools/i18n-catalogue';
import { de } from '../../../src/ui/i18n/catalog/de';
import { en } from '../../../src/ui/i18n/catalog/en';
import { messages as compiledDe } from '../../../src/ui/i18n/compiled/de';
import { messages as compiledEn } from '../../../src/ui/i18n/compiled/en';

/** The argument names of a message ("{month}", "{months, plural, …}"), sorted. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  for (const m of message.matchAll(/\{\s*([A-Za-z][\w]*)\s*[,}]/g)) if (m[1]) names.add(m[1]);
  return [...names].sort();
}

describe('message catalogues', () => {
  it('German has exactly the keys of English, no more and no fewer', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });

  it('German uses the same placeholders as English in every message', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect({ key, args: argumentsOf(de[key]) }).toEqual({ key, args: argumentsOf(en[key]) });
    }
  });

  it('German is written in Swiss orthography (ss, never ß)', () => {
    const withEszett = Object.entries(de).filter(([, m]) => m.includes('ß'));
    expect(withEszett).toEqual([]);
  });

  it('the compiled catalogues are up to date (run npm run i18n:compile after a change)', () => {
    expect(compiledEn).toEqual(compileCatalogue(en));
    expect(compiledDe).toEqual(compileCatalogue(de));
  });
});

/** Keys whose compiled message shows a literal "#": one outside a plural's own options. */
function literalPounds(messages: Record<string, unknown>): string[] {
  const found = new Set<string>();
  const walk = (key: string, node: unknown, inPlural: boolean): void => {
    if (typeof node === 'string') {
      if (node.includes('#') && !inPlural) found.add(key);
      return;
    }
    if (!Array.isArray(node)) return;
    const [, type, options] = node as unknown[];
    if (
      (type === 'plural' || type === 'selectordinal' || type === 'select') &&
      options !== null &&
      typeof options === 'object'
    ) {
      // "#" stands for the number only directly inside a plural's option, not in a select there.
      for (const v of Object.values(options)) walk(key, v, type !== 'select');
      return;
    }
    for (const part of node) walk(key, part, inPlural);
  };
  for (const [key, message] of Object.entries(messages)) walk(key, message, false);
  return [...found];
}

describe('plural counts', () => {
  it('every "#" is a plural’s count, never shown as "#"', () => {
    expect(literalPounds(compiledEn)).toEqual([]);
    expect(literalPounds(compiledDe)).toEqual([]);
  });
});
