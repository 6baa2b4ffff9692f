/** "SLA-Board": open tickets breached or at risk now, refreshed every 30 seconds. */
import { useState } from 'react'
import { isPriority, PRIORITIES } from '../../../shared/catalog'
import { PageHeader } from '../components/page-header'
import { Empty, Loading, QueryError } from '../components/query-state'
import { useUser } from '../features/auth/session'
import { useCatalogOverview } from '../features/catalog/queries'
import { isStaff } from '../features/navigation/navigation'
import { type Board, boardRows } from '../features/sla/board'
import { BoardFigures, BoardTable } from '../features/sla/board-table'
import { stateLabel } from '../features/sla/labels'
import {
  BOARD_STATE_FILTERS,
  isBoardStateFilter,
  readBoardFilters,
  writeBoardFilters,
} from '../features/sla/params'
import { useSlaBoard } from '../features/sla/queries'
import { ChoiceFilter } from '../features/sla/sla-filters'
import { OwnCustomer } from '../features/tickets/ticket-filters'
import { t } from '../i18n'
import { errorMessage } from '../lib/errors'
import { formatInteger, formatTimeOfDay } from '../lib/format'
import { useUrlFilters } from '../lib/url-filters'

export function SlaBoardPage() {
  const user = useUser()
  const staff = isStaff(user.role)
  const { filters, setFilters } = useUrlFilters(readBoardFilters, writeBoardFilters)
  const [paused, setPaused] = useState(false)
  const overview = useCatalogOverview()
  const board = useSlaBoard(filters, paused)
  const customers = overview.data?.customers ?? []
  const services = overview.data?.services ?? []

  return (
    <>
      <PageHeader title={t('sla:board.title')}>{t('sla:board.lead')}</PageHeader>

      <section className="card filters no-print" aria-label={t('sla:words.filters')}>
        {staff ? (
          <ChoiceFilter
            label={t('sla:words.customer')}
            allLabel={t('sla:words.allCustomers')}
            options={customers}
            value={filters.customers}
            onChange={(ids) => setFilters({ ...filters, customers: ids })}
          />
        ) : (
          <OwnCustomer name={customers[0]?.name} />
        )}
        <ChoiceFilter
          label={t('sla:words.service')}
          allLabel={t('sla:words.allServices')}
          options={services}
          value={filters.services}
          onChange={(ids) => setFilters({ ...filters, services: ids })}
        />
        <ChoiceFilter
          label={t('sla:words.priority')}
          allLabel={t('sla:board.allPriorities')}
          options={PRIORITIES.map((id) => ({ id, name: id }))}
          value={filters.priorities}
          onChange={(ids) => setFilters({ ...filters, priorities: ids.filter(isPriority) })}
        />
        <ChoiceFilter
          label={t('sla:board.stateFilter')}
          allLabel={t('sla:board.allStates')}
          options={BOARD_STATE_FILTERS.map((id) => ({ id, name: stateLabel(id) }))}
          value={filters.states}
          onChange={(ids) => setFilters({ ...filters, states: ids.filter(isBoardStateFilter) })}
        />
      </section>

      <LiveLine board={board} paused={paused} onPause={setPaused} />

      {board.data ? (
        <BoardBody
          board={board.data}
          catalog={{ customers, services }}
          showCustomer={staff}
          states={filters.states}
        />
      ) : board.isError ? (
        <QueryError error={board.error} />
      ) : (
        <Loading />
      )}
    </>
  )
}

function LiveLine({
  board,
  paused,
  onPause,
}: {
  board: {
    data?: Board
    isFetching: boolean
    isError: boolean
    error: unknown
    refetch: () => unknown
  }
  paused: boolean
  onPause: (paused: boolean) => void
}) {
  const asOf = board.data?.asOf
  return (
    <div className="live-line">
      <p className="live-status">
        {asOf === undefined
          ? t('sla:board.asOfPending')
          : t('sla:board.asOf', { time: formatTimeOfDay(asOf) })}
        {/* On paper only the time counts. */}
        <span className="no-print">
          {' · '}
          {paused ? t('sla:board.autoPaused') : t('sla:board.autoRunning')}
        </span>
        {board.isFetching && asOf !== undefined ? (
          <span className="muted"> · {t('sla:board.refreshing')}</span>
        ) : null}
      </p>
      <div className="live-actions no-print">
        <button type="button" className="button button-secondary" onClick={() => onPause(!paused)}>
          {paused ? t('sla:board.resume') : t('sla:board.pause')}
        </button>
        {paused ? (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => board.refetch()}
            disabled={board.isFetching}
          >
            {t('sla:board.refreshNow')}
          </button>
        ) : null}
      </div>
      {/* A failed refresh keeps the last board on screen, marked as such. */}
      {board.isError && board.data ? (
        <p className="state state-error live-error" role="alert">
          {t('sla:board.refreshFailed', {
            error: errorMessage(board.error),
            time: formatTimeOfDay(board.data.asOf),
          })}
        </p>
      ) : null}
    </div>
  )
}

function BoardBody({
  board,
  catalog,
  showCustomer,
  states,
}: {
  board: Board
  catalog: Parameters<typeof boardRows>[1]
  showCustomer: boolean
  states: readonly string[]
}) {
  const rows = boardRows(board.tickets, catalog)
  const all = states.length === 0
  const shown =
    (all || states.includes('breached') ? board.breached : 0) +
    (all || states.includes('at_risk') ? board.atRisk : 0)
  return (
    <>
      <BoardFigures open={board.open} breached={board.breached} atRisk={board.atRisk} />
      {rows.length === 0 ? (
        <Empty>
          <p className="state-title">{t('sla:board.emptyTitle')}</p>
          <p>
            {board.open === 0
              ? t('sla:board.noneOpen')
              : t('sla:board.allOnTrack', { count: board.open, n: formatInteger(board.open) })}
          </p>
        </Empty>
      ) : (
        <section className="card" aria-label={t('sla:words.tickets')}>
          {rows.length < shown ? (
            <p className="muted">
              {t('sla:board.mostUrgent', { shown: formatInteger(rows.length), total: formatInteger(shown) })}
            </p>
          ) : null}
          <BoardTable rows={rows} showCustomer={showCustomer} />
        </section>
      )}
    </>
  )
}
