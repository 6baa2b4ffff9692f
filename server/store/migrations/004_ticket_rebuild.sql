-- The tickets one history rebuild works through, split into buckets: the
-- selection is computed once, not once per bucket. Rows are deleted when the
-- rebuild ends.
CREATE TABLE IF NOT EXISTS ticket_rebuild (
  build UInt64,
  bucket UInt32,
  ticket String
) ENGINE = MergeTree ORDER BY (build, bucket, ticket);
