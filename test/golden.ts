import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The one place that knows where the shared golden vectors live: `../shared/golden` beside the
 * checkout (also in CI). SHARED_DIR overrides it for unusual layouts.
 */
const here = dirname(fileURLToPath(import.meta.url));
export const goldenDir = resolve(
  process.env.SHARED_DIR ?? join(here, '..', '..', 'shared'),
  'golden',
);

if (!existsSync(goldenDir)) {
  throw new Error(
    `Golden vectors not found at ${goldenDir}: check out ../shared beside the repo or set SHARED_DIR`,
  );
}

export interface GoldenVector {
  file: string;
  description: string;
  scenario: unknown;
  expected: unknown;
}

export interface RejectionVector {
  file: string;
  description: string;
  input: unknown;
  paths: string[];
}

function readJsonFiles(dir: string): { file: string; data: Record<string, unknown> }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({
      file,
      data: JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>,
    }));
}

function vectorsIn(dir: string): GoldenVector[] {
  return readJsonFiles(dir).map(({ file, data }) => ({
    file,
    description: String(data.description),
    scenario: data.scenario,
    expected: data.expected,
  }));
}

function rejectionsIn(dir: string): RejectionVector[] {
  return readJsonFiles(join(dir, 'invalid')).map(({ file, data }) => ({
    file,
    description: String(data.description),
    input: data.input,
    paths: data.paths as string[],
  }));
}

/** Format-1 scenarios and rejections (spec section 8). */
export const goldenVectors = (): GoldenVector[] => vectorsIn(goldenDir);
export const rejectionVectors = (): RejectionVector[] => rejectionsIn(goldenDir);

/** Format-2 scenarios and rejections (spec section 11), in golden/v2. */
export const goldenV2Dir = join(goldenDir, 'v2');
export const goldenV2Vectors = (): GoldenVector[] => vectorsIn(goldenV2Dir);
export const rejectionV2Vectors = (): RejectionVector[] => rejectionsIn(goldenV2Dir);

/** Risk analyses (spec sections 10 and 11), in golden/risk: `expected` is the risk result. */
export const goldenRiskDir = join(goldenDir, 'risk');
export const goldenRiskVectors = (): GoldenVector[] => vectorsIn(goldenRiskDir);

/** The raw text of one golden file, e.g. for feeding the command-line simulator. */
export function goldenPath(file: string): string {
  return join(goldenDir, file);
}
