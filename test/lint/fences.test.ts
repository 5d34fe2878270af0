import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layer fences are lint rules; these tests inject a wrong-way import into a real module's
 * text and check that the lint refuses it for that reason (and accepts the module as it is).
 */
const eslint = new ESLint();

async function rulesHit(file: string, extraImport: string): Promise<string[]> {
  const text = `${extraImport}\n${readFileSync(file, 'utf8')}`;
  const [result] = await eslint.lintText(text, { filePath: file });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

// Type-aware linting builds a TypeScript program first: slow on a busy machine, not a speed test.
describe('the layer fences', { timeout: 300_000 }, () => {
  it.each([
    ['src/engine/rounding.ts', "import '../ui/App';", 'engine → ui'],
    ['src/engine/rounding.ts', "import './../state/index';", 'engine → state, via ./../'],
    ['src/url/gate.ts', "import '../state/index';", 'url → state'],
    ['src/worker/wire.ts', "import '../ui/App';", 'worker → ui'],
    ['src/state/store.ts', "import '../ui/App';", 'state → ui'],
    ['src/state/store.ts', "import '../url/codec';", 'state → url'],
    ['src/state/store.ts', "import '../app/index';", 'state → app'],
    ['src/ui/App.tsx', "import '../app/index';", 'ui → app'],
  ])('refuses %s importing %s (%s)', async (file, line) => {
    expect(await rulesHit(file, line)).toContain('import-x/no-restricted-paths');
  });

  it('refuses zod imported other than through src/engine/zod.ts (jitless, for the CSP)', async () => {
    expect(await rulesHit('src/engine/schema.ts', "import { z as raw } from 'zod';")).toContain(
      '@typescript-eslint/no-restricted-imports',
    );
    expect(await rulesHit('src/engine/zod.ts', '')).toEqual([]);
  });

  it('accepts the modules as they are', async () => {
    for (const file of ['src/engine/rounding.ts', 'src/url/gate.ts', 'src/state/store.ts']) {
      expect(await rulesHit(file, '')).toEqual([]);
    }
  });
});
