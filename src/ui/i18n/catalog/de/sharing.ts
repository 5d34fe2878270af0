import type { sharing as en } from '../en/sharing';

/** Sharing, saved scenarios, presets, files, layout, form buttons and notices. */
export const sharing: Record<keyof typeof en, string> = {
  'preset.heading': 'Vorlagen',
  'preset.reset': 'Auf Standardwerte zurücksetzen',
  'preset.isvInvestsMore': 'ISV investiert mehr',
  'preset.isvInvestsMore.explanation':
    'Der Aufbau kostet den ISV mehr als doppelt so viel wie VSHN; sobald der Dienst Gewinn abwirft, holt deshalb zuerst der ISV auf (Phase 3), danach teilen beide gleich.',
  'preset.mspInvestsMore': 'MSP investiert mehr',
  'preset.mspInvestsMore.explanation':
    'VSHN leistet den Grossteil der Aufbauarbeit (1’500 Stunden gegenüber 100 beim ISV); sobald der Dienst Gewinn abwirft, holt deshalb zuerst VSHN auf.',
  'preset.equalInvestments': 'Gleiche Investitionen',
  'preset.equalInvestments.explanation':
    'Beide Partner investieren gleich viel und betreiben den Dienst zu denselben Kosten; es gibt nichts nachzuholen: Phase 3 entfällt, und der Gewinn wird hälftig geteilt.',
  'preset.slowStart': 'Langsamer Start',
  'preset.slowStart.explanation':
    'Ein Jahr Aufbau, dann eine Instanz beim Betriebsstart, eine neue Instanz pro Monat und 2 % Wachstum pro Monat: über ein Jahr lang negativer Cashflow, Gewinnschwelle erst im fünften Jahr.',
  'preset.fastGrowth': 'Schnelles Wachstum bis zur Marktgrenze',
  'preset.fastGrowth.explanation':
    'Fünf neue Instanzen pro Monat und 12 % Wachstum pro Monat füllen innerhalb von zwei Jahren nach dem Betriebsstart einen Markt von 150 Instanzen: frühe Gewinnschwelle, danach bleibt der Umsatz an der Obergrenze stehen.',

  'sharing.toolbar': 'Dieses Szenario teilen',
  'sharing.copyLink': 'Link kopieren',
  'sharing.linkCopied': 'Link kopiert',
  'sharing.copyManual': 'Diesen Link kopieren:',

  'file.export': '.json exportieren',
  'file.import': '.json importieren',
  'file.importLabel': 'Eine Szenariodatei importieren',
  'file.imported': '«{name}» importiert.',

  'saved.heading': 'Gespeicherte Szenarien',
  'saved.unavailable':
    'Dieser Browser erlaubt hier kein Speichern von Szenarien. Exportieren Sie sie stattdessen als Dateien.',
  'saved.saveAs': 'Speichern als',
  'saved.untitled': 'Szenario ohne Namen',
  'saved.save': 'Szenario speichern',
  'saved.clash': 'Ein gespeichertes Szenario heisst bereits «{name}».',
  'saved.replace': 'Ersetzen',
  'saved.keepBoth': 'Beide behalten',
  'saved.cancel': 'Abbrechen',
  'saved.saved': '«{name}» gespeichert.',
  'saved.replaced': '«{name}» ersetzt.',
  'saved.savedAnother': 'Ein weiteres «{name}» gespeichert.',
  'saved.restored': '«{name}» wiederhergestellt.',
  'saved.notRestored':
    '«{name}» konnte nicht wiederhergestellt werden: Dieser Browser hat das Speichern verweigert.',
  'saved.undoDelete': 'Löschen von «{name}» rückgängig machen',
  'saved.unreadable':
    '{count, plural, one {# gespeicherter Eintrag konnte nicht gelesen werden; er blieb unverändert:} other {# gespeicherte Einträge konnten nicht gelesen werden; sie blieben unverändert:}}',
  'saved.empty': 'Noch keine gespeicherten Szenarien.',
  'saved.loaded': '«{name}» geladen.',
  'saved.renamed': 'Umbenannt.',
  'saved.duplicated': '«{name}» dupliziert.',
  'saved.deleted': '«{name}» gelöscht.',
  'saved.newName': 'Neuer Name',
  'saved.saveName': 'Namen speichern',
  'saved.load': 'Laden',
  'saved.rename': 'Umbenennen',
  'saved.duplicate': 'Duplizieren',
  'saved.delete': 'Löschen',

  // Why the browser's storage refused a change, and why a stored entry could not be read.
  'saved.problem.full':
    'Der Speicher des Browsers für diese Website ist voll, daher {action, select, save {wurde das Szenario nicht gespeichert} rename {wurde es nicht umbenannt} duplicate {wurde es nicht dupliziert} other {wurde es nicht gelöscht}}. Löschen Sie gespeicherte Szenarien, die Sie nicht mehr brauchen, oder exportieren Sie dieses als Datei.',
  'saved.problem.blocked':
    'Dieser Browser erlaubt hier kein Speichern (sein Speicher ist ausgeschaltet oder nicht verfügbar), daher {action, select, save {wurde das Szenario nicht gespeichert} rename {wurde es nicht umbenannt} duplicate {wurde es nicht dupliziert} other {wurde es nicht gelöscht}}. Exportieren Sie das Szenario stattdessen als Datei.',
  'saved.problem.gone':
    'Dieses gespeicherte Szenario gibt es nicht mehr (vielleicht wurde es in einem anderen Tab gelöscht).',
  'saved.unread.empty': 'er ist leer',
  'saved.unread.damaged': 'er enthält keine lesbaren Daten (beschädigt)',
  'saved.unread.notSaved': 'er ist kein gespeichertes Szenario',
  'saved.unread.newer': 'er wurde von einer neueren Version des Simulators gespeichert',
  'saved.unread.notOurs': 'er ist kein gespeichertes Szenario dieser App',
  'saved.unread.storage': 'der Speicher des Browsers konnte nicht gelesen werden',
  'saved.unread.rejected': 'er ist beschädigt',

  'notice.dismiss': 'Schliessen',

  'gate.empty':
    '{source, select, link {Dieser Link ist leer.} file {Diese Datei ist leer.} other {Dieses gespeicherte Szenario ist leer.}}',
  'gate.tooLong':
    '{source, select, link {Dieser Link ist viel zu lang für ein Szenario ({length} Zeichen) und wurde nicht gelesen.} file {Diese Datei ist viel zu lang für ein Szenario ({length} Zeichen) und wurde nicht gelesen.} other {Dieses gespeicherte Szenario ist viel zu lang ({length} Zeichen) und wurde nicht gelesen.}}',
  'gate.notDecodable':
    '{source, select, link {Dieser Link ist beschädigt: Sein Szenario liess sich nicht entpacken. Vielleicht wurde er beim Kopieren abgeschnitten.} file {Diese Datei ist beschädigt: Ihr Szenario liess sich nicht entpacken. Vielleicht wurde sie beim Kopieren abgeschnitten.} other {Dieses gespeicherte Szenario ist beschädigt und liess sich nicht entpacken.}}',
  'gate.notJson':
    '{source, select, link {Dieser Link enthält keine lesbaren Szenariodaten (kein JSON).} file {Diese Datei enthält keine lesbaren Szenariodaten (kein JSON).} other {Dieses gespeicherte Szenario enthält keine lesbaren Daten (kein JSON).}}',
  'gate.notObject':
    '{source, select, link {Dieser Link enthält kein Szenario.} file {Diese Datei enthält kein Szenario.} other {Dieser gespeicherte Eintrag enthält kein Szenario.}}',
  'gate.noVersion':
    '{source, select, link {Dieser Link nennt keine Version des Szenarioformats und wurde deshalb nicht gelesen.} file {Diese Datei nennt keine Version des Szenarioformats und wurde deshalb nicht gelesen.} other {Dieses gespeicherte Szenario nennt keine Version des Szenarioformats und wurde deshalb nicht gelesen.}}',
  'gate.newerVersion':
    '{source, select, link {Dieser Link stammt aus einer neueren Version des Simulators (Szenarioformat {version}; diese App liest bis Format {readsUpTo}). Öffnen Sie ihn in der neuesten Version der App.} file {Diese Datei stammt aus einer neueren Version des Simulators (Szenarioformat {version}; diese App liest bis Format {readsUpTo}). Öffnen Sie sie in der neuesten Version der App.} other {Dieses gespeicherte Szenario stammt aus einer neueren Version des Simulators (Szenarioformat {version}; diese App liest bis Format {readsUpTo}). Öffnen Sie es in der neuesten Version der App.}}',
  'gate.unknownVersion':
    '{source, select, link {Dieser Link verwendet eine Version des Szenarioformats, die diese App nicht kennt, und wurde deshalb nicht gelesen.} file {Diese Datei verwendet eine Version des Szenarioformats, die diese App nicht kennt, und wurde deshalb nicht gelesen.} other {Dieses gespeicherte Szenario verwendet eine Version des Szenarioformats, die diese App nicht kennt, und wurde deshalb nicht gelesen.}}',
  'gate.unreadable':
    '{source, select, link {Dieser Link liess sich nicht als Szenario lesen.} file {Diese Datei liess sich nicht als Szenario lesen.} other {Dieses gespeicherte Szenario liess sich nicht lesen.}}',
  'gate.fallbackDefault': 'Die App zeigt stattdessen das Standardszenario.',
  'gate.fallbackKept': 'Das aktuelle Szenario wurde beibehalten.',
  'gate.refused': '{problem} {fallback}',
  'gate.replaced':
    '{source, select, link {Dieser Link hatte {count, plural, one {einen ungültigen Wert; er wurde} other {# ungültige Werte; sie wurden}} durch den Standardwert ersetzt: {labels}.} file {Diese Datei hatte {count, plural, one {einen ungültigen Wert; er wurde} other {# ungültige Werte; sie wurden}} durch den Standardwert ersetzt: {labels}.} other {Dieses gespeicherte Szenario hatte {count, plural, one {einen ungültigen Wert; er wurde} other {# ungültige Werte; sie wurden}} durch den Standardwert ersetzt: {labels}.}}',
  'gate.ignored':
    '{source, select, link {Dieser Link enthielt Felder, die diese App nicht kennt; sie wurden ignoriert.} file {Diese Datei enthielt Felder, die diese App nicht kennt; sie wurden ignoriert.} other {Dieses gespeicherte Szenario enthielt Felder, die diese App nicht kennt; sie wurden ignoriert.}}',
  'gate.replacedField': '{label}: {message}.',
  // A replaced field: its name (partner fields with their section) and its problem's words.
  'gate.fieldOfSection': '{field} ({section})',
  'gate.notGroup': '{section} ist keine Gruppe von Feldern',
  'gate.invalidValue': '{label} hat einen ungültigen Wert',
  'gate.invalidCurrency': '{label} muss aus drei Grossbuchstaben A–Z bestehen, wie CHF',
  'gate.withDefault': '{problem}, auch mit dem Standardwert für {field}',
  'gate.ignoredField': 'Unbekanntes Feld «{key}» wurde ignoriert.',
};
