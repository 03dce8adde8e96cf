-- Surrender requests sent to a partner (7.9 selected policies / 7.10 whole order), accepted or not:
-- who asked, for what, and what the partner answered. The order itself is settled by the surrender
-- callback and the reconciliation pull, never by this row.
CREATE TABLE surrender_request (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id         BIGINT        NOT NULL,
    scope            VARCHAR(16)   NOT NULL,
    policy_codes     VARCHAR(2000) NOT NULL,
    requested_by     BIGINT        NOT NULL,
    requested_at     DATETIME(3)   NOT NULL,
    outcome          VARCHAR(16)   NOT NULL,
    partner_message  VARCHAR(500),
    CONSTRAINT fk_surrender_order FOREIGN KEY (order_id) REFERENCES purchase_order (id),
    CONSTRAINT fk_surrender_member FOREIGN KEY (requested_by) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_surrender_order ON surrender_request (order_id, requested_at);
