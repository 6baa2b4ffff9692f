import { afterEach, describe, expect, it } from 'vitest'
import { PERIOD_PRESETS } from '../../../shared/period-presets'
import { setLanguage, t } from '../i18n'

describe('the period picker', () => {
  it('have a German and an English name each', () => {
    expect(PERIOD_PRESETS.map((p) => t(`common:period.presets.${p}`))).toEqual([
      'Dieser Monat (bis heute)',
      'Letzter Monat',
      'Dieses Quartal (bis heute)',
      'Letztes Quartal',
      'Dieses Jahr (bis heute)',
      'Letzte 12 vollen Monate',
    ])
    setLanguage('en')
    expect(t('common:period.presets.last-12-months')).toBe('Last 12 full months')
  })
  afterEach(() => setLanguage('de'))
})
