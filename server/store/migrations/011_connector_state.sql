-- Each connector's progress per source (a Prometheus URL, a Zammad instance):
-- up to when it has read, its last success and its last failure, so that a
-- restart resumes where it stopped and the freshness page can say when a
-- connector last reached its source.
CREATE TABLE IF NOT EXISTS connector_state (
  connector LowCardinality(String),
  source String,
  read_until Nullable(DateTime64(3, 'UTC')),
  last_attempt_at DateTime64(3, 'UTC'),
  last_success_at Nullable(DateTime64(3, 'UTC')),
  last_error String,
  records UInt64,
  updated UInt64
) ENGINE = ReplacingMergeTree(updated) ORDER BY (connector, source);
