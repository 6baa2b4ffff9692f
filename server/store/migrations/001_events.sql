-- Catalog versions: every load is kept; the newest is the catalog in force.
CREATE TABLE IF NOT EXISTS catalog_versions (
  version UInt64,
  loaded_at DateTime64(3, 'UTC'),
  source String,
  catalog String
) ENGINE = MergeTree ORDER BY version;

-- Each ingest run of one file: progress, counts and the version its records carry.
CREATE TABLE IF NOT EXISTS ingest_runs (
  run UInt32,
  kind LowCardinality(String),
  source String,
  started_at DateTime64(3, 'UTC'),
  finished_at Nullable(DateTime64(3, 'UTC')),
  read UInt64,
  stored UInt64,
  quarantined UInt64,
  state LowCardinality(String),
  updated UInt64
) ENGINE = ReplacingMergeTree(updated) ORDER BY run;

-- Records that failed validation, with where they came from and why.
CREATE TABLE IF NOT EXISTS quarantine (
  run UInt32,
  kind LowCardinality(String),
  source String,
  line UInt64,
  raw String,
  reason String,
  quarantined_at DateTime64(3, 'UTC')
) ENGINE = ReplacingMergeTree ORDER BY (source, run, line);

-- Event tables: the identity of a record is its sort key, so re-sending it
-- replaces it (ReplacingMergeTree keeps the highest version: later run, later
-- line). Absent optional fields are ''.
CREATE TABLE IF NOT EXISTS ticket_events (
  id String,
  ticket String,
  at DateTime64(3, 'UTC'),
  type LowCardinality(String),
  customer LowCardinality(String),
  service LowCardinality(String),
  priority LowCardinality(String),
  status LowCardinality(String),
  category LowCardinality(String),
  channel LowCardinality(String),
  version UInt64
) ENGINE = ReplacingMergeTree(version) ORDER BY id;

CREATE TABLE IF NOT EXISTS checks (
  service LowCardinality(String),
  probe LowCardinality(String),
  at DateTime64(3, 'UTC'),
  id String,
  status Enum8('up' = 1, 'degraded' = 2, 'down' = 3),
  latency_ms Nullable(Float64),
  version UInt64
) ENGINE = ReplacingMergeTree(version) PARTITION BY toYYYYMM(at) ORDER BY (service, probe, at, id);

CREATE TABLE IF NOT EXISTS maintenance (
  id String,
  service LowCardinality(String),
  from DateTime64(3, 'UTC'),
  to DateTime64(3, 'UTC'),
  title String,
  version UInt64
) ENGINE = ReplacingMergeTree(version) ORDER BY id;

CREATE TABLE IF NOT EXISTS surveys (
  id String,
  at DateTime64(3, 'UTC'),
  customer LowCardinality(String),
  kind LowCardinality(String),
  score UInt8,
  ticket String,
  service LowCardinality(String),
  comment String,
  version UInt64
) ENGINE = ReplacingMergeTree(version) ORDER BY id;

-- Hand-measured KPIs: one value per (kpi, customer, period); '' = all customers.
CREATE TABLE IF NOT EXISTS kpis (
  kpi LowCardinality(String),
  customer LowCardinality(String),
  period String,
  period_start Date,
  period_end Date,
  value Float64,
  version UInt64
) ENGINE = ReplacingMergeTree(version) ORDER BY (kpi, customer, period);
