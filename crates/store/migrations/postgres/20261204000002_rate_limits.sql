-- Rate-limit buckets shared by every instance on the database: sign-in, link and token attempts
-- are counted here, so several instances give a client one allowance, not one each. Tokens are
-- kept in thousandths.
CREATE TABLE rate_limits (
    key           TEXT PRIMARY KEY,
    tokens_milli  BIGINT NOT NULL,
    at            BIGINT NOT NULL
);
