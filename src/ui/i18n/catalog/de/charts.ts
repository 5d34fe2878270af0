import type { charts as en } from '../en/charts';

/** Charts, phase timeline, playback, presentation and PNG export. */
export const charts: Record<keyof typeof en, string> = {
  'phase.1.name': 'Investition',
  'phase.1.rule':
    'Beide Partner tragen vor dem Betriebsstart Aufbau- und laufende Kosten, und noch wird nichts verdient: Die Investition beider wächst.',
  'phase.2.name': 'Negativer Cashflow',
  'phase.2.rule':
    'Der Dienst läuft, bringt aber weniger ein, als er kostet: Der Umsatz wird anteilig zu den monatlichen Kosten jedes Partners geteilt, und beide tragen den Fehlbetrag fair.',
  'phase.3.name': 'Ungleiche Investitionen',
  'phase.3.rule':
    'Der Umsatz deckt jetzt die Kosten: Jeder Partner erhält seine Kosten zurück, und der ganze Gewinn geht an den Partner mit der grösseren Unterdeckung, bis beide gleich viel verloren haben.',
  'phase.4.name': 'Ausgeglichene Investitionen',
  'phase.4.rule':
    'Beide Partner haben gleich viel verloren: Der Gewinn wird hälftig geteilt, und sie erreichen die Gewinnschwelle gemeinsam.',
  'phase.5.name': 'Netto positiv',
  'phase.5.rule':
    'Beide Investitionen sind amortisiert: Der Umsatz jedes Monats wird anteilig zu den Kosten dieses Monats geteilt, so erzielen beide Partner in jedem Monat dieselbe Marge.',
  'phase.title': 'Phase {phase} · {name}',
  'phase.titleComma': 'Phase {phase}, {name}',
  'phase.legend': 'Phasen',
  'phase.starts': 'Phase {phase} beginnt: {name}',

  'timeline.group': 'Phasen Monat für Monat',
  'timeline.bandHidden': 'Phase {phase}:',
  'timeline.from': 'ab Monat {month}',
  'timeline.rangeOne': 'Monat {month}',
  'timeline.rangeMany': 'Monate {start}–{end}',
  'timeline.whenBefore':
    '{range}, Beginn {months, plural, one {# Monat} other {# Monate}} vor dem Betriebsstart',
  'timeline.whenGoLive': '{range}, Beginn im Monat des Betriebsstarts',
  'timeline.whenOperation': '{range}, Beginn im Betriebsmonat {n}',
  'timeline.legend': 'Startmonate der Phasen',
  'timeline.legendItem':
    '{phase} {name}: {count, plural, one {Monat {months}} other {Monate {months}}}',
  'timeline.legendMore':
    '{phase} {name}: Monate {months} und {more, plural, one {# weiterer} other {# weitere}}',

  'chart.legend': 'Legende',
  'chart.month': 'Monat',
  'chart.plotHint': '{title}: Mit den Pfeiltasten die Zahlen Monat für Monat lesen',
  'chart.plotHintZoom':
    '{title}: Mit den Pfeiltasten die Zahlen Monat für Monat lesen, mit Plus und Minus zoomen',
  'chart.showTable': 'Als Tabelle zeigen',
  'chart.tableAll': '{title}: die genauen Zahlen jedes Monats.',
  'chart.tableSome':
    '{title}: genaue Zahlen für Monat 1, jedes Jahresende, den letzten Monat, den ersten Monat jeder Phase und die Monate der Gewinnschwelle ({shown} von {months} Monaten; die Monatstabelle enthält jeden Monat).',
  'chart.tableRoundedAll': '{title}: jeder Monat, auf drei signifikante Stellen gerundet.',
  'chart.tableRoundedSome':
    '{title}: {shown} von {months} Monaten (Monat 1, jedes Jahresende und der letzte Monat), auf drei signifikante Stellen gerundet.',
  'chart.tableRegion': '{title}: Tabelle',
  'chart.colMonth': 'Monat',
  'chart.colPhase': 'Phase',
  'chart.colNote': 'Hinweis',
  'chart.tipMonth': 'Monat {month}',
  'chart.tipRevenue': 'Umsatz {amount}',
  'chart.tipFigure': 'Kennzahl',
  'chart.tipShare': 'Anteil',
  'chart.tipCost': 'Kosten',
  'chart.tipMargin': 'Marge',
  'chart.tipPosition': 'Saldo',
  'chart.tipStock': 'Instanzbestand {count}',
  'chart.tipBilled': 'Verrechnete Instanzen {count}',
  'chart.tipPrice': 'Preis {amount}',
  'chart.markerBoth': 'Beide erreichen die Gewinnschwelle · Monat {month}',
  'chart.markerPartner': '{who} erreicht die Gewinnschwelle · Monat {month}',
  'chart.markerTogether': 'Beide über null · Monat {month}',
  // Where the full label does not fit beside its line (a phone).
  'chart.markerBothShort': 'Beide · Monat {month}',
  'chart.markerPartnerShort': '{who} · Monat {month}',
  'chart.markerTogetherShort': 'Beide > 0 · Monat {month}',
  'chart.positionTitle': 'Zeitachse der Umsatzteilung: wo jeder Partner steht',
  'chart.positionAxis': 'Kumulierter Saldo ({currency})',
  'chart.positionColumn': 'Saldo {who}',
  'chart.splitTitle': 'Monatliche Umsatzteilung: Anteil jedes Partners und seine Kosten',
  'chart.splitAxis': 'Pro Monat ({currency})',
  'chart.revenue': 'Umsatz',
  'chart.share': 'Anteil {who}',
  'chart.costs': 'Kosten {who}',
  'chart.marginTitle': 'Monatliche Marge jedes Partners',
  'chart.marginAxis': 'Marge (Gewinn ÷ Anteil)',
  'chart.marginColumn': 'Marge {who}',
  'chart.marginClipped': 'Margen unter {floor} werden bei {floor} gezeichnet.',
  'chart.instancesTitle': 'Instanzen im Zeitverlauf',
  'chart.instancesAxis': 'Instanzen',
  'chart.stock': 'Instanzbestand',
  'chart.billed': 'Verrechnete Instanzen',
  'chart.cap': 'Obergrenze ({count})',

  'chart.beBoth': '{a} und {b} erreichen beide in Monat {month} die Gewinnschwelle',
  'chart.beEach': '{a} erreicht die Gewinnschwelle in Monat {ma} und {b} in Monat {mb}',
  'chart.beOne':
    '{a} erreicht die Gewinnschwelle in Monat {month}; {b} nicht innerhalb von {horizon} Monaten',
  'chart.beNone': 'Kein Partner erreicht die Gewinnschwelle innerhalb von {horizon} Monaten',
  'chart.beTogether': '{clause}; gemeinsam über null sind beide ab Monat {month}',
  'chart.exposureNone': 'keiner der Partner hat je eine Unterdeckung',
  'chart.exposureNever':
    '{first} hat die grösste Unterdeckung in Monat {month} mit {amount} ({second} hat nie eine)',
  'chart.exposure':
    '{first} hat die grösste Unterdeckung in Monat {month} mit {amount} ({second} höchstens {amount2} in Monat {month2})',
  'chart.positionSummary':
    '{breakEven}; {exposure}. Nach {horizon} Monaten steht {a} bei {amountA} und {b} bei {amountB}.',
  'chart.marginNone':
    'Die Margen haben sich nicht angeglichen: Die Partner sind innerhalb von {horizon} Monaten nicht beide amortisiert (Phase 5).',
  'chart.marginSummary':
    'Ab Monat {month}, wenn beide Investitionen amortisiert sind, wird der Umsatz jedes Monats anteilig zu den Kosten dieses Monats geteilt, so erzielen beide Partner in jedem Monat dieselbe Marge; über alle Monate der Phase 5 zusammen erzielt {a} {pa} und {b} {pb} seines Umsatzes, weil sich die Zusammensetzung der Kosten ändert.',
  'chart.ruleFrom2':
    'ab Monat {month} wird der Umsatz anteilig zu den Kosten jedes Partners geteilt',
  'chart.ruleFrom3':
    'ab Monat {month} erhält der Partner mit der grösseren Unterdeckung den ganzen Gewinn, bis beide gleich viel verloren haben',
  'chart.ruleFrom4': 'ab Monat {month} wird der Gewinn hälftig geteilt',
  'chart.ruleFrom5':
    'ab Monat {month} folgt der Umsatz den Kosten jedes Monats, so erzielen beide in jedem Monat dieselbe Marge',
  'chart.splitNone': 'Innerhalb von {months} Monaten wird kein Umsatz erzielt.',
  'chart.splitSummary':
    '{rules}. In Monat {month} erhält {a} {shareA} (Kosten {costA}) und {b} {shareB} (Kosten {costB}) von {revenue} Umsatz.',
  'chart.instancesSummary':
    'Nach {months} Monaten beträgt der Instanzbestand {stock}; höchstens {peak} Instanzen werden verrechnet, erstmals in Monat {month}.',
  'chart.instancesBelowCap': 'Der Bestand bleibt unter der Obergrenze von {cap} Instanzen.',
  'chart.instancesCap': 'Der Bestand erreicht die Obergrenze von {cap} Instanzen in Monat {month}.',

  'zoom.group': 'Zeitachse zoomen',
  'zoom.fit': 'Bis zur ersten Gewinnschwelle',
  'zoom.whole': 'Ganzer Zeitraum',
  'zoom.in': 'Vergrössern',
  'zoom.inTitle': 'Vergrössern (+ im Diagramm, oder Ctrl/⌘ und Mausrad)',
  'zoom.out': 'Verkleinern',
  'zoom.outTitle': 'Verkleinern (− im Diagramm, oder Ctrl/⌘ und Mausrad)',
  'zoom.earlier': 'Frühere Monate',
  'zoom.later': 'Spätere Monate',
  'zoom.all': 'Alle {months} Monate',
  'zoom.range': 'Monate {first}–{last} von {months}',
  'zoom.hint': ' · zum Zoomen über das Diagramm ziehen oder Ctrl/⌘ halten und das Mausrad drehen',

  'playback.group': 'Wiedergabe der Zeitachse',
  'playback.play': 'Abspielen',
  'playback.pause': 'Pause',
  'playback.playAgain': 'Ab Monat 1 abspielen',
  'playback.month': 'Monat {month} von {months}',
  'playback.valueText': 'Monat {month} von {months}, Phase {phase}, {name}',
  'playback.speed': 'Tempo',
  'playback.reached': 'Erreichte Gewinnschwellen',

  'present.button': 'Präsentieren',
  'present.fallbackTitle': 'Servala-Partnerschaft',
  'present.subtitle': 'Umsatzteilung in fünf Phasen',
  'present.exit': 'Beenden',
  'present.wait': 'Wird berechnet …',
  'present.sliders': 'Annahmen',
  'present.side': 'Kennzahlen',
  'present.back': 'Zurück zur Seite',
  'present.what': 'Die Präsentation',
  'present.sliderLabel': '{who}: {field}',
  'present.notBoth': 'Noch nicht beide amortisiert',
  'present.bothBreakEven': 'Beide Partner erreichen die Gewinnschwelle in Monat {month}',
  'present.now': 'Monat {month}: {phase}',
  'present.positions': 'Wo jeder Partner Ende Monat {month} steht',
  'present.bandLegend': 'Phasenbänder',
  'present.riskFan': 'Risikofächer über dem Verlauf (P10–P90)',
  'present.riskFanRuns':
    '{runs, plural, one {Nach {months} Monaten, über # Durchlauf:} other {Nach {months} Monaten, über # Durchläufe:}}',
  'present.riskFanNone':
    'Legen Sie unter Analyse → Risiko Spannen fest, um hier den Risikofächer zu zeigen.',
  'present.riskFanOther':
    'Die Risikozahlen gelten für andere Eingaben: unter Analyse → Risiko neu berechnen.',

  'png.button': 'PNG',
  'png.saving': 'Wird gespeichert …',
  'png.label': 'PNG herunterladen: {title}',
  'png.noChart': 'Noch kein Diagramm zum Speichern.',
  'png.failed': 'Das Bild konnte nicht gespeichert werden.',
  'png.drawFailed': 'Das Diagramm konnte nicht als Bild gezeichnet werden.',
  'png.noCanvas': 'Dieser Browser kann keine Bilder zeichnen.',
};
