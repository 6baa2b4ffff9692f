-- The audit trail (server/audit/): who signed in, was refused, signed out,
-- viewed a report or downloaded a file, for which ministry, with what outcome.
-- The application only ever inserts here. Retention: LEITSTAND_AUDIT_RETENTION_DAYS
-- (default 730) replaces this TTL when the server starts.
CREATE TABLE IF NOT EXISTS audit_log (
  at DateTime64(3, 'UTC'),
  action LowCardinality(String),
  user_id String,
  user_name String,
  role LowCardinality(String),
  -- The ministry asked for (a report's, a ministry user's own); '' when none.
  customer LowCardinality(String),
  -- The procedure, file or sign-in method.
  subject LowCardinality(String),
  outcome LowCardinality(String),
  -- Why a sign-in or call was refused; never tokens, cookies or comments.
  detail String,
  ip String
) ENGINE = MergeTree PARTITION BY toYYYYMM(at) ORDER BY (at, user_id)
TTL toDateTime(at) + INTERVAL 730 DAY;
