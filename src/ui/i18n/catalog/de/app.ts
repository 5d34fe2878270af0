import type { app as en } from '../en/app';

/** The header, run status, language and history. */
export const app: Record<keyof typeof en, string> = {
  'header.title': 'Servala Partnerschafts-Simulator',
  'header.tagline': 'Wie VSHN und ein Softwarehersteller den Umsatz teilen, Phase für Phase',
  'header.language': 'Sprache / Language',
  'language.de': 'Deutsch',
  'language.en': 'English',
  'app.tabTitle': '{name} · Servala Partnerschafts-Simulator',
  'status.ok': 'Aktuell',
  'status.okTitle': 'Die gezeigten Zahlen gehören zu den Eingaben, wie sie jetzt sind.',
  'status.updatingTitle':
    'Bis die Berechnung fertig ist, gehören die gezeigten Zahlen zu den vorherigen Eingaben.',
  'status.invalidTitle':
    'Ein Feld enthält einen Wert, den das Modell nicht annimmt; die Zahlen gehören zu den letzten gültigen Eingaben.',
  'status.failed': 'Berechnung fehlgeschlagen',
  'status.updating': 'Wird berechnet…',
  'status.invalid': 'Angezeigt: die letzten gültigen Eingaben',
  'history.group': 'Verlauf',
  'history.undo': 'Rückgängig',
  'history.undoTitle': 'Letzte Änderung rückgängig machen (Ctrl+Z)',
  'history.redo': 'Wiederholen',
  'history.redoTitle': 'Wiederholen (Shift+Ctrl+Z)',

  'layout.sectionFailed': '{what} konnte nicht angezeigt werden.',
  'layout.sectionUnaffected': 'Ihre Eingaben und der Rest der Seite sind nicht betroffen.',
  'layout.details': 'Details',
  'layout.tryAgain': 'Erneut versuchen',
  'layout.runFailed':
    'Die Berechnung ist fehlgeschlagen: {message}. Die Zahlen unten stammen von den letzten Eingaben, die funktioniert haben.',
  'layout.inputs': 'Eingaben',
  'layout.results': 'Ergebnisse',
  'layout.what.presets': 'Die Vorlagen',
  'layout.what.form': 'Das Eingabeformular',
  'layout.what.saved': 'Die gespeicherten Szenarien',
  'layout.what.analysis': 'Die Analyse',
  'layout.what.table': 'Die Monatstabelle',

  'offline.what': 'Der Hinweis auf eine neue Version',
  'offline.available': 'Eine neue Version ist verfügbar.',
  'offline.reload': 'Neu laden',
  'offline.later': 'Später',
};
