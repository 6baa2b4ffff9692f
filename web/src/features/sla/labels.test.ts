import { afterEach, describe, expect, it } from 'vitest'
import { setLanguage } from '../../i18n'
import {
  categoryLabel,
  channelLabel,
  clockLabel,
  OUTCOMES,
  outcomeLabel,
  stateLabel,
  statusLabel,
} from './labels'

describe('labels', () => {
  afterEach(() => setLanguage('de'))

  it('say the API ids in German, unknown ones as sent', () => {
    expect(statusLabel('in_progress')).toBe('In Bearbeitung')
    expect(statusLabel('archived')).toBe('archived')
    // An id that is a property of every object is still not a status.
    expect(statusLabel('toString')).toBe('toString')
    expect(clockLabel('resolution')).toBe('Lösung')
    expect(stateLabel('ok')).toBe('im Plan')
    expect(outcomeLabel('open_breached')).toBe('Offen, Lösungszeit überschritten')
    expect(channelLabel('portal')).toBe('Serviceportal')
    expect(categoryLabel('request')).toBe('Serviceanfrage')
  })

  it('say them in English after the switch', () => {
    setLanguage('en')
    expect(['new', 'in_progress', 'waiting', 'resolved', 'closed'].map(statusLabel)).toEqual([
      'New',
      'In progress',
      'Waiting',
      'Resolved',
      'Closed',
    ])
    expect(statusLabel('archived')).toBe('archived')
    expect(clockLabel('response')).toBe('Response')
    expect([stateLabel('breached'), stateLabel('at_risk'), stateLabel('ok')]).toEqual([
      'breached',
      'at risk',
      'on track',
    ])
    expect(OUTCOMES.map(outcomeLabel)).toEqual([
      'Created',
      'Resolved',
      'Resolution met',
      'Resolution breached',
      'Response met',
      'Response breached',
      'Open at the end of the period',
      'Open, resolution time breached',
      'Open, resolution time at risk',
      'Reopened',
      'Created without SLA',
      'Resolved without a reopen',
    ])
    expect(['portal', 'phone', 'email', 'unknown', 'fax'].map(channelLabel)).toEqual([
      'Service portal',
      'Phone',
      'Email',
      'unknown',
      'fax',
    ])
    expect(['incident', 'request', 'unknown'].map(categoryLabel)).toEqual([
      'Incident',
      'Service request',
      'unknown',
    ])
  })
})
