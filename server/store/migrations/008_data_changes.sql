-- What each ingest run or catalog load changed: the kind of data and the days
-- (UTC) its records touched, as ranges. Every server process reads new rows
-- (seq above the last it saw) to drop exactly the cached figures that read
-- those days, also when another process or instance did the ingest.
CREATE TABLE IF NOT EXISTS data_changes (
  seq UInt64,
  kind LowCardinality(String),
  first_day Date32,
  last_day Date32,
  recorded_at DateTime64(3, 'UTC')
) ENGINE = MergeTree ORDER BY (seq, kind, first_day);
