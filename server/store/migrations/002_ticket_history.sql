-- Derived from ticket_events and the catalog (see shared/ticket-checkpoints.ts):
-- one row per ticket with its state after each instant it had events, so that
-- "as of T" figures read a checkpoint instead of replaying events. Rebuilt for
-- the tickets of each ingest run, and for all tickets when a catalog is loaded.
-- Customer first in the key: when a ticket's customer changes (an earlier
-- `created` arrived), the rebuild deletes the row under the old customer.
CREATE TABLE IF NOT EXISTS ticket_history (
  ticket String,
  customer LowCardinality(String),
  service LowCardinality(String),
  sla LowCardinality(String),
  created_at DateTime64(3, 'UTC'),
  category LowCardinality(String),
  channel LowCardinality(String),
  reopens Array(DateTime64(3, 'UTC')),
  -- The last instant with events, and whether the ticket was resolved then:
  -- a settled ticket whose last event lies before a period plays no part in it.
  last_at DateTime64(3, 'UTC'),
  settled UInt8,
  cp_at Array(DateTime64(3, 'UTC')),
  cp_status Array(LowCardinality(String)),
  cp_priority Array(LowCardinality(String)),
  cp_resolved_at Array(Nullable(DateTime64(3, 'UTC'))),
  cp_resolution_elapsed_ms Array(Nullable(Int64)),
  cp_resolution_target_ms Array(Nullable(Int64)),
  cp_response_stopped_at Array(Nullable(DateTime64(3, 'UTC'))),
  cp_response_elapsed_ms Array(Nullable(Int64)),
  cp_response_target_ms Array(Nullable(Int64)),
  -- The ticket's events themselves, so that clocks still running at some T
  -- can be evaluated without scanning ticket_events (keyed by event id). A
  -- `created` event's customer and service are the ticket's own.
  ev_id Array(String),
  ev_at Array(DateTime64(3, 'UTC')),
  ev_type Array(LowCardinality(String)),
  ev_priority Array(LowCardinality(String)),
  ev_status Array(LowCardinality(String)),
  version UInt64,
  deleted UInt8,
  INDEX last_at_range last_at TYPE minmax GRANULARITY 1
) ENGINE = ReplacingMergeTree(version, deleted) ORDER BY (customer, ticket);
