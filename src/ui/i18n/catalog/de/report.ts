import type { report as en } from '../en/report';

/** The printed report, the month explanation, the introduction, help and month wording. */
export const report: Record<keyof typeof en, string> = {
  'format.month': 'Monat {month}',
  'format.monthRelative': 'Monat {month} · {relative}',
  'format.goLiveMonth': 'der Monat des Betriebsstarts',
  'format.operationMonth': 'Betriebsmonat {n}',
  'format.monthsBeforeGoLive':
    '{count, plural, one {# Monat vor dem Betriebsstart} other {# Monate vor dem Betriebsstart}}',
  'format.conventionLiveFromStart':
    'Die Monate zählen ab Beginn des Szenarios; der Dienst läuft ab Monat 1, das ist Betriebsmonat 1.',
  'format.conventionGoLive':
    'Die Monate zählen ab Beginn des Szenarios; der Betriebsstart ist in Monat {goLive}, das ist Betriebsmonat 1.',
  // Die Monatserklärung.
  'explain.heading': 'Monat {month} erklärt',
  'explain.phase': 'Phase {phase}: {name}',
  'explain.previous': 'Vorheriger Monat',
  'explain.previousHint': 'Vorheriger Monat (←)',
  'explain.next': 'Nächster Monat',
  'explain.nextHint': 'Nächster Monat (→)',
  'explain.close': 'Erklärung schliessen',
  'explain.closeHint': 'Schliessen (Esc)',
  'explain.keys': '← → vorheriger / nächster Monat · Esc schliesst',
  'explain.positionsCaption': 'Saldi vor und nach Monat {month}',
  'explain.col.partner': 'Partner',
  'explain.col.before': 'Vorher',
  'explain.col.change': 'Anteil − Kosten',
  'explain.col.after': 'Nachher',
  'explain.context.investment': 'Investitionsmonat {month} von {of}, vor dem Betriebsstart',
  'explain.title.revenue': 'Umsatz und Kosten',
  'explain.title.costsSplit': 'Umsatz nach Kosten aufgeteilt',
  'explain.title.costsFirst': 'Zuerst die Kosten',
  'explain.title.catchUp': 'Nachholung',
  'explain.title.equalSplit': 'Hälftige Teilung',
  'explain.title.proportional': 'Anteiliger Rest',
  'explain.title.positions': 'Saldi',
  'explain.title.next': 'Wie es weitergeht',
  'explain.equalParts': 'gleiche Teile',
  'explain.revenue.beforeGoLive':
    'Vor dem Betriebsstart wird nichts verkauft, also gibt es keinen Umsatz. Jeder Partner trägt seine eigenen Kosten: {msp} {mspCost}, {isv} {isvCost}.',
  'explain.revenue.noneBilled': 'Es wurde keine Instanz verrechnet, also gab es keinen Umsatz.',
  'explain.revenue.billed':
    '{count, plural, one {# verrechnete Instanz zu {price} brachte {revenue} ein.} other {# verrechnete Instanzen zu {price} brachten {revenue} ein.}}',
  'explain.revenue.profit':
    '{income} Zusammen hatten die Partner Kosten von {total} ({msp} {mspCost}, {isv} {isvCost}); es bleibt ein Gewinn von {surplus}.',
  'explain.revenue.short':
    '{income} Zusammen hatten die Partner Kosten von {total} ({msp} {mspCost}, {isv} {isvCost}); dem Umsatz fehlten {shortfall}, um sie zu decken.',
  'explain.revenue.even':
    '{income} Zusammen hatten die Partner Kosten von {total} ({msp} {mspCost}, {isv} {isvCost}); der Umsatz deckte sie genau, es bleibt kein Gewinn zu teilen.',
  'explain.costs.shortfall':
    'Der Umsatz deckt die Kosten nicht, darum wird er ganz im Verhältnis der Kosten dieses Monats aufgeteilt ({msp} {mspPct}, {isv} {isvPct}): {msp} erhält {mspShare} seiner {mspCost}, {isv} {isvShare} seiner {isvCost}. So trägt jeder einen Teil des Fehlbetrags: {msp} {mspUncovered}, {isv} {isvUncovered}.',
  'explain.costs.covered':
    'Der Umsatz deckt die Kosten, darum erhält jeder Partner zuerst seine eigenen Kosten zurück: {msp} {mspCost}, {isv} {isvCost}.',
  'explain.catchUp.nothing': 'Keine Nachholung: Keiner der Partner hatte noch etwas aufzuholen.',
  'explain.catchUp.same': 'Keine Nachholung: Beide hatten gleich viel verloren ({loss}).',
  'explain.catchUp.all':
    'Zu Beginn des Monats hatte {to} {toLoss} verloren und {other} {otherLoss}: Der Verlust von {to} war um {gap} grösser. Der Gewinn geht an den Partner, der mehr verloren hat, bis beide gleich viel verloren haben; darum erhält {to} {amount}, den ganzen Gewinn. {to} liegt noch {left} weiter zurück.',
  'explain.catchUp.closes':
    'Zu Beginn des Monats hatte {to} {toLoss} verloren und {other} {otherLoss}: Der Verlust von {to} war um {gap} grösser. Der Gewinn geht an den Partner, der mehr verloren hat, bis beide gleich viel verloren haben; darum erhält {to} {amount}, und der Abstand ist geschlossen.',
  'explain.equal.paidBack':
    'Beide hatten noch {loss} aufzuholen, und der verbleibende Gewinn reicht für beide: Jeder erhält {loss}, damit sind beide ganz amortisiert.',
  'explain.equal.split':
    'Beide hatten noch {loss} aufzuholen, darum wird der verbleibende Gewinn ({total}) hälftig geteilt: {msp} {mspAmount}, {isv} {isvAmount}.',
  'explain.proportional':
    'Da beide Investitionen amortisiert sind, wird der Rest von {amount} im Verhältnis der Kosten dieses Monats aufgeteilt ({msp} {mspPct}, {isv} {isvPct}): {msp} {mspPart}, {isv} {isvPart}. So haben beide Partner auf diesem Teil dieselbe Marge.',
  'explain.positions':
    '{msp} ging von {mspBefore} auf {mspAfter}{mspEven, select, yes { und erreichte diesen Monat die Gewinnschwelle} other {}}; {isv} ging von {isvBefore} auf {isvAfter}{isvEven, select, yes { und erreichte diesen Monat die Gewinnschwelle} other {}}.',
  'explain.next.goLiveNext':
    'Nächsten Monat ist Betriebsstart: Ab dann kommt Umsatz herein und wird geteilt.',
  'explain.next.goLiveIn':
    'Der Betriebsstart ist in Monat {month}, {away, plural, one {in # Monat} other {in # Monaten}}: Bis dahin investieren beide Partner weiter.',
  'explain.next.coverCosts':
    'Um Phase 2 zu verlassen, muss der Umsatz die Kosten beider Partner decken; diesen Monat fehlten {shortfall}. Sobald er sie deckt, gilt Phase {phase} ({name}).',
  'explain.next.closeGap':
    'Phase 4 ({name}, Gewinn hälftig geteilt) beginnt, sobald beide gleich viel verloren haben: {behind} liegt noch {gap} weiter zurück.',
  'explain.next.payBackEach':
    'Phase 5 ({name}) beginnt, sobald beide Investitionen amortisiert sind: Jeder Partner hat noch {loss} aufzuholen.',
  'explain.next.payBackUpTo':
    'Phase 5 ({name}) beginnt, sobald beide Investitionen amortisiert sind: Es sind noch bis zu {loss} aufzuholen.',
  'explain.next.stay':
    'Beide Investitionen sind amortisiert. Das bleibt so, solange der Umsatz die Kosten deckt (diesen Monat mit {cushion} Reserve); fiele der Umsatz unter die Kosten, gälte wieder Phase 2.',
  'explain.next.horizonEnd': 'Das ist der letzte simulierte Monat.',
  'explain.next.noChange':
    '{goal} In diesem Szenario wechselt die Phase innerhalb der {months} simulierten Monate nicht mehr.',
  'explain.next.changeNextMonth':
    '{goal} In diesem Szenario beginnt Phase {phase} ({name}) nächsten Monat.',
  'explain.next.changeIn':
    '{goal} In diesem Szenario beginnt Phase {phase} ({name}) in Monat {month} ({later, plural, one {# Monat später} other {# Monate später}}).',

  // What an itemised partner's costs are made of.
  'explain.title.items': 'Woraus die Kosten bestehen',
  'explain.items.lead':
    'Die Kosten jedes Partners sind die Summe seiner Kostenposten. Ihre Beträge im ersten Jahr (die Initialisierung ist auf die Investitionsmonate verteilt; Kosten pro Instanz fallen für jede verrechnete Instanz an):',
  'explain.items.caption': '{count, plural, one {{partner}: # Posten} other {{partner}: # Posten}}',
  'explain.items.init': 'Initialisierung',
  'explain.items.fixed': 'Pro Monat',
  'explain.items.unit': 'Pro Instanz',
  'explain.items.label': '{number} {label}',
  'explain.items.total': 'Total',

  // Der gedruckte Bericht.
  'report.button': 'Bericht drucken',
  'report.toolbar': 'Bericht',
  'report.print': 'Drucken oder als PDF sichern',
  'report.back': 'Zurück zum Simulator',
  'report.hint': 'A4, Hochformat. Escape führt zurück.',
  'report.calculating': 'Wird berechnet…',
  'report.kicker': 'Servala ISV-Partnerschaft · Bericht zur Umsatzteilung',
  'report.untitled': 'Szenario ohne Namen',
  'report.meta':
    '{months, plural, one {Erstellt am {date} · # Monat · Beträge in {currency}} other {Erstellt am {date} · # Monate · Beträge in {currency}}}',
  'report.summaryHeading': 'Kurz gesagt',
  'report.summary':
    'So funktioniert das Fünf-Phasen-Modell: Beide Partner investieren zuerst; wer mehr investiert hat, holt schneller auf, sobald der Dienst Gewinn abwirft; beide erreichen die Gewinnschwelle gemeinsam; danach folgt der Umsatz jedes Monats den Kosten dieses Monats, sodass beide in jedem Monat dieselbe Marge erzielen (über die Jahre summiert weichen die Margen leicht ab, weil sich die Zusammensetzung der Kosten ändert). Für dieses Szenario: {summary}',
  'report.kpisHeading': 'Kennzahlen',
  'report.phasesHeading': 'Die fünf Phasen',
  'report.phaseTitle': 'Phase {phase} · {name}',
  'report.phaseMonth': 'Monat {from}',
  'report.phaseMonths': 'Monate {from}–{to}',
  'report.morePhases':
    '{count, plural, one {…und # weiterer Phasenwechsel (siehe Monatstabelle).} other {…und # weitere Phasenwechsel (siehe Monatstabelle).}}',
  'report.inputsHeading': 'Eingaben',
  'report.partnerCosts': 'Kosten jedes Partners (effektive Arbeitskosten, keine Verrechnungssätze)',
  'report.mspColumn': 'Dienstleister (MSP)',
  'report.isvColumn': 'Softwarehersteller (ISV)',
  'report.linkLead': 'Mit diesem Link öffnen sich diese Eingaben wieder im Simulator:',
  'report.linkText': '«{name}» im Simulator · {address}',

  // The report's appendix "Who does what": each partner's cost items.
  'report.items.heading': 'Anhang · Wer macht was',
  'report.items.lead':
    'Die Aufgaben jedes Partners und was sie kosten, Posten für Posten, nummeriert zum Zitieren in einer Vereinbarung: {mspCount, plural, one {der Posten von {msp} ist A.1} other {die Posten von {msp} sind A.1 bis A.#}}, {isvCount, plural, one {der Posten von {isv} ist B.1} other {die Posten von {isv} sind B.1 bis B.#}}. Die Beträge gelten zu den Sätzen des ersten Jahres (die jährliche Veränderung der laufenden Kosten gilt ab dem zweiten Jahr): die Stunden eines Postens mal sein Stundensatz (der des Partners, wenn nicht anders angegeben), plus seine übrigen Kosten. Die Zwischensummen sind die Initialisierungs-, Monats- und Instanzkosten, mit denen die Simulation rechnet.',
  'report.items.caption': '{letter} · {partner} (Partnersatz {rate}/h)',
  'report.items.number': 'Nr.',
  'report.items.item': 'Posten und Stundensatz',
  'report.items.init': 'Initialisierung',
  'report.items.fixed': 'Pro Monat',
  'report.items.unit': 'Pro Instanz und Monat',
  'report.items.subtotal': 'Zwischensumme {partner}',
  'report.items.rounding':
    'Jeder Posten von {partner} ist für sich auf zwei Nachkommastellen gerundet, die Zwischensumme einmal aus den genauen Beträgen; darum kann sie um ein, zwei Hundertstel von der Summe der Posten abweichen.',
  'report.items.ownRate': '{rate}/h',
  'report.items.partnerRate': '{rate}/h (Partnersatz)',
  'report.items.hoursOther': '{hours} h + {other}',
  'report.items.hours': '{hours} h',

  // Die Einführung beim ersten Besuch.
  'intro.title': 'Wie die Partnerschaft den Umsatz teilt',
  'intro.lead':
    'VSHN (der Dienstleister) und ein Softwarehersteller investieren gemeinsam und teilen danach den Umsatz jedes Monats nach Regeln, die sich in fünf Phasen ändern:',
  'intro.phaseName': 'Phase {phase}, {name}',
  'intro.phaseRule': '(hier {months}): {rule}',
  'intro.month': 'Monat {from}',
  'intro.months': 'Monate {from}–{to}',
  'intro.change':
    'Ändern Sie eine Eingabe links (Zahl eintippen oder Schieberegler bewegen), und alle Zahlen, Phasen und Diagramme passen sich sofort an. «Rückgängig» nimmt eine Änderung zurück; «Hilfe» oben erklärt jede Eingabe und jede Zahl.',
  'intro.dismiss': 'Verstanden',

  // Hilfe.
  'help.button': 'Hilfe',
  'help.title': 'So funktioniert der Simulator',
  'help.close': 'Schliessen',
  'help.goLiveHeading': 'Monate zählen: Der Betriebsstart ist Betriebsmonat 1',
  'help.goLive':
    'Die Monate zählen ab Beginn des Szenarios: Monat 1 ist der erste Arbeitsmonat. Der Monat des Betriebsstarts (der Monat nach den Investitionsmonaten) ist «Betriebsmonat 1»; mit Betriebsstart in Monat 7 ist Monat 26 also Betriebsmonat 20. Alle Kennzahlen, Phasen, Erklärungen, der Bericht und die Präsentation zählen so.',
  'help.phasesHeading': 'Die fünf Phasen',
  'help.phase': '{name}:',
  'help.inputsHeading': 'Die Eingaben',
  'help.inputsLead':
    "Jeder Partner (VSHN und der Softwarehersteller) hat seine eigenen Kosten; Preis, Instanzen und Zeitplan sind gemeinsam. Tippen Sie eine Zahl ein (1'490, 1 490 und 1490 gehen alle) oder bewegen Sie den Schieberegler.",
  'help.figuresHeading': 'Die Zahlen',
  'help.in.name': 'Name des Partners',
  'help.in.name.text': 'So heisst der Partner in jeder Zahl und jedem Diagramm.',
  'help.in.rate': 'Arbeitskosten pro Stunde',
  'help.in.rate.text': 'Was eine Arbeitsstunde der eigenen Leute den Partner kostet.',
  'help.in.init': 'Initialisierungsstunden und übrige Initialisierungskosten',
  'help.in.init.text':
    'Die einmalige Arbeit und die einmaligen Ausgaben vor dem Betriebsstart, verteilt auf die Investitionsmonate.',
  'help.in.monthly': 'Stunden und übrige Kosten pro Monat',
  'help.in.monthly.text':
    'Was der Betrieb des Dienstes den Partner jeden Monat kostet, unabhängig von der Zahl der Instanzen.',
  'help.in.perInstance': 'Stunden und übrige Kosten pro Instanz',
  'help.in.perInstance.text':
    'Was jede laufende Instanz zu den monatlichen Kosten des Partners hinzufügt.',
  'help.in.price': 'Preis pro Instanz und jährliche Preisänderung',
  'help.in.price.text':
    'Was ein Kunde pro Instanz und Monat bezahlt, und wie sich dieser Preis jedes Jahr ändert.',
  'help.in.instances':
    'Instanzen beim Betriebsstart, neue Instanzen pro Monat, monatliches Wachstum, monatliche Kündigungen, Obergrenze',
  'help.in.instances.text':
    'Wie viele Instanzen laufen: ein Anfangsbestand, eine feste Zahl neuer Instanzen, ein zusätzliches Wachstum, der jeden Monat verlorene Anteil und eine Obergrenze, die nie überschritten wird.',
  'help.in.investment': 'Investitionsmonate',
  'help.in.investment.text':
    'Wie lange die Partner aufbauen, bevor der Dienst in Betrieb geht und etwas einbringt.',
  'help.in.horizon': 'Zeitraum (Monate)',
  'help.in.horizon.text': 'Wie viele Monate die Simulation umfasst.',
  'help.in.costChange': 'Jährliche Kostenänderung',
  'help.in.costChange.text': 'Wie sich alle Kosten jedes Jahr ändern (Löhne, Preise).',
  'help.fig.position': 'Saldo',
  'help.fig.position.text':
    'Was ein Partner bisher erhalten hat, abzüglich dessen, was er bisher ausgegeben hat. Unter null ist er noch in der Unterdeckung.',
  'help.fig.breakEven': 'Gewinnschwelle',
  'help.fig.breakEven.text':
    'Der erste Monat, in dem der Saldo eines Partners nicht mehr unter null liegt, angegeben als Monat des Szenarios und als Betriebsmonat.',
  'help.fig.exposure': 'Grösste Unterdeckung',
  'help.fig.exposure.text':
    'Der tiefste Saldo eines Partners: das Höchste, was er finanzieren muss, und der Monat, in dem es so weit ist.',
  'help.fig.final': 'Schlusssaldo',
  'help.fig.final.text':
    'Der Saldo eines Partners im letzten Monat des Zeitraums: Erhaltenes abzüglich Kosten über die ganze Zeit.',
  'help.fig.margin': 'Marge nach Amortisation',
  'help.fig.margin.text':
    'Sobald beide Partner amortisiert sind (Phase 5), wird der Umsatz jedes Monats im Verhältnis der Kosten dieses Monats aufgeteilt. So behalten beide Partner in jedem Monat denselben Anteil ihres Erhaltenen als Gewinn: dieselbe Marge. Über Jahre summiert weichen die Margen leicht ab, weil sich die Zusammensetzung ihrer Kosten mit der Zeit ändert.',
  'help.fig.charts': 'Diagramme zu Umsatzteilung, Instanzen und Marge',
  'help.fig.charts.text':
    'Monat für Monat: wer welchen Anteil am Umsatz erhält, wie viele Instanzen laufen und welche Marge jeder Partner in diesem Monat hat. Fahren Sie mit der Maus über ein Diagramm oder nutzen Sie die Pfeiltasten, um die genauen Zahlen eines Monats zu lesen; ein Klick oder die Eingabetaste erklärt den Monat.',
  'help.fig.zoom': 'Zoom der Zeitachse',
  'help.fig.zoom.text':
    'Die Zeitachse zeigt zuerst die Monate bis kurz nach der ersten Gewinnschwelle. Ziehen Sie darüber, drücken Sie darauf + oder −, oder nutzen Sie ihre Schaltflächen; «Ganzer Zeitraum» zeigt alle Monate.',
};
