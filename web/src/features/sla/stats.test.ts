import { afterEach, describe, expect, it } from 'vitest'
import { setLanguage } from '../../i18n'
import { shareRows, statsView } from './stats'

describe('ticket stats', () => {
  it('give each row its share of the total and a bar relative to the largest', () => {
    const rows = shareRows([
      { key: 'portal', label: 'Serviceportal', tickets: 60 },
      { key: 'phone', label: 'Telefon', tickets: 30 },
      { key: 'email', label: 'E-Mail', tickets: 10 },
    ])
    expect(rows.map((r) => [r.count, r.share, r.bar])).toEqual([
      ['60', '60,0\u00a0%', 100],
      ['30', '30,0\u00a0%', 50],
      ['10', '10,0\u00a0%', (10 / 60) * 100],
    ])
    expect(shareRows([{ key: 'x', label: 'x', tickets: 0 }])[0]).toMatchObject({ share: null, bar: 0 })
  })

  it('label channels and categories in German and keep the reopen rate null without resolved tickets', () => {
    const view = statsView({
      created: 12,
      resolved: 0,
      reopened: 0,
      reopenRate: null,
      byChannel: [
        { channel: 'phone', tickets: 8 },
        { channel: 'fax', tickets: 4 },
      ],
      byCategory: [{ category: 'incident', tickets: 12 }],
      backlog: [
        { age: 'under1', tickets: 2 },
        { age: 'from1to3', tickets: 1 },
      ],
    })
    expect(view.channels.map((r) => r.label)).toEqual(['Telefon', 'fax'])
    expect(view.categories.map((r) => r.label)).toEqual(['Störung'])
    expect(view.backlogTotal).toBe('3')
    expect(view.reopenRate).toBeNull()
    expect(view.reopenDetail).toBe('0 Wiedereröffnungen bei 0 gelösten Tickets')
  })

  it('give the reopen rate as reopen events per resolved ticket', () => {
    // 494 reopen events for 12815 resolved tickets = 3.85 %
    const view = statsView({
      created: 12861,
      resolved: 12815,
      reopened: 494,
      reopenRate: (494 / 12815) * 100,
      byChannel: [],
      byCategory: [],
      backlog: [],
    })
    expect(view.created).toBe('12.861')
    expect(view.resolved).toBe('12.815')
    expect(view.reopenRate).toBe('3,9\u00a0%')
    expect(view.reopenDetail).toBe('494 Wiedereröffnungen bei 12.815 gelösten Tickets')
  })
})

describe('ticket stats in English', () => {
  afterEach(() => setLanguage('de'))

  it("label channels, categories and the server's age bands in English, numbers the English way", () => {
    setLanguage('en')
    const view = statsView({
      created: 12861,
      resolved: 12815,
      reopened: 494,
      reopenRate: (494 / 12815) * 100,
      byChannel: [
        { channel: 'portal', tickets: 60 },
        { channel: 'phone', tickets: 30 },
        { channel: 'email', tickets: 5 },
        { channel: 'fax', tickets: 5 },
      ],
      byCategory: [
        { category: 'incident', tickets: 90 },
        { category: 'request', tickets: 9 },
        { category: 'unknown', tickets: 1 },
      ],
      backlog: [
        { age: 'under1', tickets: 2 },
        { age: 'from1to3', tickets: 1 },
        { age: 'from3to7', tickets: 0 },
        { age: 'from7to30', tickets: 0 },
        { age: 'over30', tickets: 1 },
      ],
    })
    expect(view.channels.map((r) => [r.label, r.share])).toEqual([
      ['Service portal', '60.0%'],
      ['Phone', '30.0%'],
      ['Email', '5.0%'],
      ['fax', '5.0%'],
    ])
    expect(view.categories.map((r) => r.label)).toEqual(['Incident', 'Service request', 'unknown'])
    expect(view.backlog.map((r) => r.label)).toEqual([
      '< 1 day',
      '1–3 days',
      '3–7 days',
      '7–30 days',
      '> 30 days',
    ])
    expect(view.created).toBe('12,861')
    // 494 / 12815 = 3.85 %
    expect(view.reopenRate).toBe('3.9%')
    expect(view.reopenDetail).toBe('494 reopenings for 12,815 resolved tickets')
  })

  it('say one reopening in the singular', () => {
    setLanguage('en')
    const view = statsView({
      created: 3,
      resolved: 10,
      reopened: 1,
      reopenRate: 10,
      byChannel: [],
      byCategory: [],
      backlog: [],
    })
    expect(view.reopenRate).toBe('10.0%')
    expect(view.reopenDetail).toBe('1 reopening for 10 resolved tickets')
  })
})
