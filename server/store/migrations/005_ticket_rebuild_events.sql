-- A history rebuild reads the events of its tickets once, with FINAL, into
-- this table, keyed by bucket, so that each bucket is a range read instead of
-- another FINAL scan of all of ticket_events. The ticket's customer in
-- ticket_history before the rebuild is kept beside it in ticket_rebuild, read
-- once as well. Rows are deleted when the rebuild ends.
ALTER TABLE ticket_rebuild ADD COLUMN IF NOT EXISTS previous_customer Nullable(String);

CREATE TABLE IF NOT EXISTS ticket_rebuild_events (
  build UInt64,
  bucket UInt32,
  ticket String,
  id String,
  at DateTime64(3, 'UTC'),
  type LowCardinality(String),
  customer LowCardinality(String),
  service LowCardinality(String),
  priority LowCardinality(String),
  status LowCardinality(String),
  category LowCardinality(String),
  channel LowCardinality(String)
) ENGINE = MergeTree ORDER BY (build, bucket, ticket);
