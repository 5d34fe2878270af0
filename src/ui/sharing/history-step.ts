/**
 * Marks a scenario change the user makes in one step (a preset, a loaded or imported scenario, a
 * reset): while it runs, `isHistoryStep()` is true, so the address gets a browser history entry
 * for it and Back returns to the scenario before. Typing never does (one entry per keystroke
 * would make Back useless).
 */
let stepping = false;

export function asHistoryStep(change: () => void): void {
  stepping = true;
  try {
    change();
  } finally {
    stepping = false;
  }
}

export function isHistoryStep(): boolean {
  return stepping;
}
