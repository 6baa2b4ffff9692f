import { describe, expect, it } from 'vitest'
import { type BusinessCalendar, createCalendar, isHolidayRegion } from './calendar'
import type { CalendarDef } from './catalog'

// Instants are written with their offset (CET +01:00, CEST +02:00) so every
// expected value below is readable without a timezone library.
const t = (iso: string) => Date.parse(iso)
const HOUR = 3_600_000

const weekdays = (hours: Array<[number, number]>) => ({
  mon: hours,
  tue: hours,
  wed: hours,
  thu: hours,
  fri: hours,
})
const everyDay = (hours: Array<[number, number]>) => ({ ...weekdays(hours), sat: hours, sun: hours })
const H = (hour: number, minute = 0) => hour * 60 + minute

function calendar(
  def: Partial<CalendarDef> & Pick<CalendarDef, 'hours'>,
  zone = 'Europe/Berlin',
): BusinessCalendar {
  return createCalendar({ id: 'test', closed: [], ...def }, zone)
}

// Servicezeit of the worked examples: Mon-Fri 08:00-16:00 Europe/Berlin, DE-MV.
const office = calendar({ timezone: 'Europe/Berlin', holidays: 'DE-MV', hours: weekdays([[H(8), H(16)]]) })

describe('office hours Mon-Fri 08:00-16:00, DE-MV', () => {
  it('counts one working day as 8 h and a week as 5 of them', () => {
    // Mon 2026-03-02 00:00 .. Tue 00:00: 08:00-16:00 = 480 min.
    expect(office.businessMinutes(t('2026-03-02T00:00+01:00'), t('2026-03-03T00:00+01:00'))).toBe(480)
    // Mon 03-02 .. Mon 03-09: 5 days * 480 = 2400 min, Saturday and Sunday closed.
    expect(office.businessMinutes(t('2026-03-02T00:00+01:00'), t('2026-03-09T00:00+01:00'))).toBe(2400)
  })

  it('clips to the asked interval', () => {
    // Mon 15:00 .. Tue 09:00: 15-16 (60) + 08-09 (60) = 120 min.
    expect(office.businessMinutes(t('2026-03-02T15:00+01:00'), t('2026-03-03T09:00+01:00'))).toBe(120)
    expect(office.openIntervals(t('2026-03-02T15:00+01:00'), t('2026-03-03T09:00+01:00'))).toEqual([
      [t('2026-03-02T15:00+01:00'), t('2026-03-02T16:00+01:00')],
      [t('2026-03-03T08:00+01:00'), t('2026-03-03T09:00+01:00')],
    ])
  })

  it('skips Good Friday and Easter Monday', () => {
    // Thu 04-02 .. Wed 04-08 (CEST): Thu 480, Fri 04-03 holiday, Sat/Sun closed,
    // Mon 04-06 holiday, Tue 480 = 960 min.
    expect(office.businessMinutes(t('2026-04-02T00:00+02:00'), t('2026-04-08T00:00+02:00'))).toBe(960)
    expect(office.businessMinutes(t('2026-04-03T00:00+02:00'), t('2026-04-04T00:00+02:00'))).toBe(0)
    expect(office.businessMinutes(t('2026-04-06T00:00+02:00'), t('2026-04-07T00:00+02:00'))).toBe(0)
  })

  it('counts the whole year 2026 from weekdays minus weekday holidays', () => {
    // 2026 starts on a Thursday: 52 weeks + 1 Thursday = 52 * 5 + 1 = 261 weekdays.
    // Public holidays in MV on weekdays: Jan 1 (Thu), Apr 3 (Fri), Apr 6 (Mon), May 1 (Fri),
    // May 14 (Thu), May 25 (Mon), Dec 25 (Fri) = 7. (Mar 8, Oct 3, Oct 31, Dec 26 fall on weekends.)
    // (261 - 7) * 480 = 254 * 480 = 121920 min.
    expect(office.businessMinutes(t('2026-01-01T00:00+01:00'), t('2027-01-01T00:00+01:00'))).toBe(121920)
  })

  it('finds the instant a business amount has elapsed over a weekend', () => {
    // Fri 03-06 15:00 + 2 h: 60 min on Friday, 60 more from Mon 03-09 08:00 -> Mon 09:00.
    expect(office.addBusinessMs(t('2026-03-06T15:00+01:00'), 2 * HOUR)).toBe(t('2026-03-09T09:00+01:00'))
    // Exactly the rest of Friday ends at Fri 16:00, the earliest such instant, not Mon 08:00.
    expect(office.addBusinessMs(t('2026-03-06T15:00+01:00'), HOUR)).toBe(t('2026-03-06T16:00+01:00'))
    // Starting on a Saturday: the first open minute is Mon 08:00; + 30 min -> 08:30.
    expect(office.addBusinessMs(t('2026-03-07T12:00+01:00'), HOUR / 2)).toBe(t('2026-03-09T08:30+01:00'))
  })

  it('finds the instant a business amount has elapsed over Easter', () => {
    // Thu 04-02 15:00 + 4 h: 60 min Thursday, Fri holiday, weekend, Mon holiday,
    // 180 min from Tue 04-07 08:00 -> Tue 11:00.
    expect(office.addBusinessMs(t('2026-04-02T15:00+02:00'), 4 * HOUR)).toBe(t('2026-04-07T11:00+02:00'))
  })

  it('adding nothing returns the start, even when closed', () => {
    expect(office.addBusinessMs(t('2026-03-07T12:00+01:00'), 0)).toBe(t('2026-03-07T12:00+01:00'))
    expect(() => office.addBusinessMs(t('2026-03-07T12:00+01:00'), -1)).toThrow(RangeError)
  })

  it('gives nothing for a zero-length or reversed interval', () => {
    const a = t('2026-03-02T10:00+01:00')
    const b = t('2026-03-02T12:00+01:00')
    expect(office.businessMs(a, a)).toBe(0)
    expect(office.openIntervals(a, a)).toEqual([])
    expect(office.businessMs(b, a)).toBe(0)
    expect(office.openIntervals(b, a)).toEqual([])
  })
})

describe('holidays', () => {
  it('closes Reformationstag in MV but not in Bavaria, and counts only public holidays', () => {
    const mv = calendar({ holidays: 'DE-MV', hours: everyDay([[H(8), H(16)]]) })
    const by = calendar({ holidays: 'DE-BY', hours: everyDay([[H(8), H(16)]]) })
    // Sat 10-31 is Reformationstag, public in MV only; Sun 11-01 is Allerheiligen,
    // public in Bavaria and an observance (not counted) in MV.
    const fri = t('2026-10-30T00:00+01:00')
    const sat = t('2026-10-31T00:00+01:00')
    const sun = t('2026-11-01T00:00+01:00')
    const mon = t('2026-11-02T00:00+01:00')
    expect([
      mv.businessMinutes(fri, sat),
      mv.businessMinutes(sat, sun),
      mv.businessMinutes(sun, mon),
    ]).toEqual([480, 0, 480])
    expect([
      by.businessMinutes(fri, sat),
      by.businessMinutes(sat, sun),
      by.businessMinutes(sun, mon),
    ]).toEqual([480, 480, 0])
  })

  it('closes the listed closed days', () => {
    const closing = calendar({ holidays: 'DE-MV', closed: ['2026-12-24'], hours: weekdays([[H(8), H(16)]]) })
    // Wed 12-23 open 480, Thu 12-24 closed, Fri 12-25 public holiday.
    expect(closing.businessMinutes(t('2026-12-23T00:00+01:00'), t('2026-12-26T00:00+01:00'))).toBe(480)
    // Without `closed`, 12-24 (a "bank" half-holiday in date-holidays, not public) is open.
    expect(office.businessMinutes(t('2026-12-24T00:00+01:00'), t('2026-12-25T00:00+01:00'))).toBe(480)
  })

  it('rejects a region date-holidays does not know instead of silently using the country', () => {
    expect(isHolidayRegion('DE-MV')).toBe(true)
    expect(isHolidayRegion('DE')).toBe(true)
    expect(isHolidayRegion('DE-XX')).toBe(false)
    expect(() => calendar({ holidays: 'DE-XX', hours: weekdays([[H(8), H(16)]]) })).toThrow(/DE-XX/)
  })
})

describe('split ranges', () => {
  // Fri "07:00-12:00,13:00-15:00".
  const friday = calendar({
    hours: {
      fri: [
        [H(7), H(12)],
        [H(13), H(15)],
      ],
    },
  })

  it('counts both ranges and not the lunch break', () => {
    const fri = t('2026-03-06T00:00+01:00')
    // 5 h + 2 h = 420 min.
    expect(friday.businessMinutes(fri, t('2026-03-07T00:00+01:00'))).toBe(420)
    // 11:00-14:00: 11-12 (60) + 13-14 (60) = 120 min.
    expect(friday.businessMinutes(t('2026-03-06T11:00+01:00'), t('2026-03-06T14:00+01:00'))).toBe(120)
    expect(friday.openIntervals(fri, t('2026-03-07T00:00+01:00'))).toEqual([
      [t('2026-03-06T07:00+01:00'), t('2026-03-06T12:00+01:00')],
      [t('2026-03-06T13:00+01:00'), t('2026-03-06T15:00+01:00')],
    ])
  })

  it('jumps the break when adding time', () => {
    // Fri 11:30 + 1 h: 30 min to 12:00, then 30 min from 13:00 -> 13:30.
    expect(friday.addBusinessMs(t('2026-03-06T11:30+01:00'), HOUR)).toBe(t('2026-03-06T13:30+01:00'))
    // Fri 14:00 + 2 h: 60 min to 15:00, next open Friday 03-13 07:00 + 60 -> 08:00.
    expect(friday.addBusinessMs(t('2026-03-06T14:00+01:00'), 2 * HOUR)).toBe(t('2026-03-13T08:00+01:00'))
  })
})

describe('24x7', () => {
  const always = createCalendar(
    { id: 'always', closed: ['2026-03-29'], holidays: 'DE-MV', hours: '24x7' },
    'Europe/Berlin',
  )

  it('follows the real length of the daylight-saving days, ignoring holidays and closed days', () => {
    // Local day 2026-03-29: 00:00+01:00 .. 00:00+02:00 next day = 23 h = 1380 min.
    expect(always.businessMinutes(t('2026-03-29T00:00+01:00'), t('2026-03-30T00:00+02:00'))).toBe(1380)
    // Local day 2026-10-25: 00:00+02:00 .. 00:00+01:00 next day = 25 h = 1500 min.
    expect(always.businessMinutes(t('2026-10-25T00:00+02:00'), t('2026-10-26T00:00+01:00'))).toBe(1500)
    // Good Friday counts fully: 24 h = 1440 min.
    expect(always.businessMinutes(t('2026-04-03T00:00+02:00'), t('2026-04-04T00:00+02:00'))).toBe(1440)
  })

  it('is one interval and adds plain time', () => {
    const from = t('2026-03-28T12:00+01:00')
    const to = t('2026-03-29T12:00+02:00')
    expect(always.openIntervals(from, to)).toEqual([[from, to]])
    // Sat 12:00+01 + 23 h = Sun 11:00Z = Sun 12:00+02 (the skipped hour is not on the clock).
    expect(always.addBusinessMs(from, 23 * HOUR)).toBe(to)
    expect(always.openIntervals(to, from)).toEqual([])
    expect(always.businessMs(to, to)).toBe(0)
  })
})

describe('night hours across daylight saving', () => {
  // Every night 20:00-24:00 and 00:00-06:00.
  const night = calendar({
    hours: everyDay([
      [H(0), H(6)],
      [H(20), H(24)],
    ]),
  })

  it('loses the skipped hour in spring', () => {
    // Sat 03-28 20:00+01 (19:00Z) .. Sun 03-29 06:00+02 (04:00Z): 4 h Saturday +
    // 00:00-06:00 Sunday without 02:00-03:00 = 5 h; 9 h = 540 min, one merged interval.
    const from = t('2026-03-28T18:00+01:00')
    const to = t('2026-03-29T12:00+02:00')
    expect(night.openIntervals(from, to)).toEqual([
      [t('2026-03-28T20:00+01:00'), t('2026-03-29T06:00+02:00')],
    ])
    expect(night.businessMinutes(from, to)).toBe(540)
  })

  it('counts the repeated hour twice in autumn', () => {
    // Sat 10-24 20:00+02 (18:00Z) .. Sun 10-25 06:00+01 (05:00Z): 4 h Saturday +
    // 00:00-06:00 Sunday with 02:00-03:00 twice = 7 h; 11 h = 660 min.
    const from = t('2026-10-24T18:00+02:00')
    const to = t('2026-10-25T12:00+01:00')
    expect(night.openIntervals(from, to)).toEqual([
      [t('2026-10-24T20:00+02:00'), t('2026-10-25T06:00+01:00')],
    ])
    expect(night.businessMinutes(from, to)).toBe(660)
  })

  it('joins a 24:00 end with a 00:00 start on the next day', () => {
    const weekend = calendar({ hours: { sat: [[H(20), H(24)]], sun: [[H(0), H(6)]] } })
    // Sat 03-07 20:00 .. Sun 03-08 06:00 (no DST): one interval of 10 h.
    expect(weekend.openIntervals(t('2026-03-07T00:00+01:00'), t('2026-03-09T00:00+01:00'))).toEqual([
      [t('2026-03-07T20:00+01:00'), t('2026-03-08T06:00+01:00')],
    ])
    // Sat 03-07 23:00 + 2 h: 1 h to midnight, 1 h after -> Sun 01:00.
    expect(weekend.addBusinessMs(t('2026-03-07T23:00+01:00'), 2 * HOUR)).toBe(t('2026-03-08T01:00+01:00'))
    // Across spring: Sat 03-28 23:00+01 = 22:00Z, open without a break into Sunday;
    // + 2 h = 00:00Z = Sun 01:00+01 (still before the switch at 01:00Z).
    expect(weekend.addBusinessMs(t('2026-03-28T23:00+01:00'), 2 * HOUR)).toBe(t('2026-03-29T01:00+01:00'))
    // Sat 03-28 23:00+01 + 4 h: 22:00Z + 4 h = 02:00Z = Sun 04:00+02 (02:00-03:00 does not exist).
    expect(weekend.addBusinessMs(t('2026-03-28T23:00+01:00'), 4 * HOUR)).toBe(t('2026-03-29T04:00+02:00'))
  })

  it('handles a range that starts inside the skipped or repeated hour', () => {
    const early = calendar({ hours: { sun: [[H(2, 30), H(4)]] } })
    // Spring, Sun 03-29: local 02:30 does not exist; open from 03:00+02 (the first instant
    // showing a time >= 02:30) to 04:00+02 = 60 min.
    expect(early.openIntervals(t('2026-03-29T00:00+01:00'), t('2026-03-30T00:00+02:00'))).toEqual([
      [t('2026-03-29T03:00+02:00'), t('2026-03-29T04:00+02:00')],
    ])
    // Autumn, Sun 10-25: 02:30-03:00 happens in CEST and again in CET, and 03:00-04:00 once:
    // [02:30+02, 03:00+02 = 02:00+01) and [02:30+01, 04:00+01): 30 + 90 = 120 min.
    expect(early.openIntervals(t('2026-10-25T00:00+02:00'), t('2026-10-26T00:00+01:00'))).toEqual([
      [t('2026-10-25T02:30+02:00'), t('2026-10-25T02:00+01:00')],
      [t('2026-10-25T02:30+01:00'), t('2026-10-25T04:00+01:00')],
    ])
    expect(early.businessMinutes(t('2026-10-25T00:00+02:00'), t('2026-10-26T00:00+01:00'))).toBe(120)
  })
})

describe('timezone', () => {
  it('falls back to the catalog timezone', () => {
    const newYork = createCalendar(
      { id: 'ny', closed: [], hours: { mon: [[H(8), H(16)]] } },
      'America/New_York',
    )
    expect(newYork.timezone).toBe('America/New_York')
    // Mon 2026-03-02 08:00-16:00 EST (-05:00).
    expect(newYork.openIntervals(t('2026-03-02T00:00-05:00'), t('2026-03-03T00:00-05:00'))).toEqual([
      [t('2026-03-02T08:00-05:00'), t('2026-03-02T16:00-05:00')],
    ])
  })

  it('uses the calendar timezone over the catalog one', () => {
    const berlin = createCalendar(
      { id: 'b', timezone: 'Europe/Berlin', closed: [], hours: { mon: [[H(8), H(16)]] } },
      'America/New_York',
    )
    expect(berlin.openIntervals(t('2026-03-02T00:00+01:00'), t('2026-03-03T00:00+01:00'))).toEqual([
      [t('2026-03-02T08:00+01:00'), t('2026-03-02T16:00+01:00')],
    ])
  })
})

describe('never open', () => {
  it('has no business time and no deadline', () => {
    const closed = calendar({ hours: {} })
    expect(closed.businessMs(t('2026-01-01T00:00+01:00'), t('2027-01-01T00:00+01:00'))).toBe(0)
    expect(closed.addBusinessMs(t('2026-01-01T00:00+01:00'), HOUR)).toBe(Number.POSITIVE_INFINITY)
  })
})

describe('long spans (a ticket open for decades, a report far ahead)', () => {
  it('sum whole days from a running total and agree with the day-by-day walk', () => {
    // No holidays: Mon 2026-03-02 .. Mon 2100-03-01 is 27,027 days = 3,861 weeks of 5 x 8 h, CET on both ends.
    const plain = calendar({ timezone: 'Europe/Berlin', hours: weekdays([[H(8), H(16)]]) })
    expect(plain.businessMinutes(t('2026-03-02T00:00+01:00'), t('2100-03-01T00:00+01:00'))).toBe(3861 * 2400)
    // Oracle: with holidays and DST, a long span equals the sum of its months (each walked day by day),
    // also when a later call asks for earlier days than the running total began with.
    for (const [from, to] of [
      ['2030-01-15T09:30:00+01:00', '2041-07-03T12:00:00+02:00'],
      ['2026-02-10T15:00:00+01:00', '2029-11-30T08:30:00+01:00'],
    ] as const) {
      let monthly = 0
      for (let start = t(from); start < t(to); start += 30 * 24 * HOUR)
        monthly += office.businessMs(start, Math.min(start + 30 * 24 * HOUR, t(to)))
      expect(office.businessMs(t(from), t(to))).toBe(monthly)
    }
  })
})
