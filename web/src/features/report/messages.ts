/** The report texts in German and English (see web/src/i18n). */
import type { Messages } from '../../i18n/messages'

export const de = {}

export const en: Messages<typeof de> = {}
