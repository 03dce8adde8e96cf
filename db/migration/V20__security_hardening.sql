-- Issue 11, security hardening.

-- Staff-set passwords are temporary: the account chooses its own at the next login.
ALTER TABLE member ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;

-- Refused callbacks (bad signature, malformed) are counted here per source, hour, verdict and
-- reason; only the first few of each source and hour keep a row in inbound_callback, with a
-- bounded sample of the body (inbox/RefusedCallbackLog).
CREATE TABLE refused_callback_count (
    source         VARCHAR(16)  NOT NULL,
    hour_start     DATETIME     NOT NULL,
    verdict        VARCHAR(20)  NOT NULL,
    reason         VARCHAR(40)  NOT NULL,
    refused        INT          NOT NULL DEFAULT 0,
    sampled        INT          NOT NULL DEFAULT 0,
    bytes_refused  BIGINT       NOT NULL DEFAULT 0,
    last_at        DATETIME(3)  NOT NULL,
    PRIMARY KEY (source, hour_start, verdict, reason)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Retention (infrastructure/retention/RetentionJob): processed callbacks by age.
CREATE INDEX ix_callback_processed ON inbound_callback (processed_at);
-- Login throttle rows by age.
CREATE INDEX ix_login_attempt_window ON login_attempt (window_start);
