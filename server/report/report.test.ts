import { describe, expect, it } from 'vitest'
import { testCatalog } from '../../test/support/fixtures'
import { reportCsv } from './csv'
import { footerTemplate } from './pdf'
import { formatReport, isReportLanguage, type Report } from './report'

const catalog = testCatalog()

/** im in March 2026, figures made up by hand. */
const REPORT: Report = {
  customer: 'im',
  from: '2026-03-01T00:00:00+01:00',
  to: '2026-04-01T00:00:00+02:00',
  tickets: {
    created: 1234,
    resolved: 9,
    reopened: 1,
    open_at_end: 4,
    response: { met: 7, breached: 1, compliance: 87.5, open_breached: 2 },
    resolution: {
      met: 6,
      breached: 3,
      compliance: (6 / 9) * 100,
      open_breached: 1,
      at_risk: 2,
      mean_minutes: 390,
    },
    no_sla: 0,
  },
  availability: {
    overall: 99.25,
    services: [
      {
        service: 'email',
        target: 99.5,
        // Just under the target: cut, not rounded, to two decimals it stays under it.
        availability: 99.4996,
        met: false,
        up_minutes: 1000,
        down_minutes: 7.5,
        degraded_minutes: 0,
        coverage: 100,
        outages: 1,
        mttr_minutes: 7.5,
        budget_remaining: -50,
      },
    ],
  },
  satisfaction: { csat: 75, csat_responses: 4, nps: null, nps_responses: 0 },
  metrics: [{ metric: 'first_time_resolution', value: 75, numerator: 6, denominator: 8 }],
}

const COMMENT = {
  id: 's1',
  at: Date.parse('2026-03-10T11:00:00Z'),
  customer: 'im',
  service: 'email',
  ticket: 'I1',
  kind: 'csat' as const,
  score: 2,
  comment: 'Slow, "unfriendly"; sorry',
}

const linesOf = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')

describe('report languages', () => {
  it('are German and English', () => {
    expect(['de', 'en', 'fr', undefined].map(isReportLanguage)).toEqual([true, true, false, false])
  })
})

describe('CSV', () => {
  it('in German: semicolons, decimal comma, German labels (the default)', () => {
    const lines = linesOf(reportCsv(REPORT, catalog))
    expect(lines[0]).toBe('bereich;kennzahl;service;wert;einheit')
    expect(lines).toContain('Tickets;erstellt;;1234;Anzahl')
    expect(lines).toContain('Tickets;Erstlösungsquote;;75,0;%')
    expect(lines).toContain('Reaktion;Einhaltung;;87,5;%')
    expect(lines).toContain('Lösung;mittlere Lösungszeit;;390,0;Geschäftsminuten')
    // One format per kind of figure: availability and its target with two decimals (cut),
    // every other percentage, NPS and minutes with one.
    expect(lines).toContain('Lösung;Einhaltung;;66,7;%')
    expect(lines).toContain('Verfügbarkeit;Verfügbarkeit;E-Mail;99,49;%')
    expect(lines).toContain('Verfügbarkeit;Ziel;E-Mail;99,50;%')
    expect(lines).toContain('Verfügbarkeit;Abdeckung;E-Mail;100,0;%')
    expect(lines).toContain('Verfügbarkeit;Fehlerbudget übrig;E-Mail;-50,0;%')
    expect(lines).toContain('Zufriedenheit;CSAT;;75,0;%')
    expect(lines).toContain('Verfügbarkeit;Ziel erreicht;E-Mail;nein;')
    expect(lines).toContain('Verfügbarkeit;ausgefallen;E-Mail;7,5;Minuten')
    expect(lines).toContain('Zufriedenheit;NPS;;;')
    expect(reportCsv(REPORT, catalog, undefined, 'de')).toBe(reportCsv(REPORT, catalog))
  })

  it('in English: commas, decimal point, English header and labels', () => {
    const lines = linesOf(reportCsv(REPORT, catalog, [COMMENT], 'en'))
    expect(lines[0]).toBe('area,kpi,service,value,unit')
    expect(lines.slice(1, 18)).toEqual([
      'Tickets,created,,1234,count',
      'Tickets,resolved,,9,count',
      'Tickets,reopened,,1,count',
      'Tickets,open at the end of the period,,4,count',
      'Tickets,without SLA,,0,count',
      'Tickets,First-time resolution rate,,75.0,%',
      'Response,met,,7,count',
      'Response,breached,,1,count',
      'Response,compliance,,87.5,%',
      'Response,open and breached,,2,count',
      'Resolution,met,,6,count',
      'Resolution,breached,,3,count',
      'Resolution,compliance,,66.7,%',
      'Resolution,open and breached,,1,count',
      'Resolution,at risk,,2,count',
      'Resolution,mean resolution time,,390.0,business minutes',
      'Availability,overall,,99.25,%',
    ])
    expect(lines).toContain('Availability,target met,E-Mail,no,')
    expect(lines).toContain('Availability,down,E-Mail,7.5,minutes')
    expect(lines).toContain('Availability,error budget left,E-Mail,-50.0,%')
    expect(lines).toContain('Satisfaction,CSAT responses,,4,count')
    expect(lines).toContain('Satisfaction,NPS,,,')
    // The comments: quoted where a comma or a quote would split the cell.
    expect(lines).toContain('time,kind,score,service,ticket,comment')
    expect(lines).toContain('2026-03-10T11:00:00.000Z,csat,2,E-Mail,I1,"Slow, ""unfriendly""; sorry"')
  })
})

describe('terminal table', () => {
  it('in German, as before', () => {
    const text = formatReport(REPORT, catalog)
    expect(text).toContain('Bericht Ministerium für Inneres, Bau und Digitalisierung (im)')
    expect(text).toContain(
      'Zeitraum 2026-03-01T00:00:00+01:00 bis 2026-04-01T00:00:00+02:00 (Stand: Periodenende)',
    )
    expect(text).toMatch(/Tickets erstellt +1\.234\n/)
    expect(text).toMatch(/Erstlösungsquote +75,0 % \(6 von 8\)\n/)
    expect(text).toMatch(
      /Lösung eingehalten +66,7 % \(6 eingehalten, 3 verletzt; offen verletzt: 1, gefährdet: 2\)\n/,
    )
    expect(text).toMatch(
      /Verfügbarkeit E-Mail +99,49 % \(Ziel 99,50 %, Abdeckung 100,0 %, 1 Ausfälle, MTTR 7,5 min\)/,
    )
    expect(text).toMatch(/NPS +– \(0 Antworten\)$/)
  })

  it('in English, with English numbers', () => {
    const text = formatReport(REPORT, catalog, 'en')
    const one = { ...REPORT.satisfaction, nps: 20, nps_responses: 1 }
    expect(formatReport({ ...REPORT, satisfaction: one }, catalog, 'en')).toMatch(/NPS +20.0 \(1 response\)$/)
    expect(text.split('\n')).toEqual([
      'Report Ministerium für Inneres, Bau und Digitalisierung (im)',
      'Period 2026-03-01T00:00:00+01:00 to 2026-04-01T00:00:00+02:00 (as of the end of the period)',
      '',
      'Tickets created                1,234',
      'Tickets resolved               9',
      'Reopened                       1',
      'Open at the end of the period  4',
      'Created without SLA            0',
      'First-time resolution rate     75.0% (6 of 8)',
      'Response met                   87.5% (7 met, 1 breached; open breached: 2)',
      'Resolution met                 66.7% (6 met, 3 breached; open breached: 1, at risk: 2)',
      'Mean resolution time           390.0 business minutes',
      'Availability overall           99.25%',
      'Availability E-Mail            99.49% (target 99.50%, coverage 100.0%, 1 outage, MTTR 7.5 min)',
      'CSAT                           75.0% (4 responses)',
      'NPS                            – (0 responses)',
    ])
  })
})

describe('PDF footer', () => {
  it('numbers the pages in the language of the report', () => {
    expect(footerTemplate('de')).toContain(
      'Seite <span class="pageNumber"></span> von <span class="totalPages"></span>',
    )
    expect(footerTemplate('en')).toContain(
      'Page <span class="pageNumber"></span> of <span class="totalPages"></span>',
    )
  })
})
