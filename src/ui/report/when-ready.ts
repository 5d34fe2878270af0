/**
 * Resolves once the report is worth printing: fonts loaded, nothing marked busy (the fixed-split
 * comparison is computed in a worker) and two frames drawn. Gives up waiting after `timeoutMs`:
 * a slow comparison must not block printing everything else.
 */
export async function whenReportReady(root: HTMLElement, timeoutMs = 4000): Promise<void> {
  await document.fonts?.ready;
  const start = performance.now();
  while (performance.now() - start < timeoutMs && !isSettled(root)) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

function isSettled(root: HTMLElement): boolean {
  if (root.querySelector('[aria-busy="true"]')) return false;
  const compare = root.querySelector('[data-testid="compare-panel"]');
  // The comparison shows its table (or an error) once the worker has answered.
  return !compare || compare.querySelector('table, [role="alert"]') !== null;
}
