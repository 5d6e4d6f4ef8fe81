-- Rate-limit buckets shared by every process on the database (issue 12): sign-in, link and token
-- attempts are counted here, so several server instances give a client one allowance, not one
-- each. Tokens are kept in thousandths.
CREATE TABLE rate_limits (
    key           TEXT PRIMARY KEY,
    tokens_milli  INTEGER NOT NULL,
    at            INTEGER NOT NULL
);
