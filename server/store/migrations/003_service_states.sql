-- Derived from checks and the catalog's check intervals (server/availability/rollup.ts):
-- each service's state timeline (probe holds and quorum of metrics.md section 4
-- applied) cut into UTC days, one row per service and day, so that long periods
-- read a few rows per day instead of every check. A day is recomputed from the
-- checks whenever an ingest run touches it (or the day before within one hold),
-- and the new row replaces the old one: re-sent and corrected checks never
-- count twice. Time outside every span is unknown.
CREATE TABLE IF NOT EXISTS service_states (
  service LowCardinality(String),
  day Date,
  -- 2 * check_interval in ms when the day was computed.
  hold_ms Int64,
  span_start Array(DateTime64(3, 'UTC')),
  span_end Array(DateTime64(3, 'UTC')),
  span_state Array(Enum8('up' = 1, 'degraded' = 2, 'down' = 3)),
  version UInt64
) ENGINE = ReplacingMergeTree(version) ORDER BY (service, day);

-- Which services service_states covers, with which hold, and through which
-- ingest run. A service without a row here, or with another hold than the
-- catalog's, is read from the raw checks until it is rebuilt.
CREATE TABLE IF NOT EXISTS service_states_built (
  service LowCardinality(String),
  hold_ms Int64,
  through_run UInt32,
  version UInt64
) ENGINE = ReplacingMergeTree(version) ORDER BY service;

-- Finds the checks of one ingest run (version = run * 2^32 + line) without a full scan.
ALTER TABLE checks ADD INDEX IF NOT EXISTS version_range version TYPE minmax GRANULARITY 1;
