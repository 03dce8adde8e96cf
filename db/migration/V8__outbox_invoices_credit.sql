-- Calls the portal owes a partner (7.7 payment results, 7.2 invoice applications): written in the
-- same transaction as the business change that causes them, then sent (and retried) by
-- sync/OutboxProcessor until acknowledged. payload = the business request as JSON, never a secret.
-- A worker claims a row by moving it to SENDING with a lease (claimed_until); a lease that ran out
-- (node died mid-send) may be claimed again. FAILED = refused for good or gave up: staff see it.
CREATE TABLE partner_outbox (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind             VARCHAR(40)   NOT NULL,
    order_id         BIGINT        NOT NULL,
    payload          TEXT          NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(3),
    claimed_until    DATETIME(3),
    last_error       VARCHAR(500),
    created_by       VARCHAR(64)   NOT NULL,
    created_at       DATETIME(3)   NOT NULL,
    sent_at          DATETIME(3),
    CONSTRAINT fk_outbox_order FOREIGN KEY (order_id) REFERENCES purchase_order (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The job: rows due (PENDING) or whose lease ran out (SENDING).
CREATE INDEX ix_outbox_due ON partner_outbox (status, next_attempt_at);
CREATE INDEX ix_outbox_order ON partner_outbox (order_id, kind);

-- Staff's decision on a credit-account order; one per order (a second decision is refused).
CREATE TABLE credit_decision (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id    BIGINT        NOT NULL,
    decision    VARCHAR(16)   NOT NULL,
    reason      VARCHAR(200),
    decided_by  VARCHAR(64)   NOT NULL,
    decided_at  DATETIME(3)   NOT NULL,
    CONSTRAINT uk_credit_decision_order UNIQUE (order_id),
    CONSTRAINT fk_credit_decision_order FOREIGN KEY (order_id) REFERENCES purchase_order (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A member's invoice request for an issued order. active_order_id = order_id while the request is
-- not FAILED (NULL once failed), so the unique key allows one active request per order and a
-- failed one may be requested again.
CREATE TABLE invoice_request (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id         BIGINT        NOT NULL,
    active_order_id  BIGINT,
    invoice_type     VARCHAR(16)   NOT NULL,
    title            VARCHAR(100)  NOT NULL,
    taxpayer_no      VARCHAR(18),
    status           VARCHAR(16)   NOT NULL,
    requested_by     VARCHAR(64)   NOT NULL,
    requested_at     DATETIME(3)   NOT NULL,
    updated_at       DATETIME(3)   NOT NULL,
    next_poll_at     DATETIME(3),
    polls            INT           NOT NULL DEFAULT 0,
    last_error       VARCHAR(500),
    CONSTRAINT uk_invoice_request_active UNIQUE (active_order_id),
    CONSTRAINT fk_invoice_request_order FOREIGN KEY (order_id) REFERENCES purchase_order (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_invoice_request_order ON invoice_request (order_id, requested_at);
CREATE INDEX ix_invoice_request_poll ON invoice_request (status, next_poll_at);
