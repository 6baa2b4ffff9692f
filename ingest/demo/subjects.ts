/**
 * What a demo ticket is about and who works on it: a subject per service and
 * category, the service desk as the first group and the service's own team
 * once work starts. Drawn from their own random stream, so the tickets'
 * timing does not change with them.
 */
import { type Random, randomStream } from './random'

const SUBJECTS: Record<string, { incident: string[]; request: string[] }> = {
  email: {
    incident: [
      'Postfach nimmt keine E-Mails an',
      'Kalender synchronisiert nicht',
      'E-Mails hängen im Postausgang',
    ],
    request: ['Funktionspostfach einrichten', 'Postfachgröße erhöhen', 'Verteilerliste anlegen'],
  },
  netz: {
    incident: [
      'Standort ohne Netzverbindung',
      'Verbindung zur Außenstelle langsam',
      'WLAN im Sitzungssaal gestört',
    ],
    request: ['Netzwerkdose freischalten', 'Firewall-Freigabe beantragen'],
  },
  eakte: {
    incident: [
      'E-Akte lässt sich nicht öffnen',
      'Vorgang kann nicht gespeichert werden',
      'Suche in der E-Akte ohne Treffer',
    ],
    request: ['Zugriffsrechte auf Aktenplan erweitern', 'Neue Organisationseinheit anlegen'],
  },
  portal: {
    incident: ['Antragsformular lädt nicht', 'Anmeldung am Serviceportal scheitert'],
    request: ['Neues Onlineformular veröffentlichen', 'Texte im Portal ändern'],
  },
  telefonie: {
    incident: ['Telefon ohne Freizeichen', 'Anrufweiterleitung funktioniert nicht'],
    request: ['Rufnummer umziehen', 'Sammelrufnummer einrichten'],
  },
  client: {
    incident: ['Laptop startet nicht', 'Bildschirm bleibt schwarz', 'Software stürzt beim Start ab'],
    request: [
      'Arbeitsplatz für neue Mitarbeiterin',
      'Software installieren',
      'Zweiten Bildschirm bereitstellen',
    ],
  },
  vpn: {
    incident: ['VPN-Verbindung bricht ab', 'Fernzugang lehnt Zertifikat ab'],
    request: ['Fernzugang für Homeoffice beantragen'],
  },
  idm: {
    incident: ['Konto gesperrt', 'Kennwort wird nicht angenommen'],
    request: ['Benutzerkonto anlegen', 'Gruppenmitgliedschaft ändern', 'Konto nach Ausscheiden sperren'],
  },
  video: {
    incident: ['Videokonferenz ohne Ton', 'Bildschirmfreigabe geht nicht'],
    request: ['Konferenzraum für Videokonferenz ausstatten'],
  },
  webhosting: {
    incident: ['Internetauftritt nicht erreichbar', 'Zertifikat der Website abgelaufen'],
    request: ['Neue Unterseite einrichten'],
  },
  fileservice: {
    incident: ['Netzlaufwerk nicht verbunden', 'Datei versehentlich gelöscht'],
    request: ['Projektablage einrichten', 'Speicherplatz erweitern'],
  },
  druck: {
    incident: ['Drucker druckt nicht', 'Papierstau am Etagendrucker'],
    request: ['Drucker einrichten', 'Toner bestellen'],
  },
  dms: {
    incident: ['Dokument lässt sich nicht einchecken'],
    request: ['Vorlage im DMS hinterlegen'],
  },
  'fachverfahren-hosting': {
    incident: ['Fachverfahren antwortet nicht', 'Schnittstelle liefert Fehler'],
    request: ['Testumgebung bereitstellen', 'Update einspielen'],
  },
  servicedesk: {
    incident: ['Rückruf zu offenem Anliegen'],
    request: ['Allgemeine Anfrage', 'Schulungstermin anfragen'],
  },
  backup: {
    incident: ['Sicherung fehlgeschlagen'],
    request: ['Daten aus Sicherung wiederherstellen'],
  },
  mdm: {
    incident: ['Diensthandy empfängt keine E-Mails'],
    request: ['Diensthandy einrichten', 'Gerät nach Verlust sperren'],
  },
  collaboration: {
    incident: ['Teamraum nicht erreichbar'],
    request: ['Teamraum anlegen', 'Externe Gäste einladen'],
  },
  'ki-assistenz': {
    incident: ['KI-Assistenz antwortet nicht'],
    request: ['Zugang zur KI-Assistenz beantragen'],
  },
  geodaten: {
    incident: ['Kartendienst lädt keine Kacheln'],
    request: ['Neuen Kartendienst veröffentlichen'],
  },
}

const TEAMS: Record<string, string> = {
  email: 'Team Messaging',
  netz: 'Team Netze',
  eakte: 'Team E-Akte',
  portal: 'Team Portale',
  telefonie: 'Team Telekommunikation',
  client: 'Team Arbeitsplatz',
  vpn: 'Team Netze',
  idm: 'Team Identitäten',
  video: 'Team Telekommunikation',
  webhosting: 'Team Portale',
  fileservice: 'Team Rechenzentrum',
  druck: 'Team Arbeitsplatz',
  dms: 'Team E-Akte',
  'fachverfahren-hosting': 'Team Rechenzentrum',
  backup: 'Team Rechenzentrum',
  mdm: 'Team Arbeitsplatz',
  collaboration: 'Team Messaging',
  'ki-assistenz': 'Team Portale',
  geodaten: 'Team Portale',
}

/** Every ticket starts with the service desk. */
export const FIRST_LEVEL = 'Servicedesk'

export interface Subjects {
  /** The subject of a new ticket. */
  title(service: string, category: 'incident' | 'request'): string
  /** The team that takes the ticket over from the service desk; undefined: the desk keeps it. */
  team(service: string): string | undefined
}

export function demoSubjects(seed: number): Subjects {
  const random: Random = randomStream(seed, 'tickets:subjects')
  return {
    title: (service, category) => random.pick(SUBJECTS[service]?.[category] ?? ['Allgemeine Anfrage']),
    team: (service) => TEAMS[service],
  }
}
