import { afterEach, describe, expect, it } from 'vitest'
import { setLanguage } from '../../i18n'
import { fileName, isEventKind, KINDS, kindLabel, truncate } from './adapters'

describe('quarantine adapters', () => {
  it('shows the file name of a path', () => {
    expect(fileName('/var/lib/leitstand/import/tickets-2026-03.ndjson')).toBe('tickets-2026-03.ndjson')
    expect(fileName('C:\\Import\\checks.csv')).toBe('checks.csv')
    expect(fileName('tickets.ndjson')).toBe('tickets.ndjson')
  })

  it('truncates long raw lines by characters', () => {
    expect(truncate('kurz', 10)).toEqual({ text: 'kurz', truncated: false })
    expect(truncate('0123456789', 10)).toEqual({ text: '0123456789', truncated: false })
    expect(truncate('Grünkohl-Äpfel', 5)).toEqual({ text: 'Grünk…', truncated: true })
  })

  it('knows the five event kinds', () => {
    expect(KINDS).toEqual(['tickets', 'checks', 'maintenance', 'surveys', 'kpis'])
    expect(isEventKind('surveys')).toBe(true)
    expect(isEventKind('alles')).toBe(false)
    expect(isEventKind(null)).toBe(false)
  })
})

describe('kind labels', () => {
  afterEach(() => setLanguage('de'))

  it('follow the language', () => {
    expect(KINDS.map(kindLabel)).toEqual([
      'Tickets',
      'Monitoring-Messungen',
      'Wartungsfenster',
      'Umfragen',
      'Kennzahlen',
    ])
    setLanguage('en')
    expect(KINDS.map(kindLabel)).toEqual([
      'Tickets',
      'Monitoring checks',
      'Maintenance windows',
      'Surveys',
      'KPIs',
    ])
  })
})
