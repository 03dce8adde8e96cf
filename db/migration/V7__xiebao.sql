-- Xiebao (携保) channel: facts Xiebao's notifications carry that the order aggregate does not,
-- the history of endorsements / abnormal issuance / refusals per order, and the log of applied
-- notifications that makes applying idempotent (same insureNum + notifyType + content = once).

-- One row per Xiebao order (purchase_order.channel = 'XIEBAO' once a notification arrived).
CREATE TABLE xiebao_order (
    order_id            BIGINT        PRIMARY KEY,
    insure_num          VARCHAR(64)   NOT NULL,
    case_code           VARCHAR(64),
    pay_time            DATETIME(3),
    payment_channel     VARCHAR(16),
    e_policy_ready      BOOLEAN       NOT NULL DEFAULT FALSE,
    abnormal            BOOLEAN       NOT NULL DEFAULT FALSE,
    abnormal_msg        VARCHAR(500),
    fail_msg            VARCHAR(500),
    reissued_from_order BIGINT,
    reissued_to_order   BIGINT,
    updated_at          DATETIME(3)   NOT NULL,
    CONSTRAINT uk_xiebao_order_insure_num UNIQUE (insure_num),
    CONSTRAINT fk_xiebao_order_order FOREIGN KEY (order_id) REFERENCES purchase_order (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Staff: orders flagged abnormal.
CREATE INDEX ix_xiebao_order_abnormal ON xiebao_order (abnormal);

-- History shown on the order page: endorsements (26, status 1-5), abnormal issuance (27),
-- surrenders (4/5) and notifications that reported a failure (state false).
CREATE TABLE xiebao_event (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id      BIGINT        NOT NULL,
    insure_num    VARCHAR(64)   NOT NULL,
    notify_type   INT           NOT NULL,
    state         BOOLEAN       NOT NULL,
    status        INT,
    msg           VARCHAR(500),
    remark        VARCHAR(1000),
    received_at   DATETIME(3)   NOT NULL,
    CONSTRAINT fk_xiebao_event_order FOREIGN KEY (order_id) REFERENCES purchase_order (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_xiebao_event_order ON xiebao_event (order_id, id);

-- Applied notifications: the unique key makes a notification take effect once, even when two
-- deliveries are processed at the same moment.
CREATE TABLE xiebao_applied (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    insure_num    VARCHAR(64)   NOT NULL,
    notify_type   INT           NOT NULL,
    content_hash  CHAR(64)      NOT NULL,
    order_id      BIGINT,
    applied_at    DATETIME(3)   NOT NULL,
    CONSTRAINT uk_xiebao_applied UNIQUE (insure_num, notify_type, content_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Launch reuse: a member's recent LAUNCHED Xiebao order of the same product.
CREATE INDEX ix_order_member_channel_product ON purchase_order (member_id, channel, product_code, status);
