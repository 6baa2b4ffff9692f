/** The title page of the printed report (and of the PDF the server makes from it). */
import { t } from '../../i18n'
import { formatDateAndTime } from '../../lib/format'
import { monthOfPeriod, periodLabel } from './params'

export interface TitlePage {
  /** "Monatsbericht" for a calendar month, else "Bericht" (en: "Monthly report", "Report") */
  kind: string
  customerName: string
  /** "März 2026" or "10.03.2026 bis 16.03.2026" */
  period: string
  /** "erstellt am 12.04.2026 um 14:32 Uhr" (Europe/Berlin; en: "created on 12/04/2026 at 14:32") */
  generated: string
}

export function titlePage(input: {
  customerName: string
  from: string
  to: string
  generatedAt: number
}): TitlePage {
  const { date, time } = formatDateAndTime(input.generatedAt)
  return {
    kind: monthOfPeriod(input.from, input.to) ? t('report:title.monthly') : t('report:title.other'),
    customerName: input.customerName,
    period: periodLabel(input.from, input.to),
    generated: t('report:title.generated', { date, time }),
  }
}
