import { afterEach, describe, expect, it } from 'vitest'
import { setLanguage } from '../../i18n'
import {
  exportQuery,
  lastCompleteMonth,
  monthOfPeriod,
  monthOptions,
  periodLabel,
  readReportParams,
  writeReportParams,
} from './params'
import { titlePage } from './print'

describe('report params', () => {
  it('default to the last complete month', () => {
    expect(lastCompleteMonth('2026-04-01')).toBe('2026-03')
    expect(lastCompleteMonth('2026-01-31')).toBe('2025-12')
    expect(readReportParams(new URLSearchParams(''), '2026-04-01')).toEqual({
      month: '2026-03',
      from: '2026-03-01',
      to: '2026-04-01',
      customer: undefined,
    })
  })

  it('read month and ministry, ignoring a malformed month', () => {
    expect(readReportParams(new URLSearchParams('monat=2025-11&ressort=im'), '2026-04-01')).toEqual({
      month: '2025-11',
      from: '2025-11-01',
      to: '2025-12-01',
      customer: 'im',
    })
    expect(readReportParams(new URLSearchParams('monat=2025-13'), '2026-04-01').month).toBe('2026-03')
    // December runs into the next year.
    expect(readReportParams(new URLSearchParams('monat=2025-12'), '2026-04-01').to).toBe('2026-01-01')
  })

  it('read any period from von/bis, which win over monat; a whole month stays a month', () => {
    expect(
      readReportParams(
        new URLSearchParams('von=2026-03-10&bis=2026-03-17&monat=2025-01&ressort=fm'),
        '2026-04-01',
      ),
    ).toEqual({ month: undefined, from: '2026-03-10', to: '2026-03-17', customer: 'fm' })
    // The PDF export links von/bis: 1 March up to 1 April is the month of March.
    expect(readReportParams(new URLSearchParams('von=2026-03-01&bis=2026-04-01'), '2026-05-20').month).toBe(
      '2026-03',
    )
    // A malformed date goes to the server as it is, for its validation message.
    expect(readReportParams(new URLSearchParams('von=gestern&bis=2026-03-17'), '2026-04-01').from).toBe(
      'gestern',
    )
    // Only von: the month picker's default.
    expect(readReportParams(new URLSearchParams('von=2026-03-10'), '2026-04-01').month).toBe('2026-03')
  })

  it('recognize a period that is exactly one calendar month', () => {
    expect(monthOfPeriod('2026-02-01', '2026-03-01')).toBe('2026-02')
    expect(monthOfPeriod('2026-02-01', '2026-03-02')).toBeUndefined()
    expect(monthOfPeriod('2026-02-02', '2026-03-01')).toBeUndefined()
    expect(monthOfPeriod('2026-01-01', '2026-04-01')).toBeUndefined()
  })

  it('write every period as von/bis, the period the navigation carries', () => {
    expect(writeReportParams({ from: '2025-11-01', to: '2025-12-01', customer: 'im' }).toString()).toBe(
      'von=2025-11-01&bis=2025-12-01&ressort=im',
    )
    expect(writeReportParams({ from: '2026-01-01', to: '2026-04-01', customer: undefined }).toString()).toBe(
      'von=2026-01-01&bis=2026-04-01',
    )
  })

  it('link the exports with ressort, von and bis, comments only when asked for', () => {
    const report = { customer: 'im', from: '2026-03-01', to: '2026-04-01' }
    expect(exportQuery(report)).toBe('ressort=im&von=2026-03-01&bis=2026-04-01')
    expect(exportQuery(report, true)).toBe('ressort=im&von=2026-03-01&bis=2026-04-01&kommentare=1')
    // German is the server's default; English files ask for it.
    expect(exportQuery(report, false, 'de')).toBe('ressort=im&von=2026-03-01&bis=2026-04-01')
    expect(exportQuery(report, true, 'en')).toBe(
      'ressort=im&von=2026-03-01&bis=2026-04-01&kommentare=1&sprache=en',
    )
  })

  it('name the period: a month, one day, or first and last day', () => {
    expect(periodLabel('2026-03-01', '2026-04-01')).toBe('März 2026')
    expect(periodLabel('2026-03-10', '2026-03-11')).toBe('10.03.2026')
    // bis is exclusive: the last day shown is the 16th.
    expect(periodLabel('2026-03-10', '2026-03-17')).toBe('10.03.2026 bis 16.03.2026')
  })

  it('offer the current month and 24 before it, newest first', () => {
    const options = monthOptions('2026-04-15', '2026-03')
    expect(options).toHaveLength(25)
    expect(options[0]).toEqual({ value: '2026-04', label: 'April 2026 (laufend)' })
    expect(options[1]).toEqual({ value: '2026-03', label: 'März 2026' })
    expect(options.at(-1)?.value).toBe('2024-04')
    expect(monthOptions('2026-04-15', undefined)).toHaveLength(25)
  })

  it('keep a linked month that is older', () => {
    const options = monthOptions('2026-04-15', '2020-01')
    expect(options).toHaveLength(26)
    expect(options.at(-1)).toEqual({ value: '2020-01', label: 'Januar 2020' })
  })
})

describe('title page', () => {
  it('says Monatsbericht for a month, with the generation time in Berlin', () => {
    // 12 April 2026 12:32 UTC is 14:32 summer time in Berlin.
    expect(
      titlePage({
        customerName: 'Finanzministerium',
        from: '2026-03-01',
        to: '2026-04-01',
        generatedAt: Date.parse('2026-04-12T12:32:00Z'),
      }),
    ).toEqual({
      kind: 'Monatsbericht',
      customerName: 'Finanzministerium',
      period: 'März 2026',
      generated: 'erstellt am 12.04.2026 um 14:32 Uhr',
    })
  })

  it('says Bericht for any other period; winter time is UTC+1', () => {
    const page = titlePage({
      customerName: 'Finanzministerium',
      from: '2026-01-01',
      to: '2026-04-01',
      generatedAt: Date.parse('2026-01-05T23:30:00Z'),
    })
    expect(page.kind).toBe('Bericht')
    expect(page.period).toBe('01.01.2026 bis 31.03.2026')
    // 23:30 UTC on the 5th is 00:30 on the 6th in Berlin.
    expect(page.generated).toBe('erstellt am 06.01.2026 um 00:30 Uhr')
  })
})

describe('in English', () => {
  afterEach(() => setLanguage('de'))

  it('names periods and months in English, day before month', () => {
    setLanguage('en')
    expect(periodLabel('2026-03-01', '2026-04-01')).toBe('March 2026')
    expect(periodLabel('2026-03-10', '2026-03-11')).toBe('10/03/2026')
    expect(periodLabel('2026-03-10', '2026-03-17')).toBe('10/03/2026 to 16/03/2026')
    const options = monthOptions('2026-04-15', '2026-03')
    expect(options[0]).toEqual({ value: '2026-04', label: 'April 2026 (current)' })
    expect(options[1]).toEqual({ value: '2026-03', label: 'March 2026' })
  })

  it('titles the printed report in English, the time still in Berlin', () => {
    setLanguage('en')
    expect(
      titlePage({
        customerName: 'Finanzministerium',
        from: '2026-03-01',
        to: '2026-04-01',
        generatedAt: Date.parse('2026-04-12T12:32:00Z'),
      }),
    ).toEqual({
      kind: 'Monthly report',
      customerName: 'Finanzministerium',
      period: 'March 2026',
      generated: 'created on 12/04/2026 at 14:32',
    })
    const other = titlePage({
      customerName: 'Finanzministerium',
      from: '2026-01-01',
      to: '2026-04-01',
      generatedAt: Date.parse('2026-01-05T23:30:00Z'),
    })
    expect(other).toMatchObject({ kind: 'Report', period: '01/01/2026 to 31/03/2026' })
    expect(other.generated).toBe('created on 06/01/2026 at 00:30')
  })
})
