import type { analysis as en } from '../en/analysis';

/** Sensitivity, goal seek, compare scenarios, risk and the fixed-split comparison. */
export const analysis: Record<keyof typeof en, string> = {
  'analysis.title': 'Analyse',
  'analysis.tabSensitivity': 'Sensitivität',
  'analysis.tabGoalSeek': 'Zielwertsuche',
  'analysis.tabCompare': 'Szenarien vergleichen',
  'analysis.tabRisk': 'Risiko',
  'analysis.loading': 'Wird geladen…',
  'analysis.cancel': 'Abbrechen',
  'analysis.progressRuns': '{label}: {done} von etwa {total} Berechnungen',
  'analysis.progressStarting': '{label}: startet',
  'analysis.hours': '{value} h',
  'analysis.percent': '{value} %',
  'analysis.showTable': 'Als Tabelle zeigen',
  'analysis.hideTable': 'Tabelle ausblenden',
  'analysis.tableOf': '{title}: Tabelle',

  'sensitivity.pctLabel': 'Jede Eingabe verschieben um ± (%)',
  'sensitivity.metricLabel': 'Veränderung zeigen bei',
  'sensitivity.pctError':
    'Geben Sie einen Prozentsatz über 0 und höchstens 100 ein, mit höchstens zwei Dezimalstellen.',
  'sensitivity.progress': 'Sensitivität wird neu berechnet',
  'sensitivity.failed': 'Die Sensitivitätsanalyse ist fehlgeschlagen: {message}',
  'sensitivity.cancelled': 'Abgebrochen: Das Diagramm unten gilt für eine frühere Eingabe.',
  'sensitivity.computing': 'Sensitivität wird berechnet…',
  'sensitivity.headingBreakEven':
    'Was den Break-even-Monat der Partnerschaft am stärksten verschiebt',
  'sensitivity.headingPosition': 'Was den Schlusssaldo von {who} am stärksten verändert',
  'sensitivity.baseBreakEven':
    'Heute erreicht die Partnerschaft die Gewinnschwelle in Monat {month}.',
  'sensitivity.baseNever':
    'Heute erreicht die Partnerschaft die Gewinnschwelle innerhalb des Zeitraums nie.',
  'sensitivity.basePosition':
    'Heute beendet {who} den Zeitraum mit einem Schlusssaldo von {amount}.',
  'sensitivity.baseMethod':
    'Jede Eingabe wird um {pct} nach unten und nach oben verschoben (auf ihre Genauigkeit gerundet, innerhalb ihres zulässigen Bereichs).',
  'sensitivity.noChange': 'keine Veränderung (Monat {month})',
  'sensitivity.later':
    '{n, plural, one {Monat {month}: # Monat später als Monat {base}} other {Monat {month}: # Monate später als Monat {base}}}',
  'sensitivity.earlier':
    '{n, plural, one {Monat {month}: # Monat früher als Monat {base}} other {Monat {month}: # Monate früher als Monat {base}}}',
  'sensitivity.lost':
    'erreicht die Gewinnschwelle innerhalb des Zeitraums nicht mehr (bisher Monat {base})',
  'sensitivity.gained': 'erreicht die Gewinnschwelle jetzt, in Monat {month}',
  'sensitivity.stillNever': 'erreicht die Gewinnschwelle innerhalb des Zeitraums weiterhin nie',
  'sensitivity.money': '{value} ({delta})',
  'sensitivity.barLater': '+{n} Mt.',
  'sensitivity.barEarlier': '−{n} Mt.',
  'sensitivity.barNever': 'nie',
  'sensitivity.barGained': 'Monat {month}',
  'sensitivity.axisEarlier': '← früher',
  'sensitivity.axisLater': 'später →',
  'sensitivity.axisLess': '← weniger',
  'sensitivity.axisMore': 'mehr →',
  'sensitivity.chartLabel': 'Tornado-Diagramm: {heading}',
  'sensitivity.barTitle':
    '{input} {side, select, low {−} other {+}}{pct}: {value}{clamped, select, yes { (durch die Grenzen des Felds beschränkt)} other {}}',
  'sensitivity.barAria': '{title} → {detail}',
  'sensitivity.legendLow': 'Eingabe −{pct}',
  'sensitivity.legendHigh': 'Eingabe +{pct}',
  'sensitivity.legendNever': 'Gewinnschwelle verloren oder gewonnen',
  'sensitivity.hint':
    'Zeigen Sie auf einen Balken, oder fokussieren Sie das Diagramm (Tab) und gehen Sie mit den Pfeiltasten von Balken zu Balken, um die genauen Zahlen zu sehen.',
  'sensitivity.summary':
    '{count, plural, one {# Eingabe} other {# Eingaben}}, die grösste Wirkung zuerst. {input} wirkt am stärksten: bei −{pct} {low}; bei +{pct} {high}.',
  'sensitivity.tableCaption': '{title}: die genauen Zahlen jedes Balkens.',
  'sensitivity.colInput': 'Eingabe',
  'sensitivity.colValue': 'Wert bei {side, select, low {−} other {+}}{pct}',
  'sensitivity.colEffect': 'Wirkung von {side, select, low {−} other {+}}{pct}',

  'goalSeek.which': 'Welche Eingabe',
  'goalSeek.byMonth': 'Gewinnschwelle bis Monat',
  'goalSeek.find': 'Wert finden',
  'goalSeek.monthError':
    'Geben Sie eine Monatszahl ein (der Betriebsstart ist in Monat {goLive}, der Zeitraum endet in Monat {horizon}).',
  'goalSeek.progress': 'Suche läuft',
  'goalSeek.cancelledChanged':
    'Zielwertsuche abgebrochen: Das Szenario hat sich während der Suche geändert. Starten Sie sie für das neue Szenario erneut.',
  'goalSeek.cancelled': 'Zielwertsuche abgebrochen.',
  'goalSeek.failed': 'Die Zielwertsuche ist fehlgeschlagen: {message}',
  'goalSeek.applied':
    'Übernommen: {input} ist jetzt {value}; die Partnerschaft erreicht die Gewinnschwelle in Monat {month}.',
  'goalSeek.changed':
    'Das Szenario hat sich seither geändert: Starten Sie die Zielwertsuche erneut, um eine passende Antwort zu erhalten.',
  'goalSeek.apply': '{value} ins Szenario übernehmen',
  'goalSeek.reached':
    '{input}: {value} ist {which, select, largest {der grösste} other {der kleinste}} Wert, mit dem die Gewinnschwelle bis Monat {target} erreicht wird (sie wird in Monat {month} erreicht).',
  'goalSeek.unreachableNever':
    'Im zulässigen Bereich nicht erreichbar (die Partnerschaft erreicht die Gewinnschwelle innerhalb des Zeitraums nie).',
  'goalSeek.unreachableBest':
    'Im zulässigen Bereich nicht erreichbar (bestenfalls Monat {month}, mit {value}).',
  'goalSeek.tooEarly':
    'Die Partnerschaft kann die Gewinnschwelle frühestens in Monat {goLive} erreichen, dem Monat des Betriebsstarts.',
  'goalSeek.outOfRange': 'Wählen Sie einen Monat von {goLive} bis {horizon} (Ende des Zeitraums).',
  'goalSeek.checkNeighbour':
    'Geprüft: Mit {value} würde die Gewinnschwelle bis Monat {target} nicht erreicht.',
  'goalSeek.checkBound': 'Geprüft: Dies ist das Ende des zulässigen Bereichs.',
  'goalSeek.nowMonth':
    'Jetzt: {value}, die Partnerschaft erreicht die Gewinnschwelle in Monat {month}.',
  'goalSeek.nowNever': 'Jetzt: {value}, die Partnerschaft erreicht die Gewinnschwelle nie.',

  'compareScenarios.pinCurrent': 'Aktuelles Szenario anheften',
  'compareScenarios.currentTitle': '{name} ({time})',
  'compareScenarios.currentUnnamed': 'Aktuelles Szenario ({time})',
  'compareScenarios.addSaved': 'Gespeichertes Szenario hinzufügen',
  'compareScenarios.noSaved': 'Keine gespeicherten Szenarien',
  'compareScenarios.choose': 'Auswählen…',
  'compareScenarios.addPreset': 'Vorlage hinzufügen',
  'compareScenarios.presetTitle': 'Vorlage: {title}',
  'compareScenarios.full': 'Höchstens {max} Szenarien: Lösen Sie zuerst eines.',
  'compareScenarios.duplicate': 'Dieses Szenario ist bereits angeheftet.',
  'compareScenarios.empty':
    'Heften Sie bis zu drei Szenarien an, um sie zu vergleichen: das aktuelle (so, wie es jetzt ist), gespeicherte oder Vorlagen.',
  'compareScenarios.pinned': 'Angeheftete Szenarien',
  'compareScenarios.unpin': 'Lösen',
  'compareScenarios.unpinName': '{title} lösen',
  'compareScenarios.progress': 'Die angehefteten Szenarien werden simuliert',
  'compareScenarios.failed': 'Der Vergleich ist fehlgeschlagen: {message}',
  'compareScenarios.kpiCaption': 'Kennzahlen (Unterschiede zu {first})',
  'compareScenarios.figure': 'Kennzahl',
  'compareScenarios.sameInputs': 'Die angehefteten Szenarien haben dieselben Eingaben.',
  'compareScenarios.inputsCaption': 'Eingaben, die sich unterscheiden',
  'compareScenarios.input': 'Eingabe',
  'compareScenarios.chartTitle': 'Verläufe der Umsatzteilung: Saldo jedes Partners',
  'compareScenarios.lineBreaksEven':
    '{title}: Die Partnerschaft erreicht die Gewinnschwelle in Monat {month}.',
  'compareScenarios.lineNever': '{title}: Die Partnerschaft erreicht die Gewinnschwelle nie.',
  'compareScenarios.chartSummary': 'Salden über die Zeit. {lines}',
  'compareScenarios.axisMonth': 'Monat',
  'compareScenarios.yLabel': 'Saldo ({currency})',
  'compareScenarios.lineLabel': '{title}: {partner}',
  'compareScenarios.tooltipHead': 'Monat {month} · Salden am Monatsende',
  // The cost items that differ between the pinned scenarios.
  'compareScenarios.items.caption': 'Kostenposten, die sich unterscheiden (gegenüber {first})',
  'compareScenarios.items.item': 'Kostenposten',
  'compareScenarios.items.added': 'Hinzugefügt',
  'compareScenarios.items.changed': 'Geändert',
  'compareScenarios.items.removed': 'Nicht in diesem Szenario (entfernt)',
  'compareScenarios.items.absent': 'Nicht in diesem Szenario',
  'compareScenarios.items.field': '{field}: {value}',
  'compareScenarios.items.partnerRate': 'Partnersatz ({rate})',
  'compareScenarios.items.money':
    'Initialisierung {init}, {fixed} pro Monat, {unit} pro Instanz und Monat',

  'fixedSplit.title': 'Verglichen mit einer festen Aufteilung',
  'fixedSplit.intro':
    'Eine feste Aufteilung gibt {isv} jeden Monat denselben Prozentsatz des Umsatzes und {msp} den Rest, unabhängig davon, wie viel jeder investiert hat. Gleiche Kosten, gleicher Umsatz: Nur die Teilung unterscheidet sich.',
  'fixedSplit.error': 'Der Vergleich konnte nicht berechnet werden: {message}',
  'fixedSplit.caption': 'Fünf-Phasen-Modell und feste Aufteilung, je Partner',
  'fixedSplit.fivePhase': 'Fünf Phasen',
  'fixedSplit.fixedPct': 'Fest {pct}',
  'fixedSplit.fixedSplit': 'Feste Aufteilung',
  'fixedSplit.monthsShown': 'Im Diagramm gezeigte Monate',
  'fixedSplit.focusMonths': 'Monate 1–{months}',
  'fixedSplit.allMonths': 'Alle {months} Monate',
  'fixedSplit.computing': 'Feste Aufteilung wird berechnet…',
  'fixedSplit.name':
    'einer festen Aufteilung ({isv} {isvPct}, {msp} {mspPct} des Umsatzes jedes Monats)',
  'fixedSplit.verdictEqual':
    'Mit {split} stehen beide Partner nach den {months} Monaten genau dort, wo das Fünf-Phasen-Modell sie lässt.',
  'fixedSplit.verdict':
    'Mit {split} steht {winner} nach den {months} Monaten um {amount} besser da und {loser} um {amount} schlechter als im Fünf-Phasen-Modell.',
  'fixedSplit.neverBoth': '{who} erreicht die Gewinnschwelle nie, wie im Fünf-Phasen-Modell',
  'fixedSplit.neverSplit':
    '{who} erreicht die Gewinnschwelle nie (im Fünf-Phasen-Modell in Monat {model})',
  'fixedSplit.neverModel':
    '{who} erreicht die Gewinnschwelle in Monat {split} (im Fünf-Phasen-Modell nie)',
  'fixedSplit.sameMonth': '{who} erreicht die Gewinnschwelle in Monat {split}, wie bisher',
  'fixedSplit.movedMonth':
    '{n, plural, one {{who} erreicht die Gewinnschwelle in Monat {split} statt {model} {way, select, later {(# Monat später)} other {(# Monat früher)}}} other {{who} erreicht die Gewinnschwelle in Monat {split} statt {model} {way, select, later {(# Monate später)} other {(# Monate früher)}}}}',
  'fixedSplit.exposureSame': '{who} {amount} (gleich)',
  'fixedSplit.exposureMore': '{who} {amount} ({delta} mehr)',
  'fixedSplit.exposureLess': '{who} {amount} ({delta} weniger)',
  'fixedSplit.detail':
    'Bei der festen Aufteilung: {mspBreakEven}; {isvBreakEven}. Grösste Unterdeckung: {mspExposure}, {isvExposure}.',
  'fixedSplit.chartTitle': 'Kumulierte Salden: Fünf-Phasen-Modell und feste Aufteilung',
  'fixedSplit.chartNote': 'Das Diagramm zeigt die Monate 1–{months} von {horizon}.',
  'fixedSplit.yLabel': 'Kumulierter Saldo ({currency})',
  'fixedSplit.lineModel': '{who}, fünf Phasen',
  'fixedSplit.lineSplit': '{who}, feste Aufteilung',
  'fixedSplit.tooltipHead': 'Monat {month} · Salden am Monatsende',
  'fixedSplit.partner': 'Partner',
  'fixedSplit.pctLabel': 'Fester Umsatzanteil von {isv}',
  'fixedSplit.pctSlider': 'Fester Umsatzanteil von {isv}, in Prozent',
  'fixedSplit.pctValue': '{pct} an {isv}',
  'fixedSplit.pctError':
    'Geben Sie einen Prozentsatz von 0 bis 100 mit höchstens einer Dezimalstelle ein.',
  'fixedSplit.rest': '{msp} erhält den Rest.',
  'fixedSplit.isCostShare': 'Das ist der Anteil von {isv} an allen Kosten über den Zeitraum.',
  'fixedSplit.wouldBeCostShare': 'Der Anteil von {isv} an allen Kosten wäre {pct}.',
  'fixedSplit.useCostShare': 'Kostenanteil verwenden ({pct})',

  'risk.intro':
    'Legen Sie eine Spanne auf das, was unsicher ist: Jeder Durchlauf zieht jede Eingabe mit Spanne zwischen ihrem tiefen und hohen Wert (meist nahe am Wert des Szenarios) und simuliert die Partnerschaft exakt. Dieselben Spannen, Durchläufe und Startwerte ergeben immer dieselben Zahlen.',
  'risk.progress': 'Risikoanalyse läuft',
  'risk.needsFixing':
    'Einige Eingaben der Risikoanalyse müssen korrigiert werden; die Zahlen unten gelten für die letzten gültigen.',
  'risk.addRange':
    'Fügen Sie eine Spanne hinzu oder wählen Sie einen Vorschlag, um das Risiko zu sehen.',
  'risk.cancelled': 'Abgebrochen. Die Zahlen unten gelten für frühere Eingaben.',
  'risk.failed': 'Die Risikoanalyse ist fehlgeschlagen: {message}',
  'risk.staleNote': 'Diese Zahlen gelten für frühere Eingaben.',
  'risk.overlay': 'P10–P90-Linien über den Verlauf der Umsatzteilung legen',
  'risk.month': 'Monat {month}',
  'risk.notWithin': 'nicht innerhalb des Zeitraums',
  'risk.p10': 'Gewinnschwelle der Partnerschaft, optimistisch (P10)',
  'risk.p50': 'Gewinnschwelle der Partnerschaft, Median (P50)',
  'risk.p90': 'Gewinnschwelle der Partnerschaft, pessimistisch (P90)',
  'risk.medianFinal': '{who}: Schlusssaldo im Median',
  'risk.lossChance': '{who}: Wahrscheinlichkeit eines Verlusts am Ende',
  'risk.lossRuns': '{pct} ({count} von {runs} Durchläufen)',
  'risk.exposureP90': '{who}: grösste Unterdeckung (P90)',
  'risk.carrierNone': 'Im {model} endet kein Partner in irgendeinem Durchlauf mit einem Verlust.',
  'risk.carrierBoth': 'Im {model} tragen beide Partner das Verlustrisiko gleichermassen.',
  'risk.carrierOne': 'Im {model} trägt {who} mehr vom Verlustrisiko.',
  'risk.fivePhaseModel': 'Fünf-Phasen-Modell',
  'risk.splitName': 'Modell mit fester Aufteilung ({isv} {isvPct}, {msp} {mspPct})',
  'risk.fixedTitle': 'Dieselben Durchläufe im {split}',
  'risk.fixedRegion': 'Verlustrisiko in beiden Modellen',
  'risk.fixedCaption':
    'Wahrscheinlichkeit eines Verlusts am Ende und das P10-Ergebnis, beide Modelle über dieselben {runs} Durchläufe',
  'risk.partner': 'Partner',
  'risk.fiveLoss': 'Fünf Phasen: P(Verlust)',
  'risk.fiveP10': 'Fünf Phasen: P10-Ergebnis',
  'risk.fixedLoss': 'Feste Aufteilung: P(Verlust)',
  'risk.fixedP10': 'Feste Aufteilung: P10-Ergebnis',
  'risk.computing': 'wird berechnet…',
  'risk.suggestions': 'Vorgeschlagene Spannen',
  'risk.suggestGoLive': 'Betriebsstart verzögert sich 0–6 Monate',
  'risk.suggestSetUp': 'Einrichtungsaufwand 80–150 %',
  'risk.suggestNewInstances': 'Neue Instanzen ±50 %',
  'risk.suggestChurn': 'Kündigungsrate 0,5–3 %',
  'risk.inputsRegion': 'Unsichere Eingaben',
  'risk.inputsCaption':
    'Unsichere Eingaben: tief und hoch um den Wert des Szenarios (den wahrscheinlichsten)',
  'risk.input': 'Eingabe',
  'risk.low': 'Tief',
  'risk.mostLikely': 'Am wahrscheinlichsten',
  'risk.high': 'Hoch',
  'risk.range': 'Spanne',
  'risk.effortValue': '{value} % der geplanten Stunden',
  'risk.lowOf': '{input}: tief',
  'risk.highOf': '{input}: hoch',
  'risk.removeOf': 'Spanne auf {input} entfernen',
  'risk.addOf': 'Spanne auf {input} hinzufügen',
  'risk.remove': 'Entfernen',
  'risk.add': 'Spanne hinzufügen',
  'risk.effort.init': 'Initialisierungsaufwand',
  'risk.effort.monthly': 'monatlicher Aufwand',
  'risk.effort.perInstance': 'Aufwand pro Instanz',
  'risk.effortLabel': '{label} {who}',
  'risk.runs': 'Durchläufe',
  'risk.seed': 'Startwert',
  'risk.newDraw': 'Neu ziehen',
  'risk.axisMonth': 'Monat {month}',
  'risk.curveTitle':
    'Wahrscheinlichkeit, dass die Partnerschaft die Gewinnschwelle erreicht hat, je Monat',
  'risk.curveSummaryNever':
    'Bis Monat {horizon} hat die Partnerschaft die Gewinnschwelle in {pct} von {runs} Durchläufen erreicht; in der Hälfte oder mehr erreicht sie sie nie.',
  'risk.curveSummary':
    'Bis Monat {horizon} hat die Partnerschaft die Gewinnschwelle in {pct} von {runs} Durchläufen erreicht; in der Hälfte davon bis Monat {median}.',
  'risk.curveCaption': 'Durchläufe mit erreichter Gewinnschwelle bis Ende jedes Monats',
  'risk.month1': 'Monat',
  'risk.runsBrokenEven': 'Durchläufe mit Gewinnschwelle',
  'risk.probability': 'Wahrscheinlichkeit',
  'risk.fanTitle': 'Saldo jedes Partners: P10–P90-Band und Median',
  'risk.fanSummary': '{who} endet zwischen {p10} (P10) und {p90} (P90), Median {p50}.',
  'risk.fanCaption': 'Kumulierter Saldo am Monatsende, über alle Durchläufe',
  'risk.fanColumn': '{who} {quantile}',
  'risk.overlayLine': '{who} {quantile} (Risiko)',
  'risk.reportTitle': 'Risiko',
  'risk.reportRange': '{input} {low}–{high}',
  'risk.reportIntro':
    'Über {runs} Durchläufe (Startwert {seed}) mit Spannen auf {ranges}: Die Partnerschaft erreicht die Gewinnschwelle in der Hälfte der Durchläufe bis {p50} ({p10} bei P10, {p90} bei P90).',
  'risk.reportPartner':
    '{who}: Schlusssaldo im Median {median}, Wahrscheinlichkeit eines Verlusts {loss}, grösste Unterdeckung bei P90 {exposure}.',
};
