// @vitest-environment happy-dom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ReactElement } from 'react';
import { cleanup, render } from '@testing-library/react';
import { parseScenario, simulate } from '../../../src/engine/index';
import { compileCatalogue } from '../../../src/build-tools/i18n-catalogue';
import { CsvDownloadButton } from '../../../src/ui/export/CsvDownloadButton';
import { activateMessages } from '../../../src/ui/i18n/i18n';
import { en } from '../../../src/ui/i18n/catalog/en';
import { messages as english } from '../../../src/ui/i18n/compiled/en';
import { KpiCards } from '../../../src/ui/kpi/KpiCards';
import { AppHeader } from '../../../src/ui/layout/AppHeader';
import { MonthTable } from '../../../src/ui/table/MonthTable';
import { TermsPanel } from '../../../src/ui/terms/TermsPanel';
import { goldenVectors } from '../../golden';

/**
 * A pseudo-locale: every message of the catalogue wrapped in ⟦…⟧. Rendered in it, a component
 * whose every visible string comes from the catalogue shows only marked text, figures and the
 * data it was given; any other text is a string that bypasses the catalogue. To cover another
 * component, add it to VIEWS.
 */
const OPEN = '⟦';
const CLOSE = '⟧';
const pseudo = compileCatalogue(
  Object.fromEntries(Object.entries(en).map(([k, m]) => [k, `${OPEN}${m}${CLOSE}`])),
);

const vector = goldenVectors().find((g) => g.file.startsWith('01'));
if (!vector) throw new Error('golden vector 01 missing');
const scenario = parseScenario(vector.scenario);
const result = simulate(scenario);
const labels = { msp: scenario.msp.label, isv: scenario.isv.label };

/** Text that is data, not wording: the scenario's own labels. */
const DATA = [labels.msp, labels.isv];
/** Figures: digits with grouping, signs, currency codes and symbols, percent. */
const FIGURE = /^[\s\d'’.,:%+\-−–—·()/]*(?:[A-Z]{3}|[€$£])?[\s\d'’.,:%+\-−–—·()/]*$/;

/** A view, and where in it to look (the whole view unless `within` names parts of it). */
interface View {
  render: () => ReactElement;
  within?: string;
}

const VIEWS: Record<string, View> = {
  header: { render: () => <AppHeader /> },
  kpi: { render: () => <KpiCards result={result} currency={scenario.currency} labels={labels} /> },
  terms: {
    render: () => <TermsPanel result={result} labels={labels} currency={scenario.currency} />,
  },
  // The column headers and caption so far; the cells' phase names follow with ui/timeline.
  'month table': {
    render: () => <MonthTable result={result} scenario={scenario} height={480} />,
    within: 'thead, caption',
  },
  'csv download': { render: () => <CsvDownloadButton result={result} scenario={scenario} /> },
};

/** What is left of a text once the marked parts (and the data) are taken out. */
function unmarked(text: string): string {
  let rest = text;
  // Innermost first: a marked message may hold another marked message as a placeholder value.
  for (let before = ''; before !== rest;) {
    before = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  }
  for (const d of DATA) rest = rest.replaceAll(d, ' ');
  return rest;
}

const ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-description'];

/** Every visible or announced text of a rendered view that is neither marked, a figure nor data. */
function bypassing(root: HTMLElement): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = n.textContent ?? '';
    if (!FIGURE.test(unmarked(text))) found.push(text);
  }
  for (const el of root.querySelectorAll('*')) {
    for (const a of ATTRIBUTES) {
      const v = el.getAttribute(a);
      if (v !== null && !FIGURE.test(unmarked(v))) found.push(`${a}="${v}"`);
    }
  }
  return found;
}

beforeAll(() => activateMessages('pseudo', pseudo));
afterAll(() => activateMessages('en', english));
afterEach(cleanup);

describe('every visible string goes through the catalogue', () => {
  it.each(Object.keys(VIEWS))('%s', (name) => {
    const view = VIEWS[name];
    if (!view) throw new Error(name);
    const { container } = render(view.render());
    const parts = view.within
      ? [...container.querySelectorAll<HTMLElement>(view.within)]
      : [container];
    expect(parts.length).toBeGreaterThan(0);
    for (const part of parts) {
      // The check itself works: the part rendered marked text at all.
      expect(part.textContent).toContain(OPEN);
      expect(bypassing(part)).toEqual([]);
    }
  });

  it('finds a string that bypasses the catalogue', () => {
    const { container } = render(
      <p>
        {'⟦marked⟧'} 1’234.50 <span title="Not marked">CHF</span> Plain words
      </p>,
    );
    expect(bypassing(container)).toEqual([' Plain words', 'title="Not marked"']);
  });
});
