-- Tokens of the HTTP ingest API (server/ingest/tokens.ts): only a SHA-256 hash
-- of each token is kept. A revoked token keeps its row with revoked_at set; a
-- token created again under the same name replaces it.
CREATE TABLE IF NOT EXISTS ingest_tokens (
  name String,
  hash String,
  kinds Array(LowCardinality(String)),
  created_at DateTime64(3, 'UTC'),
  revoked_at Nullable(DateTime64(3, 'UTC')),
  version UInt64
) ENGINE = ReplacingMergeTree(version) ORDER BY name;

-- When each token was last used, written at most once a minute per token.
CREATE TABLE IF NOT EXISTS ingest_token_uses (
  name String,
  used_at DateTime64(3, 'UTC')
) ENGINE = ReplacingMergeTree(used_at) ORDER BY name;
