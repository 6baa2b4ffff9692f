-- Sessions on the server (server/auth/session.ts), shared by the demo and the
-- OpenID Connect sign-in. The cookie holds a random id; only its SHA-256 is
-- stored, so a reader of this table cannot take over a session. A row is
-- replaced by a newer version when the session is used (seen_at, at most once a
-- minute) and when it ends: an ended row's version is above 2^52, so no later
-- "seen" write can bring it back. Rows go a day after the session started
-- (the absolute timeout is at most 24 h).
CREATE TABLE IF NOT EXISTS sessions (
  id_hash String,
  user_id String,
  user_name String,
  role LowCardinality(String),
  customer LowCardinality(String),
  method LowCardinality(String),
  -- The provider's ID token, sent back as id_token_hint when the user signs out there.
  id_token String,
  started_at DateTime64(3, 'UTC'),
  seen_at DateTime64(3, 'UTC'),
  ended Bool,
  version UInt64
) ENGINE = ReplacingMergeTree(version) ORDER BY id_hash
TTL toDateTime(started_at) + INTERVAL 1 DAY;

-- An OpenID Connect sign-in between the redirect to the provider and its
-- answer: the PKCE verifier and the nonce, under the SHA-256 of the state.
-- Used once (a second answer with the same state is refused), valid 10 minutes.
CREATE TABLE IF NOT EXISTS sign_in_flows (
  state_hash String,
  code_verifier String,
  nonce String,
  return_to String,
  started_at DateTime64(3, 'UTC'),
  used Bool,
  version UInt64
) ENGINE = ReplacingMergeTree(version) ORDER BY state_hash
TTL toDateTime(started_at) + INTERVAL 1 DAY;
