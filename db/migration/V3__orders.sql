-- The portal's own order: one row per purchase launched by a member (or created from a partner
-- notification). Partner identifiers are kept in neutral columns; see order/Order.java.
CREATE TABLE purchase_order (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_id             BIGINT        NOT NULL,
    channel               VARCHAR(16)   NOT NULL,
    status                VARCHAR(32)   NOT NULL,
    pay_type              VARCHAR(16)   NOT NULL,
    out_serial_no         VARCHAR(32)   NOT NULL,
    launch_token          VARCHAR(64),
    product_code          VARCHAR(32)   NOT NULL,
    product_name          VARCHAR(200)  NOT NULL,
    plan_code             VARCHAR(32),
    plan_name             VARCHAR(200),
    insurer_name          VARCHAR(200),
    cover_start           DATE,
    cover_end             DATE,
    partner_ref           VARCHAR(64),
    partner_order_code    VARCHAR(64),
    partner_status_text   VARCHAR(64),
    pay_url               VARCHAR(1024),
    total_amount          DECIMAL(12,2),
    discount_amount       DECIMAL(12,2),
    holder_name           VARCHAR(100),
    insured_summary       VARCHAR(500),
    policy_codes          VARCHAR(1000),
    insured_count         INT           NOT NULL DEFAULT 0,
    last_error            VARCHAR(500),
    created_at            DATETIME(3)   NOT NULL,
    updated_at            DATETIME(3)   NOT NULL,
    last_synced_at        DATETIME(3),
    next_sync_at          DATETIME(3),
    sync_attempts         INT           NOT NULL DEFAULT 0,
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_order_out_serial UNIQUE (out_serial_no),
    CONSTRAINT uk_order_launch_token UNIQUE (launch_token),
    CONSTRAINT uk_order_partner_ref UNIQUE (channel, partner_ref),
    CONSTRAINT fk_order_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- History page: a member's orders, newest first, optionally by status/product/date.
CREATE INDEX ix_order_member_created ON purchase_order (member_id, created_at DESC, id DESC);
CREATE INDEX ix_order_member_status ON purchase_order (member_id, status, created_at DESC);
-- Reconciliation: orders not final whose next pull is due.
CREATE INDEX ix_order_next_sync ON purchase_order (next_sync_at);

-- One row per insured person (and their policy once issued). Card numbers are stored masked only.
CREATE TABLE order_insured (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    purchase_order    BIGINT        NOT NULL,
    position          INT           NOT NULL,
    name              VARCHAR(100)  NOT NULL,
    card_type         VARCHAR(32),
    card_no_masked    VARCHAR(40),
    birthday          DATE,
    gender            VARCHAR(8),
    relation          VARCHAR(8),
    premium           DECIMAL(12,2),
    policy_code       VARCHAR(64),
    policy_status     VARCHAR(32)   NOT NULL,
    policy_status_text VARCHAR(64),
    policy_url        VARCHAR(1024),
    certificate_url   VARCHAR(1024),
    invoice_url       VARCHAR(1024),
    CONSTRAINT fk_insured_order FOREIGN KEY (purchase_order) REFERENCES purchase_order (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_insured_order ON order_insured (purchase_order, position);
CREATE INDEX ix_insured_policy ON order_insured (policy_code);
