-- Inbound callbacks from partners, written durably before they are acknowledged; processed
-- separately (and retried) by inbox/InboxProcessor. A callback is a hint: processing pulls the
-- order from the partner, the stored body never changes an order by itself.
CREATE TABLE inbound_callback (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    source             VARCHAR(16)   NOT NULL,
    kind               VARCHAR(16)   NOT NULL,
    dedupe_key         CHAR(64)      NOT NULL,
    raw_body           MEDIUMTEXT    NOT NULL,
    headers            TEXT,
    remote_addr        VARCHAR(64),
    signature_verdict  VARCHAR(20)   NOT NULL,
    partner_ref        VARCHAR(64),
    status             VARCHAR(16)   NOT NULL,
    attempts           INT           NOT NULL DEFAULT 0,
    next_attempt_at    DATETIME(3),
    last_error         VARCHAR(500),
    order_id           BIGINT,
    received_at        DATETIME(3)   NOT NULL,
    processed_at       DATETIME(3),
    duplicate_count    INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_callback_dedupe UNIQUE (dedupe_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The processor: rows waiting (RECEIVED) or to retry (FAILED) whose next attempt is due.
CREATE INDEX ix_callback_due ON inbound_callback (status, next_attempt_at);
-- Staff: callbacks of an order / partner reference.
CREATE INDEX ix_callback_partner_ref ON inbound_callback (partner_ref);
CREATE INDEX ix_callback_received ON inbound_callback (received_at);
