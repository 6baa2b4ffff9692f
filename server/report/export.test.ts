import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingestFile } from '../../ingest/ingest'
import { ndjson, openTestStore, type TestStore, withCatalog } from '../../test/support/fixtures'
import { createApp } from '../app'
import { startSession } from '../auth/session'

let t: TestStore
let base: string
let close: () => void
const cookieOf = async (user: Parameters<typeof startSession>[1]) =>
  `leitstand_session=${await startSession(t.store, user)}`

beforeAll(async () => {
  t = await openTestStore()
  const catalog = await withCatalog(t.store)
  await ingestFile(
    t.store,
    catalog,
    'tickets',
    await t.file(
      'tickets.ndjson',
      ndjson([
        // Office calendar: Mon 09:00-10:00 = 60 business minutes, P2 target 480: met.
        {
          id: 'a',
          ticket: 'I1',
          at: '2026-03-02T09:00:00+01:00',
          type: 'created',
          customer: 'im',
          service: 'email',
          priority: 'P2',
        },
        { id: 'b', ticket: 'I1', at: '2026-03-02T10:00:00+01:00', type: 'status', status: 'resolved' },
        // A ticket id a spreadsheet would run as a formula (in April, after the report's month), and another ministry's ticket.
        {
          id: 'c',
          ticket: '=HYPERLINK("x")',
          at: '2026-04-02T09:00:00+02:00',
          type: 'created',
          customer: 'im',
          service: 'email',
          priority: 'P3',
        },
        {
          id: 'd',
          ticket: 'FM-GEHEIM',
          at: '2026-03-03T09:00:00+01:00',
          type: 'created',
          customer: 'fm',
          service: 'email',
          priority: 'P3',
        },
      ]),
    ),
  )
  await ingestFile(
    t.store,
    catalog,
    'surveys',
    await t.file(
      'surveys.ndjson',
      ndjson([
        {
          id: 's',
          at: '2026-03-03T10:00:00+01:00',
          customer: 'im',
          kind: 'csat',
          score: 2,
          comment: 'Herr M. war "unfreundlich"; sehr',
        },
      ]),
    ),
  )
  const server = createApp({ store: t.store, demo: false, webDir: '/nonexistent' }).listen(0)
  await new Promise((resolve) => server.once('listening', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  close = () => server.close()
})
afterAll(async () => {
  close()
  await t.close()
})

const query = 'ressort=im&von=2026-03-01&bis=2026-04-01'

describe('CSV export', () => {
  it('has the figures with decimal commas and no comments unless asked for', async () => {
    const response = await fetch(`${base}/export/bericht.csv?${query}`, {
      headers: { cookie: await cookieOf({ id: 'r', name: 'R', role: 'ministry', customer: 'im' }) },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toContain(
      'leitstand-bericht-im-2026-03-01-bis-2026-04-01.csv',
    )
    const text = await response.text()
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(lines[0]).toBe('bereich;kennzahl;service;wert;einheit')
    expect(lines).toContain('Tickets;erstellt;;1;Anzahl')
    expect(lines).toContain('Lösung;Einhaltung;;100,0;%')
    expect(lines).toContain('Lösung;mittlere Lösungszeit;;60,0;Geschäftsminuten')
    // One csat answer of 2: 0 of 1 satisfied.
    expect(lines).toContain('Zufriedenheit;CSAT;;0,0;%')
    // Subscribed services in catalog order, without data: empty cells, not zeros.
    expect(lines).toContain('Verfügbarkeit;Verfügbarkeit;E-Mail;;%')
    expect(text).not.toContain('unfreundlich')
  })

  it('adds the comments, quoted, only when asked for', async () => {
    const response = await fetch(`${base}/export/bericht.csv?${query}&kommentare=1`, {
      headers: { cookie: await cookieOf({ id: 'l', name: 'L', role: 'leadership' }) },
    })
    const text = await response.text()
    expect(text).toContain('zeitpunkt;art;bewertung;service;ticket;kommentar')
    expect(text).toContain('"Herr M. war ""unfreundlich""; sehr"')
  })

  it("refuses another ministry's report and a caller who is not signed in", async () => {
    const fm = await cookieOf({ id: 'f', name: 'F', role: 'ministry', customer: 'fm' })
    for (const path of ['/export/bericht.csv', '/export/bericht.pdf']) {
      const forbidden = await fetch(`${base}${path}?${query}`, { headers: { cookie: fm } })
      expect(forbidden.status).toBe(403)
      expect(await forbidden.text()).toBe('Kein Zugriff auf dieses Ressort.')
      expect((await fetch(`${base}${path}?${query}`)).status).toBe(401)
    }
  })

  it('speaks English when asked: header, labels, decimal point, file name', async () => {
    const response = await fetch(`${base}/export/bericht.csv?${query}&sprache=en&kommentare=1`, {
      headers: { cookie: await cookieOf({ id: 'r', name: 'R', role: 'ministry', customer: 'im' }) },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toContain(
      'leitstand-report-im-2026-03-01-to-2026-04-01.csv',
    )
    const text = await response.text()
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(lines[0]).toBe('area,kpi,service,value,unit')
    expect(lines).toContain('Tickets,created,,1,count')
    expect(lines).toContain('Resolution,compliance,,100.0,%')
    expect(lines).toContain('Resolution,mean resolution time,,60.0,business minutes')
    expect(lines).toContain('Satisfaction,CSAT,,0.0,%')
    expect(lines).toContain('Availability,availability,E-Mail,,%')
    expect(lines).toContain('time,kind,score,service,ticket,comment')
    expect(lines).toContain('2026-03-03T09:00:00.000Z,csat,2,,,"Herr M. war ""unfreundlich""; sehr"')
    for (const german of ['bereich', 'erstellt', 'Lösung', 'Anzahl', 'Geschäftsminuten', 'Zufriedenheit'])
      expect(text).not.toContain(german)
    // German stays the default, and says so when asked.
    const german = await fetch(`${base}/export/bericht.csv?${query}&sprache=de`, {
      headers: { cookie: await cookieOf({ id: 'r', name: 'R', role: 'ministry', customer: 'im' }) },
    })
    expect((await german.text()).replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
      'bereich;kennzahl;service;wert;einheit',
    )
  })

  it('refuses in English for an English download, and a language it does not know', async () => {
    const fm = await cookieOf({ id: 'f', name: 'F', role: 'ministry', customer: 'fm' })
    for (const path of ['/export/bericht.csv', '/export/bericht.pdf']) {
      const forbidden = await fetch(`${base}${path}?${query}&sprache=en`, { headers: { cookie: fm } })
      expect(forbidden.status).toBe(403)
      expect(await forbidden.text()).toBe('No access to this ministry.')
      const unknown = await fetch(`${base}${path}?${query}&sprache=fr`, { headers: { cookie: fm } })
      expect(unknown.status).toBe(400)
      expect(await unknown.text()).toContain('"sprache" must be de or en')
    }
  })

  it('rejects a bad period with a readable message', async () => {
    const response = await fetch(`${base}/export/bericht.csv?ressort=im&von=2026-04-01&bis=2026-03-01`, {
      headers: { cookie: await cookieOf({ id: 'l', name: 'L', role: 'leadership' }) },
    })
    expect(response.status).toBe(400)
    expect(await response.text()).toContain('„bis“ muss nach „von“ liegen')
  })
})

describe('drill-down CSV (/export/tickets.csv)', () => {
  const list = 'von=2026-03-01&bis=2026-05-01&ergebnis=created'
  const ministry = () => cookieOf({ id: 'r', name: 'R', role: 'ministry', customer: 'im' })
  const lines = (text: string) =>
    text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')

  it("lists the whole list of the caller's own ministry, formula-safe", async () => {
    const response = await fetch(`${base}/export/tickets.csv?${list}`, {
      headers: { cookie: await ministry() },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toContain(
      'leitstand-tickets-2026-03-01-2026-05-01.csv',
    )
    const rows = lines(await response.text())
    expect(rows[0]?.split(';').slice(0, 6)).toEqual([
      'ticket',
      'ressort',
      'service',
      'prioritaet',
      'status',
      'sla',
    ])
    // Newest first: the formula-like id starts with an apostrophe (and is quoted for its quote marks).
    expect(rows.slice(1).map((row) => row.split(';')[0])).toEqual(['"\'=HYPERLINK(""x"")"', 'I1'])
    expect(rows.join('\n')).not.toContain('FM-GEHEIM')
    // Business minutes with one decimal, like every minute figure: 60 of a 480-minute P2 target.
    const i1 = rows.find((row) => row.startsWith('I1;'))?.split(';') ?? []
    expect(i1).toContain('60,0')
    expect(i1).toContain('480,0')
  })

  it("refuses another ministry's list and a caller who is not signed in", async () => {
    const other = await fetch(`${base}/export/tickets.csv?${list}&ressort=fm`, {
      headers: { cookie: await ministry() },
    })
    expect(other.status).toBe(403)
    expect(await other.text()).not.toContain('FM-GEHEIM')
    expect((await fetch(`${base}/export/tickets.csv?${list}`)).status).toBe(401)
  })

  it('gives the staff every ministry, in English with commas when asked', async () => {
    const response = await fetch(`${base}/export/tickets.csv?${list}&sprache=en`, {
      headers: { cookie: await cookieOf({ id: 'l', name: 'L', role: 'leadership' }) },
    })
    const rows = lines(await response.text())
    expect(rows[0]?.split(',').slice(0, 3)).toEqual(['ticket', 'ministry', 'service'])
    expect(
      rows
        .slice(1)
        .map((row) => row.split(',')[0])
        .sort(),
    ).toEqual(['"\'=HYPERLINK(""x"")"', 'FM-GEHEIM', 'I1'])
  })
})
