/**
 * The sla texts in German and English (see web/src/i18n), one file per view:
 * the shared words, the board, compliance, the drill-down and the timeline.
 * Each file's English has every German key (`Messages<typeof de>`).
 */
import type { Messages } from '../../../i18n/messages'
import * as board from './board'
import * as compliance from './compliance'
import * as tickets from './tickets'
import * as timeline from './timeline'
import * as words from './words'

export const de = { ...words.de, ...board.de, ...compliance.de, ...tickets.de, ...timeline.de }

export const en: Messages<typeof de> = {
  ...words.en,
  ...board.en,
  ...compliance.en,
  ...tickets.en,
  ...timeline.en,
}
