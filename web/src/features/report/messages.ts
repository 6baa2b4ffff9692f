/** The report texts in German and English (see web/src/i18n). */
import type { Messages } from '../../i18n/messages'

export const de = {
  page: {
    title: 'Ressortbericht',
    intro:
      'Kennzahlen eines Ressorts für einen Kalendermonat oder einen beliebigen Zeitraum, berechnet mit dem Stand am Ende des Zeitraums.',
    selection: 'Auswahl',
    month: 'Monat',
    previousMonth: 'Vormonat',
    nextMonth: 'Folgemonat',
    customPeriod: 'Eigener Zeitraum',
    ministry: 'Ressort',
    ministryStatic: 'Ressort:',
    otherPeriod: 'Anderer Zeitraum',
    noMinistry: 'Im Katalog ist noch kein Ressort angelegt.',
    periodLine: 'Vom {{from}} bis einschließlich {{to}}; alle Zahlen mit dem Stand am Ende des Zeitraums',
    updating: ' · Wird aktualisiert …',
  },
  period: {
    /** "10.03.2026 bis 16.03.2026" (last day included) */
    range: '{{from}} bis {{to}}',
    current: '{{month}} (laufend)',
  },
  agreements: {
    title: 'Geänderte Vereinbarungen im Zeitraum',
    failed: 'Die Änderungen der Vereinbarungen können nicht angezeigt werden.',
  },
  downloads: {
    title: 'Herunterladen',
    csv: 'CSV herunterladen',
    withComments: 'mit Kommentaren',
    pdf: 'PDF herunterladen',
    note: 'CSV für Tabellenkalkulationen (Semikolon, Dezimalkomma). Kommentare aus Umfragen können personenbezogene Daten enthalten: nur bei Bedarf mit herunterladen. Das PDF wird auf dem Server erzeugt und kann einige Sekunden dauern.',
  },
  title: {
    brand: 'Leitstand',
    tagline: 'Kennzahlen und Service-Level',
    monthly: 'Monatsbericht',
    other: 'Bericht',
    generated: 'erstellt am {{date}} um {{time}} Uhr',
    note: 'Alle Zeitangaben in deutscher Zeit (Europe/Berlin). Kennzahlen mit dem Stand am Ende des Zeitraums.',
    document: '{{kind}} {{customer}} {{period}} – Leitstand',
  },
  groups: {
    tickets: 'Tickets',
    sla: 'Einhaltung der Service-Level',
    satisfaction: 'Zufriedenheit',
    availability: 'Verfügbarkeit',
  },
  figures: {
    created: {
      label: 'Erstellt',
      explanation: 'Tickets, die im Zeitraum angelegt wurden.',
      link: '{{n}} erstellt',
    },
    resolved: {
      label: 'Gelöst',
      explanation: 'Tickets, die im Zeitraum (zuletzt) gelöst oder geschlossen wurden.',
      link: '{{n}} gelöst',
    },
    reopened: {
      label: 'Wiedereröffnet',
      explanation: 'Wiedereröffnungen im Zeitraum; ein Ticket kann mehrfach zählen.',
      link: '{{n}} Wiedereröffnungen',
    },
    openAtEnd: {
      label: 'Offen am Periodenende',
      explanation: 'Vor dem Periodenende angelegt und zu diesem Zeitpunkt nicht gelöst.',
      link: '{{n}} offen',
    },
    noSla: {
      label: 'Ohne SLA',
      explanation: 'Im Zeitraum angelegte Tickets ohne SLA; sie zählen in keiner Einhaltungsquote.',
    },
    /** A figure of the metric catalogue: its label and explanation come from there. */
    metric: {
      detail: '{{part}} von {{whole}}',
      link: '{{n}} ansehen',
    },
    response: {
      label: 'Reaktion eingehalten',
      detail: '{{met}} von {{total}} eingehalten · {{openBreached}} offen und überschritten',
      explanation:
        'Erstreaktionen im Zeitraum innerhalb der Reaktionszeit: eingehalten ÷ (eingehalten + verletzt).',
    },
    resolution: {
      label: 'Lösung eingehalten',
      detail:
        '{{met}} von {{total}} eingehalten · offen: {{openBreached}} überschritten, {{atRisk}} gefährdet',
      explanation:
        'Im Zeitraum gelöste Tickets innerhalb der Lösungszeit: eingehalten ÷ (eingehalten + verletzt).',
    },
    meanResolution: {
      label: 'Mittlere Lösungszeit',
      unit: 'Stunden Servicezeit',
      explanation:
        'Mittel der Lösungszeit der im Zeitraum gelösten Tickets in Stunden, gezählt nur in der vereinbarten Servicezeit des SLA und ohne die Zeit, in der ein Ticket auf eine Rückmeldung wartete.',
    },
    csat: {
      label: 'Zufrieden (CSAT)',
      explanation: 'Anteil der Bewertungen 4 oder 5 (Skala 1–5) an allen Bewertungen im Zeitraum.',
    },
    nps: {
      label: 'Weiterempfehlung (NPS)',
      explanation: 'Prozent Empfehlende (9–10) minus Prozent Kritiker (0–6); Spanne −100 bis +100.',
    },
    links: {
      met: '{{n}} eingehalten',
      breached: '{{n}} verletzt',
      openBreached: '{{n}} offen und überschritten',
      atRisk: '{{n}} gefährdet',
    },
    answers_one: '{{n}} Antwort',
    answers_other: '{{n}} Antworten',
    showTickets: 'Tickets anzeigen: ',
    noData: 'keine Daten',
    weak: 'wenig aussagekräftig',
    weakTitle: 'Weniger als {{n}} Antworten',
    weakHidden: ' (weniger als {{n}} Antworten)',
  },
  availability: {
    overall: 'Alle Dienste zusammen',
    noServices: 'Das Ressort hat keine Dienste abonniert.',
    tableLabel: 'Verfügbarkeit je Dienst, Tabelle',
    caption: 'Verfügbarkeit je Dienst',
    columns: {
      service: 'Dienst',
      availability: 'Verfügbarkeit',
      target: 'Ziel',
      judgement: 'Bewertung',
      outages: 'Störungen',
      downtime: 'Ausfallzeit',
      allowed: 'Erlaubte Ausfallzeit',
      measured: 'Zeit mit Messwerten',
    },
    terms: {
      availability: {
        term: 'Verfügbarkeit',
        text: 'Anteil der gemessenen vereinbarten Servicezeit, in der der Dienst verfügbar oder eingeschränkt nutzbar war: (verfügbar + eingeschränkt) ÷ (verfügbar + eingeschränkt + ausgefallen). Wartungsfenster zählen nicht mit. Die Zahl wird nach zwei Nachkommastellen abgeschnitten, nicht gerundet: 99,499 % erscheint als 99,49 % und verfehlt ein Ziel von 99,50 %.',
      },
      overall: {
        term: 'Alle Dienste zusammen',
        text: 'Dieselbe Rechnung über alle abonnierten Dienste des Ressorts, jeder in der Servicezeit seines SLA.',
      },
      target: {
        term: 'Ziel',
        text: 'Die im SLA vereinbarte Verfügbarkeit. Ändert sich das Ziel im Zeitraum, gilt das nach der Dauer gewichtete Ziel. Erreicht ist es, wenn die Verfügbarkeit mindestens das Ziel erreicht.',
      },
      outages: {
        term: 'Störungen',
        text: 'Zusammenhängende Zeiten, in denen der Dienst ausgefallen war, außerhalb von Wartungsfenstern – auch nachts und am Wochenende.',
      },
      downtime: {
        term: 'Ausfallzeit',
        text: 'Die Zeit innerhalb der vereinbarten Servicezeit, in der der Dienst ausgefallen war.',
      },
      allowed: {
        term: 'Erlaubte Ausfallzeit',
        text: 'So viel Ausfall lässt das Ziel bei der gemessenen Servicezeit zu: (100 % − Ziel) × gemessene Servicezeit (in der Fachsprache „Fehlerbudget“). Ist die Ausfallzeit höher, ist das Ziel verfehlt.',
      },
      measured: {
        term: 'Zeit mit Messwerten',
        text: 'Anteil der vereinbarten Servicezeit, für den Messwerte vorliegen (Abdeckung); nur diese Zeit geht in die Verfügbarkeit ein.',
      },
    },
  },
  verdict: {
    title: 'Auf einen Blick',
    caption: 'Service-Level des Zeitraums gegen die vereinbarten Ziele, mit dem Vorzeitraum',
    columns: {
      figure: 'Kennzahl',
      value: 'Ergebnis',
      target: 'Ziel',
      judgement: 'Bewertung',
      previous: 'Vorzeitraum',
      change: 'Veränderung',
    },
    figures: {
      response: 'Erstreaktion in der vereinbarten Zeit',
      resolution: 'Lösung in der vereinbarten Zeit',
      services: 'Dienste mit erreichter Verfügbarkeit',
    },
    judgement: {
      met: 'erreicht',
      missed: 'verfehlt',
      none: 'kein Ziel vereinbart',
      noData: 'keine Daten',
    },
    points: '{{value}} Prozentpunkte',
    servicesOf: '{{met}} von {{n}}',
    allServices: 'alle',
    summary: {
      inMonth: 'Im {{month}}',
      inPeriod: 'Im Zeitraum {{period}}',
      tickets:
        '{{period}} wurden {{response}} der Erstreaktionen und {{resolution}} der Lösungen in der vereinbarten Zeit erbracht',
      targets: '; Ziel {{response}} bzw. {{resolution}}: {{outcome}}',
      split: 'Erstreaktion {{response}}, Lösung {{resolution}}',
      noTickets: '{{period}} wurde kein Ticket mit vereinbarter Frist abgeschlossen.',
      allServices_one: 'Der Dienst war im Ziel.',
      allServices_other: 'Alle {{n}} Dienste waren im Ziel.',
      someServices_one: 'Der Dienst hat sein Ziel verfehlt: {{missed}}.',
      someServices_other: 'Im Ziel: {{met}} von {{n}} Diensten; verfehlt: {{missed}}.',
    },
    howComputed: 'Wie wird das berechnet?',
    explanation:
      'Ergebnis: Anteil der im Zeitraum abgeschlossenen Tickets, deren Frist eingehalten wurde (eingehalten ÷ (eingehalten + verletzt)), gemessen in der Servicezeit des SLA. Ziel: der vereinbarte Anteil aus dem SLA des Ressorts; gelten für seine Dienste verschiedene SLAs, zählt das strengste Ziel. Vorzeitraum: der Vormonat, bei einem anderen Zeitraum der gleich lange Zeitraum davor. Ein Dienst ist im Ziel, wenn seine Verfügbarkeit mindestens das vereinbarte Ziel erreicht.',
    trend: {
      caption: 'Die letzten 12 Monate: Fristen eingehalten und Verfügbarkeit',
      chartCaption: 'Anteil der Tickets in der vereinbarten Zeit und Verfügbarkeit je Monat, in Prozent',
      note: 'Eine Lücke bedeutet: keine Daten in diesem Monat. Die Werte stehen auch in der Tabelle.',
      tableLabel: 'Die letzten 12 Monate als Tabelle',
      month: 'Monat',
      response: 'Erstreaktion in der Zeit',
      resolution: 'Lösung in der Zeit',
      availability: 'Verfügbarkeit',
    },
  },
}

export const en: Messages<typeof de> = {
  page: {
    title: 'Ministry report',
    intro: "A ministry's KPIs for a calendar month or any period, calculated as of the end of the period.",
    selection: 'Selection',
    month: 'Month',
    previousMonth: 'Previous month',
    nextMonth: 'Next month',
    customPeriod: 'Custom period',
    ministry: 'Ministry',
    ministryStatic: 'Ministry:',
    otherPeriod: 'Other period',
    noMinistry: 'No ministry has been set up in the catalog yet.',
    periodLine: 'From {{from}} to {{to}} inclusive; all figures as of the end of the period',
    updating: ' · Updating …',
  },
  period: {
    range: '{{from}} to {{to}}',
    current: '{{month}} (current)',
  },
  agreements: {
    title: 'Agreements that change within the period',
    failed: 'The changes of the agreements cannot be shown.',
  },
  downloads: {
    title: 'Download',
    csv: 'Download CSV',
    withComments: 'with comments',
    pdf: 'Download PDF',
    note: 'CSV for spreadsheets (comma-separated, decimal point). Survey comments may contain personal data: only download them when needed. The PDF is made on the server and may take a few seconds.',
  },
  title: {
    brand: 'Leitstand',
    tagline: 'KPIs and service levels',
    monthly: 'Monthly report',
    other: 'Report',
    generated: 'created on {{date}} at {{time}}',
    note: 'All times in German time (Europe/Berlin). KPIs as of the end of the period.',
    document: '{{kind}} {{customer}} {{period}} – Leitstand',
  },
  groups: {
    tickets: 'Tickets',
    sla: 'Service level compliance',
    satisfaction: 'Satisfaction',
    availability: 'Availability',
  },
  figures: {
    created: {
      label: 'Created',
      explanation: 'Tickets created in the period.',
      link: '{{n}} created',
    },
    resolved: {
      label: 'Resolved',
      explanation: 'Tickets (last) resolved or closed in the period.',
      link: '{{n}} resolved',
    },
    reopened: {
      label: 'Reopened',
      explanation: 'Reopenings in the period; a ticket may count more than once.',
      link: '{{n}} reopenings',
    },
    openAtEnd: {
      label: 'Open at the end of the period',
      explanation: 'Created before the end of the period and not resolved by then.',
      link: '{{n}} open',
    },
    noSla: {
      label: 'Without SLA',
      explanation: 'Tickets created in the period without an SLA; they count in no compliance rate.',
    },
    metric: {
      detail: '{{part}} of {{whole}}',
      link: 'view {{n}}',
    },
    response: {
      label: 'Response met',
      detail: '{{met}} of {{total}} met · {{openBreached}} open and overdue',
      explanation: 'First responses in the period within the response time: met ÷ (met + breached).',
    },
    resolution: {
      label: 'Resolution met',
      detail: '{{met}} of {{total}} met · open: {{openBreached}} overdue, {{atRisk}} at risk',
      explanation: 'Tickets resolved in the period within the resolution time: met ÷ (met + breached).',
    },
    meanResolution: {
      label: 'Mean resolution time',
      unit: 'hours of service time',
      explanation:
        "Mean resolution time of the tickets resolved in the period in hours, counted only in the SLA's agreed service time and without the time a ticket waited for a reply.",
    },
    csat: {
      label: 'Satisfied (CSAT)',
      explanation: 'Share of ratings of 4 or 5 (scale 1–5) among all ratings in the period.',
    },
    nps: {
      label: 'Recommendation (NPS)',
      explanation: 'Percent promoters (9–10) minus percent detractors (0–6); range −100 to +100.',
    },
    links: {
      met: '{{n}} met',
      breached: '{{n}} breached',
      openBreached: '{{n}} open and overdue',
      atRisk: '{{n}} at risk',
    },
    answers_one: '{{n}} response',
    answers_other: '{{n}} responses',
    showTickets: 'Show tickets: ',
    noData: 'no data',
    weak: 'not meaningful',
    weakTitle: 'Fewer than {{n}} responses',
    weakHidden: ' (fewer than {{n}} responses)',
  },
  availability: {
    overall: 'All services together',
    noServices: 'The ministry has not subscribed to any services.',
    tableLabel: 'Availability per service, table',
    caption: 'Availability per service',
    columns: {
      service: 'Service',
      availability: 'Availability',
      target: 'Target',
      judgement: 'Verdict',
      outages: 'Outages',
      downtime: 'Downtime',
      allowed: 'Downtime allowed',
      measured: 'Time with measurements',
    },
    terms: {
      availability: {
        term: 'Availability',
        text: 'Share of the measured agreed service time in which the service was up or usable with restrictions: (up + degraded) ÷ (up + degraded + down). Maintenance windows do not count. The number is cut after two decimals, not rounded: 99.499% shows as 99.49% and misses a target of 99.50%.',
      },
      overall: {
        term: 'All services together',
        text: "The same computation over all of the ministry's subscribed services, each in the service time of its SLA.",
      },
      target: {
        term: 'Target',
        text: 'The availability agreed in the SLA. Where the target changes within the period, the target weighted by duration applies. It is met when the availability reaches at least the target.',
      },
      outages: {
        term: 'Outages',
        text: 'Continuous periods in which the service was down, outside maintenance windows – at night and at weekends too.',
      },
      downtime: {
        term: 'Downtime',
        text: 'The time within the agreed service time in which the service was down.',
      },
      allowed: {
        term: 'Downtime allowed',
        text: 'How much downtime the target allows for the measured service time: (100% − target) × measured service time (the “error budget”). Where the downtime is higher, the target is missed.',
      },
      measured: {
        term: 'Time with measurements',
        text: 'Share of the agreed service time for which there are measurements (coverage); only this time counts in the availability.',
      },
    },
  },
  verdict: {
    title: 'At a glance',
    caption: "The period's service levels against the agreed targets, with the previous period",
    columns: {
      figure: 'Figure',
      value: 'Result',
      target: 'Target',
      judgement: 'Verdict',
      previous: 'Previous period',
      change: 'Change',
    },
    figures: {
      response: 'First response within the agreed time',
      resolution: 'Resolution within the agreed time',
      services: 'Services that reached their availability',
    },
    judgement: {
      met: 'met',
      missed: 'missed',
      none: 'no target agreed',
      noData: 'no data',
    },
    points: '{{value}} percentage points',
    servicesOf: '{{met}} of {{n}}',
    allServices: 'all',
    summary: {
      inMonth: 'In {{month}}',
      inPeriod: 'In the period {{period}}',
      tickets:
        '{{period}}, {{response}} of first responses and {{resolution}} of resolutions were within the agreed time',
      targets: '; target {{response}} and {{resolution}}: {{outcome}}',
      split: 'first response {{response}}, resolution {{resolution}}',
      noTickets: '{{period}}, no ticket with an agreed deadline was completed.',
      allServices_one: 'The service was on target.',
      allServices_other: 'All {{n}} services were on target.',
      someServices_one: 'The service missed its target: {{missed}}.',
      someServices_other: 'On target: {{met}} of {{n}} services; missed: {{missed}}.',
    },
    howComputed: 'How is this computed?',
    explanation:
      "Result: the share of tickets completed in the period whose deadline was met (met ÷ (met + breached)), measured in the SLA's service time. Target: the agreed share from the ministry's SLA; where its services have different SLAs, the strictest target applies. Previous period: the previous month, for any other period the period of the same length before. A service is on target when its availability reaches at least the agreed target.",
    trend: {
      caption: 'The last 12 months: deadlines met and availability',
      chartCaption: 'Share of tickets within the agreed time and availability per month, in percent',
      note: 'A gap means no data in that month. The values are in the table too.',
      tableLabel: 'The last 12 months as a table',
      month: 'Month',
      response: 'First response in time',
      resolution: 'Resolution in time',
      availability: 'Availability',
    },
  },
}
