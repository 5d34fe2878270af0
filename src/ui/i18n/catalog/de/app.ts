import type { app as en } from '../en/app';

/** The header, run status, language and history. */
export const app: Record<keyof typeof en, string> = {
  'header.title': 'Servala Partnerschafts-Simulator',
  'header.tagline': 'Wie VSHN und ein Softwarehersteller den Umsatz teilen, Phase für Phase',
  'header.language': 'Sprache / Language',
  'language.de': 'Deutsch',
  'language.en': 'English',
  'status.ok': 'Aktuell',
  'status.failed': 'Berechnung fehlgeschlagen',
  'status.updating': 'Wird berechnet…',
  'status.invalid': 'Angezeigt: die letzten gültigen Eingaben',
  'history.group': 'Verlauf',
  'history.undo': 'Rückgängig',
  'history.undoTitle': 'Letzte Änderung rückgängig machen (Ctrl+Z)',
  'history.redo': 'Wiederholen',
  'history.redoTitle': 'Wiederholen (Shift+Ctrl+Z)',
};
