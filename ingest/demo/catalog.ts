/**
 * The demo catalog: the Ressorts of Mecklenburg-Vorpommern as customers of the
 * state's central IT agency, its services, SLAs and leadership goals, plus the
 * profiles the generator draws from (how many tickets a Ressort raises, how
 * fast a service answers its monitoring probes).
 */
import type { CatalogInput } from '../../shared/catalog'
import { startOfLocalDay } from '../../shared/time'

export const TIMEZONE = 'Europe/Berlin'

/** Subscribed by every Ressort. */
const BASE_SERVICES = ['email', 'netz', 'client', 'telefonie', 'servicedesk']

interface CustomerProfile {
  id: string
  name: string
  /** Relative ticket volume: the large ministries raise more tickets. */
  size: number
  /** Services beyond the base set. */
  extraServices: string[]
}

export const CUSTOMERS: readonly CustomerProfile[] = [
  {
    id: 'stk',
    name: 'Staatskanzlei',
    size: 0.6,
    extraServices: [
      'eakte',
      'idm',
      'vpn',
      'video',
      'webhosting',
      'fileservice',
      'druck',
      'mdm',
      'collaboration',
      'ki-assistenz',
    ],
  },
  {
    id: 'im',
    name: 'Ministerium für Inneres, Bau und Digitalisierung',
    size: 2.0,
    extraServices: [
      'eakte',
      'portal',
      'idm',
      'vpn',
      'video',
      'webhosting',
      'fileservice',
      'druck',
      'dms',
      'fachverfahren-hosting',
      'backup',
      'mdm',
      'collaboration',
      'ki-assistenz',
      'geodaten',
    ],
  },
  {
    id: 'fm',
    name: 'Finanzministerium',
    size: 1.6,
    extraServices: [
      'eakte',
      'idm',
      'vpn',
      'fileservice',
      'druck',
      'dms',
      'fachverfahren-hosting',
      'backup',
      'mdm',
    ],
  },
  {
    id: 'wm',
    name: 'Ministerium für Wirtschaft, Infrastruktur, Tourismus und Arbeit',
    size: 1.0,
    extraServices: [
      'eakte',
      'portal',
      'idm',
      'vpn',
      'video',
      'webhosting',
      'fileservice',
      'druck',
      'mdm',
      'geodaten',
    ],
  },
  {
    id: 'lm',
    name: 'Ministerium für Klimaschutz, Landwirtschaft, ländliche Räume und Umwelt',
    size: 1.1,
    extraServices: [
      'eakte',
      'idm',
      'vpn',
      'video',
      'webhosting',
      'fileservice',
      'druck',
      'fachverfahren-hosting',
      'geodaten',
    ],
  },
  {
    id: 'bm',
    name: 'Ministerium für Bildung und Kindertagesförderung',
    size: 1.0,
    extraServices: [
      'portal',
      'idm',
      'vpn',
      'video',
      'webhosting',
      'fileservice',
      'druck',
      'mdm',
      'collaboration',
    ],
  },
  {
    id: 'wkm',
    name: 'Ministerium für Wissenschaft, Kultur, Bundes- und Europaangelegenheiten',
    size: 0.8,
    extraServices: ['idm', 'vpn', 'video', 'webhosting', 'fileservice', 'druck', 'collaboration'],
  },
  {
    id: 'jm',
    name: 'Ministerium für Justiz, Gleichstellung und Verbraucherschutz',
    size: 1.2,
    extraServices: ['eakte', 'idm', 'vpn', 'fileservice', 'druck', 'dms', 'fachverfahren-hosting', 'backup'],
  },
  {
    id: 'sm',
    name: 'Ministerium für Soziales, Gesundheit und Sport',
    size: 1.5,
    extraServices: [
      'eakte',
      'portal',
      'idm',
      'vpn',
      'video',
      'fileservice',
      'druck',
      'fachverfahren-hosting',
      'mdm',
      'collaboration',
    ],
  },
]

/**
 * Agreements that change within the demo's year (formats.md, "Agreements over
 * time"): the E-Akte is handed over to the Bildungsministerium on 1 April, and
 * the standard SLA is renegotiated from 1 July (availability 99.5 -> 99.7,
 * resolution P1 4h -> 3h).
 */
export const HANDOVER = { customer: 'bm', service: 'eakte', monthDay: '04-01' } as const
export const SLA_CHANGE = { sla: 'standard', monthDay: '07-01' } as const

/** The dates within the demo's window: the latest 1 April and 1 July in it; none before the window. */
export interface AgreementDates {
  handover?: string
  slaChange?: string
}

/** The latest 1 April and 1 July strictly inside the window `(start, now)`: the hand-over and the SLA change. */
export function agreementDates(years: readonly number[], start: number, now: number): AgreementDates {
  const inWindow = (monthDay: string) =>
    years
      .map((year) => `${year}-${monthDay}`)
      .filter((date) => {
        const at = startOfLocalDay(date, TIMEZONE)
        return at > start && at < now
      })
      .at(-1)
  return { handover: inWindow(HANDOVER.monthDay), slaChange: inWindow(SLA_CHANGE.monthDay) }
}

/** Every service the customer subscribes at some time, the one handed over included. */
export function subscribedServices(customer: CustomerProfile): string[] {
  const handedOver = customer.id === HANDOVER.customer ? [HANDOVER.service] : []
  return [...BASE_SERVICES, ...customer.extraServices, ...handedOver]
}

interface ServiceProfile {
  id: string
  name: string
  /** Relative share of tickets among the services a Ressort subscribes to. */
  ticketWeight: number
  /** Share of tickets that are service requests rather than incidents. */
  requestShare: number
  /** Typical probe latency in milliseconds. */
  latencyMs: number
}

export const SERVICES: readonly ServiceProfile[] = [
  { id: 'email', name: 'E-Mail und Kalender', ticketWeight: 8, requestShare: 0.35, latencyMs: 140 },
  { id: 'netz', name: 'Landesnetz (CN LAVINE)', ticketWeight: 3, requestShare: 0.25, latencyMs: 12 },
  { id: 'eakte', name: 'E-Akte', ticketWeight: 6, requestShare: 0.35, latencyMs: 420 },
  { id: 'portal', name: 'Serviceportal MV', ticketWeight: 3, requestShare: 0.3, latencyMs: 260 },
  { id: 'telefonie', name: 'Telefonie', ticketWeight: 4, requestShare: 0.5, latencyMs: 35 },
  { id: 'client', name: 'Clientmanagement', ticketWeight: 10, requestShare: 0.5, latencyMs: 90 },
  { id: 'vpn', name: 'Fernzugang (VPN)', ticketWeight: 4, requestShare: 0.4, latencyMs: 60 },
  { id: 'idm', name: 'Identitätsmanagement', ticketWeight: 5, requestShare: 0.7, latencyMs: 110 },
  { id: 'video', name: 'Videokonferenz', ticketWeight: 3, requestShare: 0.3, latencyMs: 180 },
  { id: 'webhosting', name: 'Webhosting', ticketWeight: 1.5, requestShare: 0.5, latencyMs: 150 },
  { id: 'fileservice', name: 'Dateiablage', ticketWeight: 3, requestShare: 0.5, latencyMs: 45 },
  { id: 'druck', name: 'Druckdienste', ticketWeight: 5, requestShare: 0.3, latencyMs: 70 },
  { id: 'dms', name: 'Dokumentenmanagement', ticketWeight: 2, requestShare: 0.4, latencyMs: 380 },
  {
    id: 'fachverfahren-hosting',
    name: 'Hosting von Fachverfahren',
    ticketWeight: 3,
    requestShare: 0.3,
    latencyMs: 300,
  },
  { id: 'servicedesk', name: 'Servicedesk', ticketWeight: 3, requestShare: 0.6, latencyMs: 200 },
  { id: 'backup', name: 'Datensicherung', ticketWeight: 1, requestShare: 0.6, latencyMs: 95 },
  { id: 'mdm', name: 'Mobile Geräte', ticketWeight: 3, requestShare: 0.55, latencyMs: 130 },
  {
    id: 'collaboration',
    name: 'Zusammenarbeitsplattform',
    ticketWeight: 2,
    requestShare: 0.45,
    latencyMs: 240,
  },
  { id: 'ki-assistenz', name: 'KI-Assistenz', ticketWeight: 1.5, requestShare: 0.5, latencyMs: 850 },
  { id: 'geodaten', name: 'Geodateninfrastruktur', ticketWeight: 1, requestShare: 0.4, latencyMs: 330 },
]

/** Demo checks run every five minutes so that the year loads fast. */
const CHECK_INTERVAL_SECONDS = 300

/** The catalog for data spanning `years` (the closed days 24.12. and 31.12. of each). */
export function demoCatalog(years: readonly number[], dates: AgreementDates = {}): CatalogInput {
  const holidays = 'DE-MV'
  return {
    timezone: TIMEZONE,
    calendars: [
      {
        id: 'buerozeit',
        timezone: TIMEZONE,
        holidays,
        closed: years.flatMap((year) => [`${year}-12-24`, `${year}-12-31`]),
        hours: {
          mon: '07:00-18:00',
          tue: '07:00-18:00',
          wed: '07:00-18:00',
          thu: '07:00-18:00',
          fri: '07:00-15:00',
        },
      },
      {
        id: 'erweitert',
        timezone: TIMEZONE,
        holidays,
        hours: {
          mon: '06:00-20:00',
          tue: '06:00-20:00',
          wed: '06:00-20:00',
          thu: '06:00-20:00',
          fri: '06:00-20:00',
          sat: '08:00-14:00',
        },
      },
      { id: 'rund-um-die-uhr', hours: '24x7' },
    ],
    customers: CUSTOMERS.map((customer) => ({
      id: customer.id,
      name: customer.name,
      services: subscribedServices(customer).flatMap(
        (service): Array<string | { service: string; from: string }> => {
          if (customer.id !== HANDOVER.customer || service !== HANDOVER.service) return [service]
          // Without a hand-over date in the window the ministry does not have the service yet.
          return dates.handover ? [{ service, from: dates.handover }] : []
        },
      ),
    })),
    services: SERVICES.map((service) => ({
      id: service.id,
      name: service.name,
      check_interval: CHECK_INTERVAL_SECONDS,
    })),
    // Specificity: both listed (the special contracts) > service listed
    // (kritisch) > both '*' (standard), so no pair has two equal matches.
    slas: [
      {
        id: 'standard',
        customers: '*',
        services: '*',
        availability: { target: 99.5, calendar: 'buerozeit' },
        response: { calendar: 'buerozeit', P1: '30m', P2: '2h', P3: '4h', P4: '8h' },
        resolution: { calendar: 'buerozeit', P1: '4h', P2: '8h', P3: '24h', P4: '40h' },
        at_risk: 75,
        changes: dates.slaChange
          ? [{ from: dates.slaChange, availability: { target: 99.7 }, resolution: { P1: '3h' } }]
          : [],
        compliance: { response: 95, resolution: 90 },
      },
      {
        id: 'kritisch',
        customers: '*',
        services: ['netz', 'email'],
        availability: { target: 99.9, calendar: 'rund-um-die-uhr' },
        response: { calendar: 'erweitert', P1: '15m', P2: '1h', P3: '4h', P4: '8h' },
        resolution: { calendar: 'erweitert', P1: '4h', P2: '8h', P3: '24h', P4: '40h' },
        at_risk: 75,
        compliance: { response: 95, resolution: 90 },
      },
      {
        id: 'im-eakte',
        customers: ['im'],
        services: ['eakte'],
        availability: { target: 99.8, calendar: 'erweitert' },
        response: { calendar: 'erweitert', P1: '15m', P2: '1h', P3: '2h', P4: '8h' },
        resolution: { calendar: 'erweitert', P1: '2h', P2: '6h', P3: '16h', P4: '40h' },
        at_risk: 70,
        compliance: { response: 95, resolution: 90 },
      },
      {
        id: 'jm-fachverfahren',
        customers: ['jm'],
        services: ['fachverfahren-hosting'],
        availability: { target: 99.9, calendar: 'rund-um-die-uhr' },
        response: { calendar: 'erweitert', P1: '15m', P2: '1h', P3: '4h', P4: '8h' },
        resolution: { calendar: 'erweitert', P1: '3h', P2: '8h', P3: '24h', P4: '40h' },
        at_risk: 75,
        compliance: { response: 95, resolution: 90 },
      },
      {
        id: 'lm-geodaten',
        customers: ['lm'],
        services: ['geodaten'],
        availability: { target: 99.0, calendar: 'buerozeit' },
        response: { calendar: 'buerozeit', P1: '1h', P2: '4h', P3: '8h', P4: '16h' },
        resolution: { calendar: 'buerozeit', P1: '8h', P2: '16h', P3: '40h', P4: '80h' },
        at_risk: 80,
        compliance: { response: 95, resolution: 90 },
      },
    ],
    goals: [
      {
        id: 'zuverlaessigkeit',
        name: 'Zuverlässigkeit',
        description: 'Störungen werden in der vereinbarten Zeit bearbeitet, die Dienste sind verfügbar.',
        kpis: [
          {
            id: 'loesung',
            name: 'Lösungszeit eingehalten',
            metric: 'resolution_compliance',
            target: 90,
            warn: 85,
            unit: '%',
          },
          {
            id: 'reaktion',
            name: 'Reaktionszeit eingehalten',
            metric: 'response_compliance',
            target: 95,
            warn: 90,
            unit: '%',
          },
          {
            id: 'verfuegbarkeit',
            name: 'Verfügbarkeit',
            metric: 'availability',
            target: 99.5,
            warn: 99,
            unit: '%',
          },
          {
            id: 'stoerungsdauer',
            name: 'Mittlere Störungsdauer',
            metric: 'mttr_minutes',
            target: 45,
            warn: 60,
            direction: 'lower',
            unit: 'min',
          },
        ],
      },
      {
        id: 'kundenzufriedenheit',
        name: 'Kundenzufriedenheit',
        description: 'Die Ressorts sind mit unseren Leistungen zufrieden und empfehlen uns weiter.',
        kpis: [
          { id: 'csat', name: 'Zufriedenheit nach Ticket', metric: 'csat', target: 80, warn: 75, unit: '%' },
          { id: 'nps', name: 'Weiterempfehlung (NPS)', metric: 'nps', target: 20, warn: 0 },
          {
            id: 'wiedereroeffnet',
            name: 'Wiedereröffnete Tickets',
            metric: 'reopen_rate',
            target: 5,
            warn: 8,
            direction: 'lower',
            unit: '%',
          },
        ],
      },
      {
        id: 'mitarbeitende',
        name: 'Mitarbeitendenzufriedenheit',
        description: 'Ergebnis der quartalsweisen Befragung der Beschäftigten.',
        kpis: [
          {
            id: 'mazi',
            name: 'Mitarbeitendenzufriedenheit',
            metric: 'kpi:employee_satisfaction',
            target: 75,
            warn: 70,
            unit: '%',
          },
        ],
      },
      {
        id: 'modernisierung',
        name: 'Modernisierung',
        description: 'Mehr Self-Service für die Ressorts, Fachverfahren in die Landescloud.',
        kpis: [
          {
            id: 'selfservice',
            name: 'Anteil Self-Service',
            metric: 'kpi:selfservice_share',
            target: 50,
            warn: 40,
            unit: '%',
          },
          {
            id: 'cloud',
            name: 'Fortschritt Cloud-Migration',
            metric: 'kpi:cloud_migration_progress',
            target: 60,
            warn: 45,
            unit: '%',
          },
        ],
      },
      {
        id: 'messbarkeit',
        name: 'Messbarkeit',
        description: 'Was wir zusagen, messen wir auch.',
        kpis: [
          {
            id: 'monitoring',
            name: 'Dienste mit Monitoring',
            metric: 'kpi:monitoring_coverage',
            target: 95,
            warn: 90,
            unit: '%',
          },
          {
            id: 'sla-abdeckung',
            name: 'Leistungen mit SLA',
            metric: 'kpi:sla_coverage',
            target: 95,
            warn: 85,
            unit: '%',
          },
        ],
      },
    ],
  }
}
