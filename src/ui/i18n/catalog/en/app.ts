/** The header, run status, language and history. */
export const app = {
  'header.title': 'Servala partnership simulator',
  'header.tagline': 'How VSHN and a software vendor share revenue, phase by phase',
  'header.language': 'Sprache / Language',
  'language.de': 'Deutsch',
  'language.en': 'English',
  'status.ok': 'Up to date',
  'status.failed': 'Calculation failed',
  'status.updating': 'Updating…',
  'status.invalid': 'Showing the last valid inputs',
  'history.group': 'History',
  'history.undo': 'Undo',
  'history.undoTitle': 'Undo the last change (Ctrl+Z)',
  'history.redo': 'Redo',
  'history.redoTitle': 'Redo (Shift+Ctrl+Z)',
} as const;
