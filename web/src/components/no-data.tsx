import { t } from '../i18n'

/** A missing value: a dash, never 0, with the words for screen readers and print. */
export function NoData() {
  return (
    <span className="no-data" title={t('common:state.noData')}>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{t('common:state.noData')}</span>
    </span>
  )
}

export function ValueOrNoData({ value }: { value: string | null }) {
  return value === null ? <NoData /> : value
}
